package zone

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ZoneFiles lists the files of the paths of a command line, each once:
// files as they are, directories as the zone files under them (see
// IsZoneFileName), sorted by path. A file named twice, or named and found
// in a directory named too, would be audited twice, each of its records a
// duplicate of itself.
func ZoneFiles(paths []string) []string {
	return uniquePaths(listPaths(paths))
}

// uniquePaths drops the files that name one met before, keeping the
// order: by absolute, cleaned path (one working directory for all), with
// a file that is a symbolic link followed, so that a zone and a link to it
// in a directory (or named too) are read once, not as two views of one
// zone; read by its own name when that is met too, wherever it comes, so
// that the audit's findings and fix's diff name the same file (test 15
// D4). Only such a link is resolved, and the directory of every other
// file, once for each directory: a file met in a linked directory and by
// a link to it elsewhere is one file too (test 21r #4). Resolving every
// path (EvalSymlinks) made an audit of 2,000 zones on one core 0.8 s
// slower and 100 MB larger, its garbage being collected just before the
// reader's heap room (cmd/zonegen useHugePages) is made, which then took
// 0.9 s (gctrace).
func uniquePaths(files []string) []string {
	wd, _ := os.Getwd()
	at := make(map[string]int, len(files)) // a key's place in out
	var linked map[int]bool                // the places in out of links, made at the first
	dirs := map[string]string{}            // each directory met, resolved
	out := files[:0]
	for _, f := range files {
		real, link := f, false
		if fi, err := os.Lstat(f); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			if r, err := filepath.EvalSymlinks(f); err == nil {
				real, link = r, true
			}
		} else {
			real = filepath.Join(resolvedDir(dirs, filepath.Dir(f)), filepath.Base(f))
		}
		key, err := absPath(real, wd)
		if err != nil {
			key = f
		}
		i, seen := at[key]
		switch {
		case !seen:
			at[key] = len(out)
			if link {
				if linked == nil {
					linked = map[int]bool{}
				}
				linked[len(out)] = true
			}
			out = append(out, f)
		case linked[i] && !link:
			out[i], linked[i] = f, false
		}
	}
	return out
}

// resolvedDir returns dir with its symbolic links resolved, or as it is
// when they cannot be, by way of the memo dirs.
func resolvedDir(dirs map[string]string, dir string) string {
	r, ok := dirs[dir]
	if !ok {
		var err error
		if r, err = filepath.EvalSymlinks(dir); err != nil {
			r = dir
		}
		dirs[dir] = r
	}
	return r
}

// listPaths turns the arguments into a list of files, directories walked.
// A path that cannot be looked at (missing, or behind a directory without
// search permission) is listed as a file: reading it gives its syntax
// finding, as an unreadable file's, and the other files are still read
// and audited (DESIGN.md, exit status 2).
func listPaths(paths []string) []string {
	var files []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			files = append(files, p)
			continue
		}
		files = append(files, zoneFilesUnder(p)...)
	}
	return files
}

// zoneFilesUnder lists the zone files under dir, sorted, skipping hidden
// names. A directory below it that cannot be listed (no read permission)
// is listed as a file, as listPaths lists a path it cannot look at:
// reading it gives its syntax finding, and the other files are still read
// (review 16 G2: it stopped the whole run).
func zoneFilesUnder(dir string) []string {
	var out []string
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// a link named on the command line is followed (WalkDir does not
		// follow its root: the hook's `review zones` read nothing, test
		// 21r #1); through the separator, the walk starts where it leads
		root = dir + string(filepath.Separator)
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error { // it fails only as this function says
		if err != nil {
			out = append(out, p)
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && IsZoneFileName(d.Name()) || d.Type()&fs.ModeSymlink != 0 && linkedZone(p, d.Name()) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// linkedZone reports whether a directory audit reads the symbolic link p,
// named name: a link named like a zone file that leads to a regular file
// is read as the zone, where it leads, as a link named on the command line
// is (test 13 D3: it was skipped without a word); a dangling link or a
// loop is read too, so that its error is a finding. A link to a directory
// is not followed (docs/decisions.md, "Directories"), nor one to a FIFO
// or a device, which a directory audit skips as it skips them.
func linkedZone(p, name string) bool {
	if !IsZoneFileName(name) {
		return false
	}
	fi, err := os.Stat(p)
	return err != nil || fi.Mode().IsRegular()
}

// notZone lists the name endings of files a directory audit skips: notes,
// configuration and code, backups and the copies editors and package
// managers leave (a db.contoso.com.old was audited as a second view of the
// zone, test 20a #7), and the files BIND itself keeps beside
// its zones (journals and their compaction's .jnw and .jbk, DNSSEC keys and
// key states, managed keys, negative trust anchors, zones added by rndc
// addzone in .nzf or .nzd files).
var notZone = []string{
	".md", ".txt", ".yaml", ".yml", ".json", ".toml", ".conf", ".cfg", ".go", ".sh", ".py",
	".inc", ".include", ".orig", ".rej", ".bak", ".swp", "~", ".golden", ".jnl", ".signed.jnl",
	".key", ".private", ".pem", ".html", ".jnw", ".jbk", ".state", ".mkeys", ".nta", ".nzf",
	".nzd", ".nzd-lock", ".old", ".save", ".prev", ".backup", ".tmp", ".dpkg-old", ".dpkg-dist",
	".dpkg-new", ".dpkg-bak", ".dpkg-tmp", ".dpkg-remove", ".rpmsave", ".rpmnew", ".rpmorig",
	".ucf-old", ".ucf-dist", ".ucf-new",
}

// bindFiles lists the names of BIND's own files that hold no zone: its
// configuration as Debian lays it out in /etc/bind (named.conf.local,
// named.conf.options, named.conf.default-zones, zones.rfc1918, bind.keys),
// the managed keys of the default view, and what rndc dumps.
var bindFiles = []string{
	"bind.keys", "zones.rfc1918", "managed-keys.bind", "named_dump.db", "named.stats",
	"named.memstats", "named.secroots", "named.recursing", "named.run", "named.pid",
}

// bindPrefixes lists the name beginnings of BIND's configuration
// (named.conf and named.conf.*) and of the DS and DNSKEY sets that
// dnssec-signzone and dnssec-keygen write (dsset-NAME., keyset-NAME.):
// records of a zone's parent or keys, not a zone.
var bindPrefixes = []string{"named.conf", "dsset-", "keyset-", "dlvset-"}

// IsZoneFileName reports whether a directory audit reads a file of this
// name: anything but hidden files, include fragments (.inc, .include),
// backups, the usual documentation, configuration and code files, and
// BIND's own configuration and state (named.conf.local beside the zones
// was read as a zone and failed the audit). A signed zone (.signed) is a
// zone.
func IsZoneFileName(name string) bool {
	if strings.HasPrefix(name, ".") || name == "README" || name == "LICENSE" || name == "Makefile" ||
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") { // Emacs's autosave copy
		return false
	}
	lower := strings.ToLower(name)
	return !isBINDFile(lower) && !hasAnySuffix(lower, notZone)
}

// isBINDFile reports whether a lower-case file name is one of BIND's
// configuration or state files (bindFiles, bindPrefixes).
func isBINDFile(lower string) bool {
	for _, p := range bindPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	for _, n := range bindFiles {
		if lower == n {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends in one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
