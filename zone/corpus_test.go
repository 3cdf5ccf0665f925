package zone

import (
	"errors"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/internal/corpus"
)

// TestCorpus reads every zone of the corpus, real and broken, and holds
// the reader to named-checkzone's verdict. A file it loads must read
// without error. A file it refuses while loading must give a read error
// (one with a position) at or before the line BIND names, or a
// bind-divergence note at the record there; the exceptions are listed,
// with their reason, in internal/corpus (Known). A hang is for go test -timeout to catch.
func TestCorpus(t *testing.T) {
	var files []string
	for _, kind := range []string{"real", "broken"} {
		for _, row := range corpus.Rows(t, kind) {
			files = append(files, row.File)
			t.Run(kind+"/"+row.File, func(t *testing.T) {
				name := corpus.Stage(t, kind, row)
				z := ReadFile(name, Options{Origin: row.Origin})
				if z.Err != nil && !positioned.MatchString(z.Err.Error()) {
					t.Errorf("error without a position: %v", z.Err)
				}
				checkVerdict(t, z, name, row)
			})
		}
	}
	for _, f := range corpus.KnownFiles() {
		if !slices.Contains(files, f) {
			t.Errorf("internal/corpus lists %s as a known difference, and no row of the corpus has it", f)
		}
	}
}

var positioned = regexp.MustCompile(`:\d+: |^[^:]+: `)

// checkVerdict compares the reading of a staged corpus file with
// named-checkzone's verdict on it.
func checkVerdict(t *testing.T, z *Zone, name string, row corpus.Row) {
	t.Helper()
	file, line, refused := row.Refused(name)
	known, isKnown := row.Known()
	switch {
	case !refused:
		if isKnown {
			t.Errorf("listed as a known difference, but named-checkzone loads it (%s)", row.Verdict)
		}
		if z.Err != nil {
			t.Errorf("read error in a file named-checkzone loads (%s): %v", row.Verdict, z.Err)
		}
	case isKnown:
		if stop := errLine(z.Err); stop != known.StopsAt || (known.Bug && diverges(z, file, line)) {
			t.Errorf("listed as a known difference, where zonegen reads line %d, which named-checkzone refuses, "+
				"and stops at line %d (0: reads the file), but it stops at line %d or notes the divergence: fixed? "+
				"change or remove the entry (%s; err %v)", line, known.StopsAt, stop, known, z.Err)
		}
		if known.Bug {
			t.Logf("known reader bug, not fixed: %s", known.Reason)
		}
	case line == 0:
		if z.Err == nil {
			t.Errorf("no read error; named-checkzone refuses the file: %s", row.Verdict)
		}
	case z.Err == nil && !diverges(z, file, line):
		t.Errorf("no read error, and no bind-divergence note at %s:%d; named-checkzone refuses the file there: %s",
			filepath.Base(file), line, row.Verdict)
	case z.Err != nil && errFile(z.Err) == file && errLine(z.Err) > line:
		t.Errorf("reads %s:%d, where named-checkzone refuses the file (%s), and stops later: %v",
			filepath.Base(file), line, row.Verdict, z.Err)
	}
}

// errLine and errFile return the position of a read error; 0 and "" for
// none.
func errLine(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Pos.Line
	}
	return 0
}

func errFile(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Pos.File
	}
	return ""
}

// diverges reports whether z has a bind-divergence note for the record that
// holds a line of a file: at the line, or at the first line of the record
// it belongs to (BIND names the line where a record's data ran out).
func diverges(z *Zone, file string, line int) bool {
	start := 0
	for i := range z.Records {
		if p := z.Records[i].Pos(); p.File == file && p.Line <= line {
			start = max(start, p.Line)
		}
	}
	for _, d := range z.Divergences {
		if d.Pos.File == file && (d.Pos.Line == line || d.Pos.Line == start) {
			return true
		}
	}
	return false
}
