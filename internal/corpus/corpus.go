// Package corpus gives tests the zone files of the development corpus
// (../shared/corpus beside the module root: real-world and broken zones
// from public projects, with a SOURCES.md table each). A user's clone has
// no corpus; the tests that need it skip, and those that only add its
// files to their own say so in the log.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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

// Refused reports whether named-checkzone refused the file while loading it
// (a load error such as a syntax error, rather than a zone-level rule such
// as "has no NS records"), and where: the line, and the file, staged is
// the row's file as Stage made it, or the included file beside it that
// the verdict names; line is 0 when BIND names none ("loading from master
// file … failed: ran out of space").
func (r Row) Refused(staged string) (file string, line int, refused bool) {
	file, line, refused = r.refused()
	if file == "" {
		return staged, line, refused
	}
	return filepath.Join(filepath.Dir(staged), file), line, refused
}

// refused is Refused with the file as the verdict names it, "" for none.
func (r Row) refused() (file string, line int, refused bool) {
	if !strings.Contains(r.Verdict, "REJECTED") || !loadError.MatchString(r.Verdict) {
		return "", 0, false
	}
	if m := errorLine.FindStringSubmatch(r.Verdict); m != nil {
		line, _ = strconv.Atoi(m[2])
		return m[1], line, true
	}
	return "", 0, true
}

var (
	loadError = regexp.MustCompile(`line \d+|[^\s:]+:\d+:|dns_master_load|dns_rdata_fromtext|loading from master file`)
	errorLine = regexp.MustCompile(`(?:line |([^\s:]+):)(\d+)`)
)

// Known is a row where zonegen reads without error the line at which
// named-checkzone refuses a file, on purpose or by a bug that is known.
type Known struct {
	// Check is the audit check that reports the problem instead, at Line
	// of the file; "" when no finding does.
	Check string
	Line  int
	// StopsAt is the line of the file (or of the file the verdict names)
	// where zonegen's reading stops with an error, after BIND's line; 0
	// when it reads the file without error.
	StopsAt int
	// Bug marks a reader bug, reported and not fixed: the tests check
	// that the reader still loads the file, so that they fail once the
	// bug is fixed and the entry must go.
	Bug    bool
	Reason string
}

// known holds the rows where zonegen reads without error, and without a
// bind-divergence note, the record at which named-checkzone 9.18 refuses
// a file (review 16, T1).
var known = map[string]Known{
	"WikiTideOrg__dns__zones_wikitide.net": {StopsAt: 5,
		Reason: "the same record: BIND names the SOA's first line (4), zonegen the line of the serial that is out of range (5)"},
	"CZ-NIC__knot__tests_knot_semantic_check_data_cname_multiple.zone": {Check: "cname-other-data", Line: 14,
		Reason: "two CNAMEs at one name (BIND: multiple RRs of singleton type, at the second): the reader loads them and " +
			"the audit's cname-other-data reports them at the first (docs/decisions.md, cname-other-data; broken/SOURCES.md)"},
	"demogitjava__dockerdnsserver__src_main_java_de_jgsoftwares_dnsserver_test.com": {Check: "cname-other-data", Line: 16,
		Reason: "CNAME and other data at the apex: an audit finding, cname-other-data, not a read error (docs/decisions.md; broken/SOURCES.md)"},
	"isc-projects__bind9__bin_tests_system_checkzone_zones_bad-cname-and-a.db": {Check: "cname-other-data", Line: 6,
		Reason: "CNAME and A at one name: an audit finding, cname-other-data, not a read error (docs/decisions.md; broken/SOURCES.md)"},
	"isc-projects__bind9__tests_dns_testdata_master_master16.data": {
		Reason: "named-checkzone 9.18.47 loads it (\"loaded serial 1993050801\"): its TXT record is 65,512 bytes of data, " +
			"the largest BIND loads (docs/decisions.md, \"A zone BIND refuses as a whole\"); SOURCES.md's " +
			"\"line 12: ran out of space\" does not reproduce"},
	"NLnetLabs__nsd__tpkg_svcb.tdir_failure-cases.zone": {StopsAt: 11,
		Reason: "the same record: BIND names the line where the entry's parentheses close (12), zonegen its first line (11)"},
}

// Known returns the row's entry in the list of known differences.
func (r Row) Known() (Known, bool) {
	k, ok := known[r.File]
	return k, ok
}

// KnownFiles returns the files that have an entry in the list, so that a
// test can check that each names a row.
func KnownFiles() []string {
	var files []string
	for f := range known {
		files = append(files, f)
	}
	return files
}

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

// String formats a known entry for a test's message.
func (k Known) String() string {
	if k.Check != "" {
		return fmt.Sprintf("%s at line %d: %s", k.Check, k.Line, k.Reason)
	}
	return k.Reason
}
