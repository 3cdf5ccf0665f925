package report

import (
	"bufio"
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

func TestRenderText(t *testing.T) {
	db := "db.contoso.com"
	tests := []struct {
		name  string
		res   *audit.Result
		color bool
		want  string
	}{
		{
			name: "finding",
			res: &audit.Result{
				Zones: []audit.ZoneSummary{{File: db}},
				Findings: []audit.Finding{{Check: "missing-aaaa", Severity: audit.Error,
					Pos: zone.Pos{File: db, Line: 23}, Message: "fe03.contoso.com. has no AAAA"}},
			},
			want: "db.contoso.com:23: error: fe03.contoso.com. has no AAAA [missing-aaaa]\n" +
				"1 error, 0 warnings, 0 info in 1 zone\n",
		},
		{
			name: "line 0 names the file",
			res: &audit.Result{
				Findings: []audit.Finding{{Check: "no-lync-deployment", Severity: audit.Info,
					Pos: zone.Pos{File: db}, Message: "no Lync here"}},
			},
			want: "db.contoso.com: info: no Lync here [no-lync-deployment]\n" +
				"0 errors, 0 warnings, 1 info in 0 zones\n",
		},
		{
			name: "related records follow as notes",
			res: &audit.Result{
				Findings: []audit.Finding{{Check: "missing-aaaa", Severity: audit.Warning,
					Pos: zone.Pos{File: db, Line: 23}, Message: "m",
					Related: []audit.Related{
						{Pos: zone.Pos{File: db, Line: 30}, Note: "pool member of pool01.contoso.com."},
						{Pos: zone.Pos{File: "inc"}, Note: "whole file"},
					}}},
			},
			want: "db.contoso.com:23: warning: m [missing-aaaa]\n" +
				"db.contoso.com:30: note: pool member of pool01.contoso.com.\n" +
				"inc: note: whole file\n" +
				"0 errors, 1 warning, 0 info in 0 zones\n",
		},
		{
			name: "a newline stays on the line",
			res: &audit.Result{
				Findings: []audit.Finding{{Check: "c", Severity: audit.Error,
					Pos: zone.Pos{File: db, Line: 1}, Message: "one\ntwo\r\nthree"}},
			},
			want: `db.contoso.com:1: error: one\ntwo\r\nthree [c]` + "\n" +
				"1 error, 0 warnings, 0 info in 0 zones\n",
		},
		{
			name: "a control character in a file name is quoted as git quotes it",
			res: &audit.Result{
				Findings: []audit.Finding{{Check: "c", Severity: audit.Error,
					Pos: zone.Pos{File: "db.x\n::warning file=README.md,line=1::injected", Line: 3}, Message: "m",
					Related: []audit.Related{{Pos: zone.Pos{File: "inc\tcaf\xc3\xa9", Line: 2}, Note: "n"}}}},
				Zones: []audit.ZoneSummary{{File: "caf\xc3\xa9 \"x\""}},
			},
			want: `"db.x\n::warning file=README.md,line=1::injected":3: error: m [c]` + "\n" +
				`"inc\tcaf\303\251":2: note: n` + "\n" +
				"1 error, 0 warnings, 0 info in 1 zone\n",
		},
		{
			name:  "colour on the severity word only",
			color: true,
			res: &audit.Result{
				Findings: []audit.Finding{
					{Check: "e", Severity: audit.Error, Pos: zone.Pos{File: db, Line: 1}, Message: "m",
						Related: []audit.Related{{Pos: zone.Pos{File: db, Line: 2}, Note: "n"}}},
					{Check: "w", Severity: audit.Warning, Pos: zone.Pos{File: db, Line: 3}, Message: "m"},
					{Check: "i", Severity: audit.Info, Pos: zone.Pos{File: db, Line: 4}, Message: "m"},
				},
			},
			want: "db.contoso.com:1: \x1b[31merror\x1b[0m: m [e]\n" +
				"db.contoso.com:2: note: n\n" +
				"db.contoso.com:3: \x1b[33mwarning\x1b[0m: m [w]\n" +
				"db.contoso.com:4: \x1b[36minfo\x1b[0m: m [i]\n" +
				"1 error, 1 warning, 1 info in 0 zones\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(renderText(tt.res, tt.color))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("renderText() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name               string
		errs, warns, infos int
		zones              int
		want               string
	}{
		{name: "none", want: "0 errors, 0 warnings, 0 info in 0 zones"},
		{name: "singular", errs: 1, warns: 1, infos: 1, zones: 1, want: "1 error, 1 warning, 1 info in 1 zone"},
		{name: "plural", errs: 3, warns: 2, infos: 2, zones: 2, want: "3 errors, 2 warnings, 2 info in 2 zones"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &audit.Result{Zones: make([]audit.ZoneSummary, tt.zones)}
			for s, n := range map[audit.Severity]int{audit.Error: tt.errs, audit.Warning: tt.warns, audit.Info: tt.infos} {
				for range n {
					res.Findings = append(res.Findings, audit.Finding{Severity: s})
				}
			}
			if got := summary(res); got != tt.want {
				t.Errorf("summary() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestProblemMatcher reads the text report with the pattern of a gcc
// problem matcher: every finding and note line is a match, with the right
// file and line, and the summary line is not.
func TestProblemMatcher(t *testing.T) {
	gcc := regexp.MustCompile(`^(.+?):(?:(\d+):)?(?:(\d+):)?\s*(error|warning|info|note)\s*:\s*(.*)$`)
	lines := strings.Split(strings.TrimSuffix(string(renderText(testResult(), false)), "\n"), "\n")
	var got [][]string
	for _, l := range lines {
		if m := gcc.FindStringSubmatch(l); m != nil {
			got = append(got, []string{m[1], m[2], m[4]})
		}
	}
	want := [][]string{
		{"zones/db.contoso.com", "12", "warning"},
		{"zones/db.contoso.com", "23", "error"},
		{"zones/db.contoso.com", "30", "note"},
		{"zones/inc/pool.inc", "4", "note"},
		{"zones/db.contoso.com", "41", "error"},
		{"zones/db.contoso.net", "", "info"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problem matcher matches (-want +got):\n%s", diff)
	}
	if last := lines[len(lines)-1]; gcc.MatchString(last) {
		t.Errorf("summary line %q looks like a finding", last)
	}
}

// renderText is writeText into a string, for the tests.
func renderText(res *audit.Result, color bool) []byte {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	writeText(w, res, color, "")
	w.Flush()
	return b.Bytes()
}

// TestTextLongLists: a report long enough to be made in chunks side by side
// comes out in order, each finding on its line as Finding.String writes
// it.
func TestTextLongLists(t *testing.T) {
	res := &audit.Result{}
	for i := range 3*4096 + 7 {
		res.Findings = append(res.Findings, audit.Finding{Check: "missing-aaaa", Severity: audit.Error,
			Name: "h.example.", Pos: zone.Pos{File: "db", Line: i + 1}, Message: "m " + strconv.Itoa(i)})
	}
	var b bytes.Buffer
	if err := Write(&b, "text", res, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(res.Findings)+1 {
		t.Fatalf("%d lines, want %d findings and a summary", len(lines), len(res.Findings))
	}
	for i, f := range res.Findings {
		if lines[i] != f.String() {
			t.Fatalf("line %d = %q, want %q", i+1, lines[i], f.String())
		}
	}
}
