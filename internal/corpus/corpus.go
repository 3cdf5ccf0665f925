// Package corpus gives tests the zone files of the development corpus
// (../shared/corpus beside the module root: real-world and broken zones
// from public projects, with a SOURCES.md table each). A user's clone has
// no corpus; the tests that need it skip, and those that only add its
// files to their own say so in the log.
package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// Row is one row of a SOURCES.md table.
type Row struct {
	File    string // the file name in the corpus
	Origin  string // the origin named-checkzone was run with
	Verdict string // named-checkzone's verdict
	Notes   string
}

// where finds the corpus once: <module root>/../shared/corpus, the module
// root being the first directory with a go.mod at or above the working
// directory (a package's directory, under go test).
var where = sync.OnceValues(func() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		_, err := os.Stat(filepath.Join(dir, "go.mod"))
		if err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", "corpus"), nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = up
	}
})

// Dir returns the corpus directory and whether it exists; it fails the
// test when the module root cannot be found or the directory not looked at.
func Dir(t testing.TB) (string, bool) {
	t.Helper()
	dir, err := where()
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	switch _, err := os.Stat(dir); {
	case err == nil:
		return dir, true
	case errors.Is(err, os.ErrNotExist):
		return dir, false
	default:
		t.Fatalf("corpus: %v", err)
		return dir, false
	}
}

// Rows reads the table of kind ("real" or "broken"); it skips the test
// when there is no corpus.
func Rows(t testing.TB, kind string) []Row {
	t.Helper()
	dir, ok := Dir(t)
	if !ok {
		t.Skipf("no corpus at %s (only the development checkout has it)", dir)
	}
	b, err := os.ReadFile(filepath.Join(dir, kind, "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []Row
	for _, line := range strings.Split(string(b), "\n") {
		cols := strings.Split(line, "|")
		if len(cols) < 10 || !strings.HasPrefix(strings.TrimSpace(cols[1]), "`") {
			continue
		}
		unq := func(s string) string { return strings.Trim(strings.TrimSpace(s), "`") }
		rows = append(rows, Row{File: unq(cols[1]), Origin: unq(cols[6]), Verdict: strings.TrimSpace(cols[7]), Notes: cols[8]})
	}
	if len(rows) == 0 {
		t.Fatal("no rows in SOURCES.md")
	}
	return rows
}

// Files returns the corpus files matching pattern (relative to the corpus,
// SOURCES.md left out), for tests that add them to their own zones. It
// logs that the test reads its own zones only when there is no corpus, and
// fails when the pattern is malformed or matches nothing in the corpus.
func Files(t testing.TB, pattern string) []string {
	t.Helper()
	dir, ok := Dir(t)
	if !ok {
		t.Logf("no corpus at %s: test zones only", dir)
		return nil
	}
	found, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatalf("corpus: %s: %v", pattern, err)
	}
	var files []string
	for _, f := range found {
		if filepath.Base(f) != "SOURCES.md" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatalf("corpus: no file matches %s in %s", pattern, dir)
	}
	return files
}

// RejectedForSyntax reports whether named-checkzone rejected the file while
// loading it (a line error), rather than for a zone-level rule.
func (r Row) RejectedForSyntax() bool {
	return strings.Contains(r.Verdict, "REJECTED") && loadError.MatchString(r.Verdict)
}

var loadError = regexp.MustCompile(`line \d+|dns_master_load|dns_rdata_fromtext`)

var includeLine = regexp.MustCompile(`(?mi)^\$INCLUDE\s+"?([^"\s;]+)`)

// Stage copies a corpus file into a new temporary directory, with the files
// it includes beside it under their original names, as named-checkzone saw
// them (the corpus keeps them as <owner>__<repo>__<path>), and returns the
// path of the copy.
func Stage(t testing.TB, kind string, r Row) string {
	t.Helper()
	dir, ok := Dir(t)
	if !ok {
		t.Skipf("no corpus at %s (only the development checkout has it)", dir)
	}
	tmp := t.TempDir()
	src := filepath.Join(dir, kind, r.File)
	b := copyFile(t, src, filepath.Join(tmp, r.File))
	repo := r.File[:strings.LastIndex(r.File, "__")+2]
	for _, m := range includeLine.FindAllStringSubmatch(string(b), -1) {
		if filepath.IsAbs(m[1]) {
			continue
		}
		found, err := filepath.Glob(filepath.Join(dir, kind, repo+"*"+filepath.Base(m[1])))
		if err != nil {
			t.Fatal(err)
		}
		if len(found) == 0 {
			continue
		}
		dst := filepath.Join(tmp, filepath.FromSlash(m[1]))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		copyFile(t, found[0], dst)
	}
	return filepath.Join(tmp, r.File)
}

func copyFile(t testing.TB, src, dst string) []byte {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return b
}
