package fix

import (
	"bufio"
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/zonegen/zonegen/zone"
)

// TestWriteHunk: writeHunk writes a hunk as go-udiff's String does, for
// random hunks of every kind of line, at the top of a file and below,
// with no lines on one side, and with a last line without its line end.
func TestWriteHunk(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	kinds := []udiff.OpKind{udiff.Equal, udiff.Delete, udiff.Insert}
	for n := 0; n < 2000; n++ {
		h := &udiff.Hunk{FromLine: 1 + rng.Intn(3), ToLine: 1 + rng.Intn(3)}
		for range rng.Intn(5) {
			h.Lines = append(h.Lines, udiff.Line{Kind: kinds[rng.Intn(3)], Content: "line " + strconv.Itoa(rng.Intn(100)) + "\n"})
		}
		if len(h.Lines) > 0 && rng.Intn(4) == 0 {
			h.Lines[len(h.Lines)-1].Content = "no end"
		}
		want := udiff.UnifiedDiff{From: "a", To: "b", Hunks: []*udiff.Hunk{h}}.String()
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		w.WriteString("--- a\n+++ b\n")
		writeHunk(w, h)
		w.Flush()
		if b.String() != want {
			t.Fatalf("hunk %+v:\nwriteHunk:\n%s\ngo-udiff:\n%s", h, b.String(), want)
		}
	}
}

// TestUnifiedApplies makes random edits of the kinds fix makes (lines
// inserted after a line, digits replaced inside a line, text appended to a
// last line without a line end) to random texts, writes the unified diff,
// checks the line numbers of its hunks and that it has one header, and applies
// it with patch -p1: the result must be the edited text.
func TestUnifiedApplies(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch program")
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		old := randomText(rng)
		edits := randomEdits(rng, old)
		c := testChange("z", old, edits)
		var ue []udiff.Edit
		for _, e := range edits {
			ue = append(ue, udiff.Edit{Start: e.Start, End: e.End, New: e.New})
		}
		newText, err := udiff.Apply(string(old), ue)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(newBytes(t, c)); got != newText {
			t.Fatalf("case %d: Change.New differs from udiff.Apply\nold %q\nwant %q\ngot  %q", n, old, newText, got)
		}
		var diff bytes.Buffer
		if err := writeUnified(&diff, "a/z", "b/z", c); err != nil {
			t.Fatal(err)
		}
		checkHunkLines(t, diff.String())
		if heads := strings.Count("\n"+diff.String(), "\n--- a/z\n+++ b/z\n"); heads != 1 && diff.Len() > 0 {
			t.Fatalf("case %d: the diff has %d headers, want 1:\n%s", n, heads, diff.String())
		}
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "z"), old, 0o644)
		cmd := exec.Command("patch", "-p1", "--quiet", "--no-backup-if-mismatch")
		cmd.Dir, cmd.Stdin = dir, &diff
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("case %d: patch: %v\n%s\nold:\n%q\ndiff:\n%s", n, err, out, old, diff.String())
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "z")); string(got) != newText {
			t.Fatalf("case %d: patched text differs\nold %q\nwant %q\ngot  %q\ndiff:\n%s", n, old, newText, got, diff.String())
		}
	}
}

func randomText(rng *rand.Rand) []byte {
	var b strings.Builder
	for i, n := 0, 1+rng.Intn(30); i < n; i++ {
		b.WriteString("line")
		b.WriteByte(byte('a' + rng.Intn(26)))
		b.WriteString(" 2024")
		if i < n-1 || rng.Intn(3) > 0 {
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

// randomEdits makes sorted, non-overlapping edits: insertions at line
// starts (or at the end), and replacements of a digit run.
func randomEdits(rng *rand.Rand, old []byte) []zone.Edit {
	var edits []zone.Edit
	pos := 0
	for pos <= len(old) {
		switch rng.Intn(4) {
		case 0: // insert at this line start
			if pos == 0 || old[pos-1] == '\n' {
				edits = append(edits, zone.Edit{Start: pos, End: pos, New: "new\n"})
			}
		case 1: // replace the digits on this line
			if i := bytes.Index(old[pos:], []byte("2024")); i >= 0 && !bytes.Contains(old[pos:pos+i], []byte("\n")) {
				edits = append(edits, zone.Edit{Start: pos + i, End: pos + i + 4, New: "2025"})
			}
		}
		i := bytes.IndexByte(old[pos:], '\n')
		if i < 0 {
			break
		}
		pos += i + 1
	}
	if rng.Intn(3) == 0 { // append at the end, as fix does after a last line
		eol := ""
		if len(old) > 0 && old[len(old)-1] != '\n' {
			eol = "\n"
		}
		edits = append(edits, zone.Edit{Start: len(old), End: len(old), New: eol + "tail\n"})
	}
	return edits
}

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// checkHunkLines checks that each hunk's new line is its old line moved by
// the lines the hunks before it added (patch forgives a wrong one; git
// apply and reviewers do not).
func checkHunkLines(t *testing.T, diff string) {
	t.Helper()
	delta := 0
	for _, l := range strings.Split(diff, "\n") {
		m := hunkHeader.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		num := func(s string, def int) int {
			if s == "" {
				return def
			}
			n, _ := strconv.Atoi(s)
			return n
		}
		from, fromN, to, toN := num(m[1], 0), num(m[2], 1), num(m[3], 0), num(m[4], 1)
		if fromN > 0 && toN > 0 && to != from+delta {
			t.Fatalf("hunk %q: new line %d, want %d\n%s", l, to, from+delta, diff)
		}
		delta += toN - fromN
	}
}

// TestChunksKeepDiff writes random edits of random texts in chunks of one,
// two and three edits and compares the diff with go-udiff's hunks of the
// whole text at once: the cuts between chunks must not show.
func TestChunksKeepDiff(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	cuts := 0
	for n := 0; n < 3000; n++ {
		old := randomText(rng)
		c := testChange("z", old, randomEdits(rng, old))
		var ue []udiff.Edit
		for _, e := range c.Edits {
			ue = append(ue, udiff.Edit{Start: e.Start, End: e.End, New: e.New})
		}
		whole, err := udiff.ToUnifiedDiff("a/z", "b/z", string(old), ue, context)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		hw := &hunkWriter{w: bufio.NewWriter(&want), from: "a/z", to: "b/z"}
		for _, h := range whole.Hunks {
			hw.add(h)
		}
		hw.flush()
		hw.w.Flush()
		for maxEdits := 1; maxEdits <= 3; maxEdits++ {
			var got bytes.Buffer
			if err := writeChunked(&got, "a/z", "b/z", c, maxEdits); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("case %d, chunks of %d edits:\nold %q\nedits %+v\ngot:\n%s\nwant:\n%s", n, maxEdits, old, c.Edits, got.String(), want.String())
			}
		}
		text := oldText{starts: zone.LineStarts(old), size: len(old)}
		for _, g := range groups(text.starts, c.Edits) {
			cuts += len(chunks(text, g, 1)) - 1
		}
	}
	if cuts < 1000 {
		t.Fatalf("only %d cuts between chunks: the test does not reach them", cuts)
	}
}

// TestChunksCutDenseEdits: an insertion after each line of a long run (an
// AAAA after each of many A records in a row) is one group, and its
// chunks hold at most maxChunkEdits edits each, so go-udiff never counts
// the lines of the whole run for each edit.
func TestChunksCutDenseEdits(t *testing.T) {
	old := []byte(strings.Repeat("h A 10.0.0.1\n", 1000))
	var edits []zone.Edit
	for i := 1; i <= 1000; i++ {
		edits = append(edits, zone.Edit{Start: 13 * i, End: 13 * i, New: "h AAAA fd00::1\n"})
	}
	text := oldText{starts: zone.LineStarts(old), size: len(old)}
	gs := groups(text.starts, edits)
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1", len(gs))
	}
	cs := chunks(text, gs[0], maxChunkEdits)
	for _, c := range cs {
		if len(c.edits) > maxChunkEdits {
			t.Fatalf("a chunk of %d edits, want at most %d", len(c.edits), maxChunkEdits)
		}
	}
	if want := (1000 + maxChunkEdits - 1) / maxChunkEdits; len(cs) != want {
		t.Errorf("%d chunks, want %d", len(cs), want)
	}
}

// testChange is the change of a file named file whose bytes were old.
func testChange(file string, old []byte, edits []zone.Edit) zone.Change {
	return zone.Change{File: file, Old: bytes.NewReader(old), Was: zone.FingerprintOf(old), Edits: edits, Lines: zone.LineStarts(old)}
}

// newBytes returns the bytes of c's file after its edits.
func newBytes(t *testing.T, c zone.Change) []byte {
	t.Helper()
	b, err := c.New()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
