package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/internal/corpus"
	"github.com/zonegen/zonegen/zone"
)

// TestCorpusExitStatus runs zonegen audit on every file of the corpus, real
// and broken, and holds its exit status to named-checkzone's verdict. A
// file named-checkzone loads never exits 2 (a syntax error). A file it
// refuses while loading exits 2, or gets a bind-divergence finding at the
// record BIND names, or, for a difference listed in internal/corpus
// (Known), the finding the list names. A hang is for go test -timeout to
// catch.
func TestCorpusExitStatus(t *testing.T) {
	for _, kind := range []string{"real", "broken"} {
		for _, row := range corpus.Rows(t, kind) {
			t.Run(kind+"/"+row.File, func(t *testing.T) {
				name := corpus.Stage(t, kind, row)
				code, stdout, stderr := zonegen(t, nil, "audit", "--origin", row.Origin, "--all-hosts", "--format", "json", name)
				if code < 0 || code > 2 {
					t.Fatalf("exit status %d: %s", code, stderr)
				}
				var rep struct {
					Findings []struct {
						Check string
						File  string
						Line  int
					}
				}
				if code != 2 {
					if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
						t.Fatalf("exit %d, and the report is not JSON: %v\n%s", code, err, stdout)
					}
				}
				found := func(check, file string, lines ...int) bool {
					for _, f := range rep.Findings {
						for _, l := range lines {
							if f.Check == check && f.File == file && f.Line == l {
								return true
							}
						}
					}
					return false
				}
				file, line, refused := row.Refused(name)
				known, isKnown := row.Known()
				switch {
				case !refused:
					if code == 2 {
						t.Errorf("exit 2 for a file named-checkzone loads (%s): %s", row.Verdict, stderr)
					}
				case isKnown:
					if (code == 2) != (known.StopsAt != 0) {
						t.Errorf("exit %d, where zonegen is listed as stopping at line %d (0: reading the file) (%s): fixed? change or remove the entry: %s",
							code, known.StopsAt, known, stderr)
					}
					if known.Check != "" && !found(known.Check, name, known.Line) {
						t.Errorf("no %s finding at line %d (%s)", known.Check, known.Line, known.Reason)
					}
				case line == 0:
					if code != 2 {
						t.Errorf("exit %d; named-checkzone refuses the file: %s", code, row.Verdict)
					}
				case code != 2 && !found("bind-divergence", file, line, recordStart(t, name, row.Origin, file, line)):
					t.Errorf("exit %d, and no bind-divergence finding at %s:%d; named-checkzone refuses the file there: %s",
						code, filepath.Base(file), line, row.Verdict)
				}
			})
		}
	}
}

// recordStart returns the first line of the record of file that holds
// line, as the reader positions it: BIND names the line where a record's
// data ran out.
func recordStart(t *testing.T, name, origin, file string, line int) int {
	t.Helper()
	z := zone.ReadFile(name, zone.Options{Origin: origin})
	start := 0
	for i := range z.Records {
		if p := z.Records[i].Pos(); p.File == file && p.Line <= line {
			start = max(start, p.Line)
		}
	}
	return start
}
