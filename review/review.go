package review

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/rrdiff"
	"github.com/zonegen/zonegen/zone"
)

// Options says what to compare with and how to audit.
type Options struct {
	Base string // git revision of the old version; default HEAD
	// Index is the git index file whose staged files are the new
	// versions, as a commit under way takes them (git gives its hooks
	// GIT_INDEX_FILE, relative to the top of the work tree or absolute);
	// "" for the files as they are on disk. It is the index of the
	// repository of the working directory: the files of that repository
	// the index does not hold are not part of the commit and are not
	// reviewed, and those of other repositories are read from disk.
	Index string
	Read  zone.Options
	Audit audit.Options
}

// Result is the review of a change.
type Result struct {
	Files []File        // one per zone reviewed: each file given but those another includes, in order
	Audit *audit.Result // the audit of the new version, its findings cut to the new ones
	after []*zone.Zone
}

// Zones returns the new versions of the reviewed zones.
func (res *Result) Zones() []*zone.Zone { return res.after }

// File is one reviewed zone file.
type File struct {
	Name    string
	Added   bool // the file is new in the change: no old version, no old serial
	Broken  bool // the file does not parse now: no diff (its syntax finding says why)
	Missing bool // the file does not exist now (Broken too): deleted, or a mistyped path
	// BaseErr is the syntax error of the file's version at the base, an
	// *zone.Error at the line of git's version (nil when that version
	// parsed, or there is none): the version was committed with
	// --no-verify, say. There is no diff then, and every finding of the
	// zone is reported, each with a note that says why (docs/decisions.md,
	// "review").
	BaseErr error
	Diff    rrdiff.Diff
}

// Run reviews the zone files given, as they are on disk (or staged in
// opt.Index), against their version at opt.Base. A file that another file given $INCLUDEs is
// reviewed as part of that zone only (zone.ReadFiles, as audit reads
// them). The error is for git or usage problems; problems in
// a zone file are findings.
func Run(files []string, opt Options) (*Result, error) {
	if opt.Base == "" {
		opt.Base = "HEAD"
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no files to review")
	}
	repos := newRepos(opt.Base)
	defer repos.close()
	if _, err := repos.of(files[0]); err != nil { // not in git: before any reading
		return nil, err
	}
	// The new versions are read as audit reads them: a file that another
	// file of the set $INCLUDEs is part of that zone, not a zone (or a
	// view) of its own, and is reviewed through its includer only.
	after, err := readNew(repos, opt, files)
	if err != nil {
		return nil, err
	}
	var before []*zone.Zone
	res := &Result{}
	for _, now := range after {
		r, err := repos.of(now.File)
		if err != nil {
			return nil, err
		}
		var old *zone.Zone
		if !r.unborn { // before the first commit every file is new
			if old, err = readAt(r.repo, opt.Base, opt.Base, opt, now.File); err != nil {
				return nil, err
			}
		}
		if old != nil && old.Err == nil { // a base that does not parse has no findings to compare with
			before = append(before, old)
			lostSOA(old, now, opt.Base)
		}
		res.Files = append(res.Files, compare(now.File, old, now))
	}
	res.after = after
	return res, res.audit(before, after, opt)
}

// lostSOA makes a zone that had an SOA record at base and has none now a
// zone that does not parse: read alone it would be a fragment, which has
// no serial to check, and an emptied file or a deleted SOA line passed
// review (test 21r #2), where BIND refuses the zone ("has 0 SOA records").
func lostSOA(old, now *zone.Zone, base string) {
	if old.SOA == nil || now.SOA != nil || now.Err != nil {
		return
	}
	now.Err = &zone.Error{Pos: zone.Pos{File: now.File, Line: 1},
		Err: fmt.Errorf("no SOA record, where the zone has one at %s (%s): BIND refuses a zone without one", base, old.SOA.Pos)}
}

// compare is the review of one file: its semantic diff from old (nil for
// a new file) to now. A file that does not parse now has no diff: its
// records are only those before the error, and showing the rest as
// removed would be wrong; its syntax finding says what is wrong. A file
// whose old version does not parse has none either, for the same reason
// the other way round: every record would show as added.
func compare(name string, old, now *zone.Zone) File {
	f := File{Name: name, Added: old == nil, Broken: now.Err != nil, Missing: notThere(now)}
	if old != nil {
		f.BaseErr = old.Err
	}
	switch {
	case f.Broken, f.BaseErr != nil:
	case old == nil:
		f.Diff = rrdiff.Compare(nil, now.Records)
	default:
		f.Diff = rrdiff.Compare(old.Records, now.Records)
	}
	return f
}

// notThere reports whether z could not be read because its file is not
// there: not because an $INCLUDEd one is not, whose error is at the line
// of the $INCLUDE (test 21r #3: the header said "not on disk" of a file
// that was).
func notThere(z *zone.Zone) bool {
	var e *zone.Error
	return errors.Is(z.Err, fs.ErrNotExist) && errors.As(z.Err, &e) && e.Pos.Line == 0
}

// readNew reads the new versions of the files: from disk, or staged in
// opt.Index.
func readNew(repos *repos, opt Options, files []string) ([]*zone.Zone, error) {
	if opt.Index == "" {
		return zone.ReadFiles(files, opt.Read), nil
	}
	s, err := stagedTree(opt.Index)
	if err != nil {
		return nil, err
	}
	return readStaged(repos, s, opt, files)
}

// readStaged reads the files of the staged tree's repository as the tree
// holds them (a file it does not hold is left out when it is on disk:
// the commit does not take it; one not on disk either is missing, as the
// commit deletes it), with their includes from it, and the other files
// from disk; a file that another of the set includes is read as part of
// it only, as zone.ReadFiles reads them.
func readStaged(repos *repos, s staged, opt Options, files []string) ([]*zone.Zone, error) {
	var zones []*zone.Zone
	for _, f := range files {
		r, err := repos.of(f)
		if err != nil {
			return nil, err
		}
		z := (*zone.Zone)(nil)
		if r.root == s.root {
			z, err = readAt(r.repo, s.tree, "the staged files", opt, f)
		}
		if err != nil {
			return nil, err
		}
		if r.root != s.root || z == nil && !onDisk(f) {
			// another repository's, or one the commit deletes, which is
			// missing as outside a hook (review 19b #4)
			z = zone.ReadFile(f, opt.Read)
		}
		if z != nil {
			zones = append(zones, z)
		}
	}
	return zone.DropIncluded(zones), nil
}

// onDisk reports whether file is there, for readStaged: one the tree does
// not hold is left out when it is (untracked: not part of the commit).
func onDisk(file string) bool {
	_, err := os.Lstat(file)
	return !errors.Is(err, fs.ErrNotExist)
}

// readAt reads a file as it was at revision rev (which messages name as
// at says), with its includes from the same revision; nil when it did not
// exist.
func readAt(r *repo, rev, at string, opt Options, file string) (*zone.Zone, error) {
	rel, err := r.rel(file)
	if err != nil {
		return nil, err
	}
	// The blobs live as long as this reading: the next file does not
	// keep this one's in memory.
	files := newBlobs(r, rev, at)
	if _, ok, err := files.show(rel); err != nil || !ok {
		var nf *notFileError
		if err != nil && !errors.As(err, &nf) {
			err = fmt.Errorf("%s: %w", rel, err)
		}
		return nil, deletedDir(file, at, err)
	}
	root := path.Dir(rel)
	if opt.Read.IncludeRoot != "" {
		if root, err = r.rel(opt.Read.IncludeRoot); err != nil {
			return nil, err
		}
	}
	fsys := revFS{blobs: files, dir: root}
	name, _ := filepath.Rel(filepath.FromSlash(root), filepath.FromSlash(rel))
	// Positions name the files as the reading on disk does (ReadFile: the
	// include root, else the file's directory, joined to the path).
	dir := opt.Read.IncludeRoot
	if dir == "" {
		dir = filepath.Dir(file)
	}
	z := zone.ReadIn(fsys, filepath.ToSlash(name), dir, opt.Read)
	z.File = file
	if lost := (*lostError)(nil); errors.As(z.Err, &lost) {
		return nil, z.Err
	}
	return z, nil
}

// existingDir returns dir, or its nearest parent that exists when dir does
// not, so that git finds the repository of a path that does not exist:
// review nosuch/ then gives the "no such file or directory" finding that
// review nosuch and audit give, where git could not run in nosuch and the
// error said "not in a git repository".
func existingDir(dir string) string {
	for {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return dir
		}
		dir = parent
	}
}

// deletedDir explains err, the reading of file at rev, when file is a
// directory there that the working tree no longer has: the change deletes
// it, with its zones. git said only that the path at rev "is not a file (a
// tree)". Any other err is returned as it is.
func deletedDir(file, rev string, err error) error {
	var nf *notFileError
	if !errors.As(err, &nf) || nf.kind != "tree" {
		return err
	}
	if _, statErr := os.Stat(file); !errors.Is(statErr, fs.ErrNotExist) {
		return err
	}
	return fmt.Errorf("%s: no such directory in the working tree; it is a directory at %s, which the change deletes: "+
		"review reviews the zone files on disk and a deleted zone is not reviewed (give the directory that holds the zones now, or drop the hook)", file, rev)
}
