package zone

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// corpusDir holds zone files from public projects (../shared/corpus of the
// development checkout). A user's clone has no such folder: the tests that
// need it skip.
const corpusDir = "../../shared/corpus"

// corpusRow is one row of a corpus SOURCES.md table.
type corpusRow struct {
	file, origin, verdict, notes string
}

func readCorpus(t *testing.T, kind string) []corpusRow {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpusDir, kind, "SOURCES.md"))
	if os.IsNotExist(err) {
		t.Skipf("no corpus at %s (only the development checkout has it)", corpusDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var rows []corpusRow
	for _, line := range strings.Split(string(b), "\n") {
		cols := strings.Split(line, "|")
		if len(cols) < 10 || !strings.HasPrefix(strings.TrimSpace(cols[1]), "`") {
			continue
		}
		unq := func(s string) string { return strings.Trim(strings.TrimSpace(s), "`") }
		rows = append(rows, corpusRow{file: unq(cols[1]), origin: unq(cols[6]), verdict: strings.TrimSpace(cols[7]), notes: cols[8]})
	}
	if len(rows) == 0 {
		t.Fatal("no rows in SOURCES.md")
	}
	return rows
}

var includeLine = regexp.MustCompile(`(?mi)^\$INCLUDE\s+"?([^"\s;]+)`)

// stage copies a corpus file into a temporary directory and puts the files
// it includes beside it under their original names, as named-checkzone saw
// them: the corpus keeps them as <owner>__<repo>__<path>.
func stage(t *testing.T, kind string, row corpusRow) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(corpusDir, kind, row.file)
	copyFile(t, src, filepath.Join(dir, row.file))
	b, _ := os.ReadFile(src)
	repo := row.file[:strings.LastIndex(row.file, "__")+2]
	for _, m := range includeLine.FindAllStringSubmatch(string(b), -1) {
		if filepath.IsAbs(m[1]) {
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(corpusDir, kind, repo+"*"+filepath.Base(m[1])))
		if len(matches) == 0 {
			continue
		}
		dst := filepath.Join(dir, filepath.FromSlash(m[1]))
		os.MkdirAll(filepath.Dir(dst), 0o755)
		copyFile(t, matches[0], dst)
	}
	return filepath.Join(dir, row.file)
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// rejectedForSyntax reports whether named-checkzone rejected the file while
// loading it (a line error), rather than for a zone-level rule.
func rejectedForSyntax(row corpusRow) bool {
	return strings.Contains(row.verdict, "REJECTED") && regexp.MustCompile(`line \d+|dns_master_load|dns_rdata_fromtext`).MatchString(row.verdict)
}

// readWithin reads a file and fails the test if that takes too long.
func readWithin(t *testing.T, path string, opt Options) *Zone {
	t.Helper()
	done := make(chan *Zone, 1)
	go func() { done <- ReadFile(path, opt) }()
	select {
	case z := <-done:
		return z
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: reading did not finish in 30s", path)
		return nil
	}
}

// TestCorpusReal reads every valid real-world zone of the corpus: none may
// give a syntax error unless named-checkzone rejected it while loading, or
// it includes a file by an absolute path outside its directory.
func TestCorpusReal(t *testing.T) {
	for _, row := range readCorpus(t, "real") {
		t.Run(row.file, func(t *testing.T) {
			z := readWithin(t, stage(t, "real", row), Options{Origin: row.origin})
			if z.Err == nil || rejectedForSyntax(row) {
				return
			}
			if strings.Contains(z.Err.Error(), "$INCLUDE outside the include root: /") {
				return
			}
			t.Errorf("syntax error in a file named-checkzone accepts (%s): %v", row.verdict, z.Err)
		})
	}
}

// TestCorpusBroken reads every broken zone of the corpus: each must end, in
// bounded time, with records or a positioned error, never a panic.
func TestCorpusBroken(t *testing.T) {
	for _, row := range readCorpus(t, "broken") {
		t.Run(row.file, func(t *testing.T) {
			z := readWithin(t, stage(t, "broken", row), Options{Origin: row.origin})
			if z.Err != nil && !regexp.MustCompile(`:\d+: |^[^:]+: `).MatchString(z.Err.Error()) {
				t.Errorf("error without a position: %v", z.Err)
			}
		})
	}
}
