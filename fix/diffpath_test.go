package fix_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestDiffPaths: the diff names the files below the working directory by
// their paths relative to it, however they were given (./, absolute,
// through ..); when one file lies outside it, the diff names every file
// by its absolute path without the leading slash, so that one command
// (patch -p1 -d /) applies all of it. Never with "..", which git apply
// refuses and patch -p1 cannot find.
//
// Until the diff took one rule for all its files, the outside file was
// absolute and the others relative in one diff, which no one command
// applied whole.
func TestDiffPaths(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(root, "work")
	outside := filepath.Join(root, "zones", "db.outside.com")
	abs := func(path string) string { return strings.TrimPrefix(filepath.ToSlash(filepath.Join(work, path)), "/") }
	tests := []struct {
		name  string
		files map[string]string // the path given -> the path in the diff
	}{
		{"below", map[string]string{
			filepath.Join(work, "db.abs.com"): "db.abs.com",
			"./sub/db.sub.com":                "sub/db.sub.com",
			"../work/db.back.com":             "db.back.com",
		}},
		{"one outside", map[string]string{
			outside:                           strings.TrimPrefix(filepath.ToSlash(outside), "/"),
			filepath.Join(work, "db.abs.com"): abs("db.abs.com"),
			"./sub/db.sub.com":                abs("sub/db.sub.com"),
			"../work/db.back.com":             abs("db.back.com"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diff := diffOf(t, work, tt.files)
			for path, want := range tt.files {
				if !strings.Contains(diff, "--- a/"+want+"\n+++ b/"+want+"\n") {
					t.Errorf("%s: the diff does not name it a/%s:\n%s", path, want, diff)
				}
			}
			if strings.Contains(diff, "..") {
				t.Errorf("a path with ..:\n%s", diff)
			}
		})
	}
}

// diffOf writes a zone at each path of files (relative ones from work),
// and returns fix's diff of them, run in work.
func diffOf(t *testing.T, work string, files map[string]string) string {
	t.Helper()
	var given []string
	for path := range files {
		abs := path
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(work, path)
		}
		os.MkdirAll(filepath.Dir(abs), 0o755)
		origin := strings.TrimPrefix(filepath.Base(abs), "db.") + "."
		text := "$ORIGIN " + origin + "\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\nsip A 10.20.1.5\n"
		if err := os.WriteFile(abs, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		given = append(given, path)
	}
	t.Chdir(work)
	p, err := plan.Parse("plan.yaml", []byte(fixPlan))
	if err != nil {
		t.Fatal(err)
	}
	res, err := fix.RunPaths(given, fix.Options{Plan: p, Serial: zone.SerialIncrement, Now: now, Audit: audit.Options{AllHosts: true}})
	if err != nil {
		t.Fatal(err)
	}
	var diff bytes.Buffer
	if err := res.WriteDiff(&diff); err != nil {
		t.Fatal(err)
	}
	return diff.String()
}

// TestDiffIncludeOutside: a zone below the working directory that
// $INCLUDEs a file outside it (with --include-root ..): the diff names
// both by their absolute paths, and applies whole with patch -p1 -d /
// and git apply --unsafe-paths --directory=/, the README's commands.
// The zone's serial and the included file's AAAA go together or not at
// all.
func TestDiffIncludeOutside(t *testing.T) {
	root := workDir(t)
	os.MkdirAll("shared", 0o755)
	os.WriteFile("shared/hosts.inc", []byte("_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"), 0o644)
	os.MkdirAll("zones", 0o755)
	zoneText := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )\n  IN NS ns1\n$INCLUDE ../shared/hosts.inc\n"
	if err := os.WriteFile("zones/db.contoso.com", []byte(zoneText), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir("zones")
	res, diff := runFix(t, []string{"db.contoso.com"}, zone.Options{IncludeRoot: root})
	for _, want := range []string{"zones/db.contoso.com", "shared/hosts.inc"} {
		want = strings.TrimPrefix(filepath.ToSlash(filepath.Join(root, want)), "/")
		if !strings.Contains(diff, "--- a/"+want+"\n+++ b/"+want+"\n") {
			t.Errorf("the diff does not name a/%s:\n%s", want, diff)
		}
	}
	appliesWhole(t, ".", diff, res, true)
}

// TestDiffThroughLinks: a file reached through a symbolic link (an
// $INCLUDEd file that is a link, a zone file named by a link, a zone in a
// linked directory) is named in the diff by the file really changed, the
// link's target, relative to the working directory: git apply refuses to
// patch a link or beyond one, and patch -p1 refuses a link, so that a diff
// under the link's name applied the serial and not the AAAA.
func TestDiffThroughLinks(t *testing.T) {
	dir := workDir(t)
	os.Mkdir("common", 0o755)
	zoneText := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )\n  IN NS ns1\n$INCLUDE hosts.inc\n"
	if err := os.WriteFile("db.contoso.com", []byte(zoneText), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("common/hosts.inc", []byte("_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"), 0o644)
	writeZone(t, filepath.Join(dir, "db.fabrikam.com"), "fabrikam.com.")
	writeZone(t, filepath.Join(dir, "real", "db.linked.com"), "linked.com.")
	for link, target := range map[string]string{"hosts.inc": "common/hosts.inc", "fabrikam.zone": "db.fabrikam.com", "linked": "real"} {
		if err := os.Symlink(target, link); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	res, diff := runFix(t, []string{"db.contoso.com", "fabrikam.zone", "linked/db.linked.com"})
	for _, want := range []string{"db.contoso.com", "common/hosts.inc", "db.fabrikam.com", "real/db.linked.com"} {
		if !strings.Contains(diff, "--- a/"+want+"\n+++ b/"+want+"\n") {
			t.Errorf("the diff does not name a/%s:\n%s", want, diff)
		}
	}
	appliesWhole(t, dir, diff, res, false)
}

// TestDiffOneFileTwice: a zone given by its name and by a link to it is
// one file, read once (zone.ZoneFiles, test 13 D3), and changed once. It
// was read twice and the diff refused, the second change's hunks not
// applying after the first's.
func TestDiffOneFileTwice(t *testing.T) {
	dir := workDir(t)
	writeZone(t, filepath.Join(dir, "db.contoso.com"), "contoso.com.")
	if err := os.Symlink("db.contoso.com", "contoso.zone"); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	res, diff := runFix(t, []string{"db.contoso.com", "contoso.zone"})
	if n := strings.Count(diff, "--- a/db.contoso.com\n"); n != 1 {
		t.Errorf("the diff changes db.contoso.com %d times, want once:\n%s", n, diff)
	}
	appliesWhole(t, dir, diff, res, false)
}
