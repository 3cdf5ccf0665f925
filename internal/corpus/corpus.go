// Package corpus gives tests the zone files of the development corpus
// (../shared/corpus: real-world and broken zones from public projects,
// with a SOURCES.md table each). A user's clone has no corpus; the tests
// that need it skip.
package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Row is one row of a SOURCES.md table.
type Row struct {
	File    string // the file name in the corpus
	Origin  string // the origin named-checkzone was run with
	Verdict string // named-checkzone's verdict
	Notes   string
}

// dir finds the corpus from a package directory of the module.
func dir() string {
	for _, d := range []string{"../../shared/corpus", "../../../shared/corpus"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return "../../shared/corpus"
}

// Rows reads the table of kind ("real" or "broken"); it skips the test
// when there is no corpus.
func Rows(t testing.TB, kind string) []Row {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir(), kind, "SOURCES.md"))
	if os.IsNotExist(err) {
		t.Skipf("no corpus at %s (only the development checkout has it)", dir())
	}
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
	tmp := t.TempDir()
	src := filepath.Join(dir(), kind, r.File)
	copyFile(t, src, filepath.Join(tmp, r.File))
	b, _ := os.ReadFile(src)
	repo := r.File[:strings.LastIndex(r.File, "__")+2]
	for _, m := range includeLine.FindAllStringSubmatch(string(b), -1) {
		if filepath.IsAbs(m[1]) {
			continue
		}
		found, _ := filepath.Glob(filepath.Join(dir(), kind, repo+"*"+filepath.Base(m[1])))
		if len(found) == 0 {
			continue
		}
		dst := filepath.Join(tmp, filepath.FromSlash(m[1]))
		os.MkdirAll(filepath.Dir(dst), 0o755)
		copyFile(t, found[0], dst)
	}
	return filepath.Join(tmp, r.File)
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Glob returns the corpus files matching a pattern, for fuzz seeds; none
// without a corpus.
func Glob(pattern string) []string {
	files, _ := filepath.Glob(filepath.Join(dir(), pattern))
	return files
}
