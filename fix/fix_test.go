package fix_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/internal/golden"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// now is the clock of every test: date serials become 2026112900.
var now = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// TestGolden runs fix on every case under testdata (a directory with zone
// files, plan.yaml and optionally args.txt) and compares the diff, the
// fragment and the no-plan findings with the golden files; then it applies
// the diff with git apply, checks that every original line survived and
// that the audit of the result has no error and no pool-aaaa-mismatch it
// had not (invariantKeys), and runs fix again on the result, which must
// change nothing.
func TestGolden(t *testing.T) {
	plans, err := filepath.Glob("testdata/*/plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) == 0 {
		t.Fatal("no case: no testdata/*/plan.yaml")
	}
	for _, plan := range plans {
		dir := filepath.Dir(plan)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			abs, _ := filepath.Abs(dir)
			work := copyTree(t, abs)
			t.Chdir(work)
			opt := options(t)
			errorsBefore, staleBefore := auditErrors(t, opt), stalePTRs(t, opt, nil)
			res, err := fix.RunPaths([]string{"."}, opt)
			if err != nil {
				t.Fatal(err)
			}
			var diff, frag, findings bytes.Buffer
			if err := res.WriteDiff(&diff); err != nil {
				t.Fatal(err)
			}
			if err := res.WriteFragment(&frag, "plan.yaml"); err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Findings {
				findings.WriteString(f.String() + "\n")
			}
			golden.Check(t, filepath.Join(abs, "diff.golden"), diff.Bytes())
			golden.Check(t, filepath.Join(abs, "fragment.golden"), frag.Bytes())
			golden.Check(t, filepath.Join(abs, "findings.golden"), findings.Bytes())
			gitApply(t, diff.String(), res)
			keptLines(t, res)
			for key := range auditErrors(t, opt) {
				if !errorsBefore[key] {
					t.Errorf("the audit of the result has a finding it had not: %s", key)
				}
			}
			told := map[string]bool{}
			for _, f := range res.Findings {
				told[f.Check+" "+f.Name] = true
			}
			for key := range stalePTRs(t, opt, staleBefore) {
				if !told[key] {
					t.Errorf("the audit of the result has a stale PTR that fix did not report: %s", key)
				}
			}
			again, err := fix.RunPaths([]string{"."}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(again.Changes) != 0 {
				t.Errorf("a second run changes %d files", len(again.Changes))
			}
		})
	}
}

// auditErrors audits the zones of the working directory as fix reads
// them: fix must make no error, and no pool-aaaa-mismatch, that was not
// there before it ran (invariantKeys).
func auditErrors(t *testing.T, opt fix.Options) map[string]bool {
	t.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles([]string{"."}), opt.Read)
	return invariantKeys(t, zones, opt.Audit)
}

// stalePTRs returns the check and name of each ptr-mismatch the audit of
// the working directory finds and before does not hold: a PTR that a new
// address finds naming another host, which fix must report (test 11 D4).
func stalePTRs(t *testing.T, opt fix.Options, before map[string]bool) map[string]bool {
	t.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles([]string{"."}), opt.Read)
	res, err := audit.Run(zones, opt.Audit)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for f := range res.AllFindings() {
		if key := f.Check + " " + f.Name; f.Check == "ptr-mismatch" && !before[key] {
			out[key] = true
		}
	}
	return out
}

// invariantKeys returns the check and name of each error the audit of zones
// finds, and the check and message of each pool-aaaa-mismatch warning: fix
// must not make a pool name's AAAA set other than its members' (tester Q3,
// duplicate-a), nor a mismatch that was there worse. The message, not the
// line, since new lines move the pool's first AAAA.
func invariantKeys(t *testing.T, zones []*zone.Zone, opt audit.Options) map[string]bool {
	t.Helper()
	res, err := audit.Run(zones, opt)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for f := range res.AllFindings() {
		switch {
		case f.Severity == audit.Error:
			out[f.Check+" "+f.Name] = true
		case f.Check == "pool-aaaa-mismatch":
			out[f.Check+" "+f.Message] = true
		}
	}
	return out
}

func options(t *testing.T) fix.Options {
	t.Helper()
	p, err := plan.Load("plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	opt := fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now}
	if b, err := os.ReadFile("args.txt"); err == nil {
		args := strings.Fields(string(b))
		for i := 0; i < len(args); i++ {
			switch args[i] {
			case "--serial":
				i++
				opt.Serial = args[i]
			case "--all-hosts":
				opt.Audit.AllHosts = true
			case "--include-root":
				i++
				opt.Read.IncludeRoot = args[i]
			default:
				t.Fatalf("args.txt: unknown flag %s", args[i])
			}
		}
	}
	return opt
}

// gitApply applies the diff to the files in the working directory with
// git apply and checks that they become the edited files.
func gitApply(t *testing.T, diff string, res *fix.Result) {
	t.Helper()
	if diff == "" {
		return
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Log("no git: the diff is not applied")
		writeChanges(t, res)
		return
	}
	cmd := exec.Command("git", "apply", "--unsafe-paths", "-")
	cmd.Stdin = strings.NewReader(diff)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git apply: %v\n%s", err, out)
	}
	for _, c := range res.Changes {
		got, _ := os.ReadFile(c.File)
		if !bytes.Equal(got, fix.NewBytes(t, c)) {
			t.Errorf("%s after git apply differs from the edit", c.File)
		}
	}
}

func writeChanges(t *testing.T, res *fix.Result) {
	for _, c := range res.Changes {
		if err := os.WriteFile(c.File, fix.NewBytes(t, c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// keptLines checks that every line of every original file is still there,
// in order, and that the only bytes an edit replaces are the serial of an
// SOA record of a zone of the file (bumpSerials): that line must be there
// with only its serial changed. A last line without a line end may have
// gained one (an LF, or the LF of a cut-off CRLF).
func keptLines(t *testing.T, res *fix.Result) {
	t.Helper()
	for _, c := range res.Changes {
		serials := serialLines(t, c, res.Zones)
		old := strings.SplitAfter(string(oldBytes(t, c)), "\n")
		cur := strings.SplitAfter(string(fix.NewBytes(t, c)), "\n")
		j := 0
		for i, line := range old {
			if s, ok := serials[i+1]; ok {
				line = s
			}
			k := j
			for k < len(cur) && cur[k] != line && cur[k] != line+"\n" {
				k++
			}
			if k == len(cur) {
				t.Errorf("%s: line lost or moved: %q", c.File, line)
				continue
			}
			j = k + 1
		}
	}
}

// serialLines returns, by line number in c.Old, each line whose bytes an
// edit replaces, as it must read after the edit. Each such edit must
// replace the serial of the SOA record of a zone read from c.File, within
// the lines of that record; any other is an error.
func serialLines(t *testing.T, c zone.Change, zones []*zone.Zone) map[int]string {
	t.Helper()
	out := map[int]string{}
	old := oldBytes(t, c)
	for _, e := range c.Edits {
		if e.Start == e.End {
			continue // new lines
		}
		n := sort.SearchInts(c.Lines, e.Start+1) // the line of e.Start
		var soa *zone.SOA
		for _, z := range zones {
			if z.SOA != nil && z.SOA.Pos.File == c.File && z.SOA.Pos.Line <= n && n <= soaEnd(old, c.Lines, z.SOA.Pos.Line) {
				soa = z.SOA
			}
		}
		was := string(old[e.Start:e.End])
		if soa == nil || was != strconv.FormatUint(uint64(soa.Serial), 10) {
			t.Errorf("%s:%d: an edit replaces %q, not the serial of an SOA record of the file", c.File, n, was)
			continue
		}
		if _, ok := out[n]; ok {
			t.Errorf("%s:%d: two edits replace bytes of the line", c.File, n)
		}
		from, to := c.Lines[n-1], len(old)
		if n < len(c.Lines) {
			to = c.Lines[n]
		}
		out[n] = string(old[from:e.Start]) + e.New + string(old[e.End:to])
	}
	return out
}

// soaEnd returns the last line of the record that starts on line first of
// old, whose lines start at lines: the line where its parentheses close, comments and quoted text
// aside.
func soaEnd(old []byte, lines []int, first int) int {
	depth, line := 0, first
	quoted, comment := false, false
	for i := lines[first-1]; i < len(old); i++ {
		switch b := old[i]; {
		case b == '\n':
			if depth == 0 {
				return line
			}
			line++
			comment = false
		case comment:
		case b == '\\':
			i++ // an escaped character
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == ';':
			comment = true
		case b == '(':
			depth++
		case b == ')':
			depth--
		}
	}
	return line
}

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasSuffix(p, ".golden") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// oldBytes returns the bytes of c's file before its edits.
func oldBytes(t *testing.T, c zone.Change) []byte {
	t.Helper()
	b, err := c.OldRanges()(0, int(c.Old.Size()))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(b)
}

// TestGoldenThroughDescriptors runs each golden case again with every
// file read through its descriptor (zone.Limits.MaxHeld, as the editor
// reads a file of more than 4 MiB): the diff, the fragment and the
// findings must be those of the file held whole.
func TestGoldenThroughDescriptors(t *testing.T) {
	plans, err := filepath.Glob("testdata/*/plan.yaml")
	if err != nil || len(plans) == 0 {
		t.Fatalf("no case: %v", err)
	}
	for _, plan := range plans {
		dir := filepath.Dir(plan)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			abs, _ := filepath.Abs(dir)
			t.Chdir(copyTree(t, abs))
			held := options(t)
			described := held
			described.Read.Limits.MaxHeld = 1
			want, got := fixOutput(t, held), fixOutput(t, described)
			if got != want {
				t.Errorf("read through descriptors:\n%s\nheld whole:\n%s", got, want)
			}
		})
	}
}

// fixOutput runs fix on the working directory and returns its diff,
// fragment and findings.
func fixOutput(t *testing.T, opt fix.Options) string {
	t.Helper()
	res, err := fix.RunPaths([]string{"."}, opt)
	if err != nil {
		return "error: " + err.Error()
	}
	var out bytes.Buffer
	if err := res.WriteDiff(&out); err != nil {
		t.Fatal(err)
	}
	if err := res.WriteFragment(&out, "plan.yaml"); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		fmt.Fprintln(&out, f)
	}
	return out.String()
}

// TestLargeZoneThroughDescriptors fixes a generated zone of 20,000
// records (1 MB, sixteen windows of the editor) held whole and through its
// descriptor (zone.Limits.MaxHeld): the diff must be the same, and so must
// the files --write leaves, written through the descriptor.
func TestLargeZoneThroughDescriptors(t *testing.T) {
	dir := t.TempDir()
	file, planFile := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "plan.yaml")
	if _, err := benchzone.WriteFiles(file, planFile, benchzone.Options{Records: 20_000, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	p, err := plan.Load(planFile)
	if err != nil {
		t.Fatal(err)
	}
	held := fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now}
	described := held
	described.Read.Limits.MaxHeld = 1
	diff := func(opt fix.Options) (string, *fix.Result) {
		res, err := fix.RunPaths([]string{file}, opt)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := res.WriteDiff(&out); err != nil {
			t.Fatal(err)
		}
		return out.String(), res
	}
	want, res := diff(held)
	got, resDescribed := diff(described)
	if got != want || strings.Count(want, "\n+") < 1000 {
		t.Fatalf("diffs of %d and %d bytes, %d lines added: want the same, and many", len(got), len(want), strings.Count(want, "\n+"))
	}
	edited := fix.NewBytes(t, res.Changes[0])
	if err := resDescribed.Write(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); !bytes.Equal(b, edited) {
		t.Errorf("the file written through the descriptor differs from the edit held whole")
	}
}
