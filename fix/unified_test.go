package fix

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestUnifiedApplies makes random edits of the kinds fix makes (lines
// inserted after a line, digits replaced inside a line, text appended to a
// last line without a line end) to random texts, writes the unified diff
// and applies it with patch -p1: the result must be the edited text.
func TestUnifiedApplies(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch program")
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		old := randomText(rng)
		edits := randomEdits(rng, old)
		c := zone.Change{File: "z", Old: old, Edits: edits}
		c.New = []byte(applyEdits(old, edits, 0))
		var diff bytes.Buffer
		if err := writeUnified(&diff, "a/z", "b/z", c); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "z"), old, 0o644)
		cmd := exec.Command("patch", "-p1", "--quiet", "--no-backup-if-mismatch")
		cmd.Dir, cmd.Stdin = dir, &diff
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("case %d: patch: %v\n%s\nold:\n%q\ndiff:\n%s", n, err, out, old, diff.String())
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "z")); !bytes.Equal(got, c.New) {
			t.Fatalf("case %d: patched text differs\nold %q\nwant %q\ngot  %q\ndiff:\n%s", n, old, c.New, got, diff.String())
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
