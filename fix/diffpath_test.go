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

// TestDiffPaths: the diff names a file below the working directory by its
// path relative to it, however it was given (./, absolute, through ..),
// and a file outside it by its absolute path without the leading slash;
// never with "..", which git apply refuses and patch -p1 cannot find.
func TestDiffPaths(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(root, "work")
	files := map[string]string{ // the path given -> the path in the diff
		filepath.Join(root, "zones", "db.outside.com"): strings.TrimPrefix(filepath.ToSlash(filepath.Join(root, "zones", "db.outside.com")), "/"),
		filepath.Join(work, "db.abs.com"):              "db.abs.com",
		"./sub/db.sub.com":                             "sub/db.sub.com",
		"../work/db.back.com":                          "db.back.com",
	}
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
	p, err := plan.Parse("plan.yaml", []byte("version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := fix.Run(given, fix.Options{Plan: p, Serial: zone.SerialIncrement, Now: now, Audit: audit.Options{AllHosts: true}})
	if err != nil {
		t.Fatal(err)
	}
	var diff bytes.Buffer
	if err := res.WriteDiff(&diff); err != nil {
		t.Fatal(err)
	}
	for path, want := range files {
		if !strings.Contains(diff.String(), "--- a/"+want+"\n+++ b/"+want+"\n") {
			t.Errorf("%s: the diff does not name it a/%s:\n%s", path, want, diff.String())
		}
	}
	if strings.Contains(diff.String(), "..") {
		t.Errorf("a path with ..:\n%s", diff.String())
	}
}
