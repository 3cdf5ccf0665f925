package fix

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// lineEdit replaces the old lines [from, to) (0-based) with lines.
type lineEdit struct {
	from, to int
	lines    []string // each with its line end, but for a last line without one
}

// writeUnified writes one file's change as a unified diff, in a single
// pass over the old text. (go-udiff, used before, recounts the lines from
// the start of the file for every edit: 77 s for the 100k insertions of a
// million-record zone.)
func writeUnified(w io.Writer, from, to string, c zone.Change) error {
	old := splitLines(c.Old)
	edits := toLineEdits(c.Old, c.Edits)
	if len(edits) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", from, to)
	delta := 0 // new line numbers minus old ones, before the hunk
	for i := 0; i < len(edits); {
		j := i + 1
		for j < len(edits) && edits[j].from-edits[j-1].to <= 2*context {
			j++
		}
		delta = writeHunk(&b, old, edits[i:j], delta)
		i = j
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeHunk writes the edits of one hunk with their context and returns
// the line delta after it.
func writeHunk(b *strings.Builder, old []string, edits []lineEdit, delta int) int {
	start := max(0, edits[0].from-context)
	end := min(len(old), edits[len(edits)-1].to+context)
	var body strings.Builder
	oldN, newN := 0, 0
	at := start
	for _, e := range edits {
		oldN += writeLines(&body, ' ', old[at:e.from])
		newN += e.from - at
		oldN += writeLines(&body, '-', old[e.from:e.to])
		newN += writeLines(&body, '+', e.lines)
		at = e.to
	}
	n := writeLines(&body, ' ', old[at:end])
	oldN, newN = oldN+n, newN+n
	fmt.Fprintf(b, "@@ -%s +%s @@\n", hunkRange(start, oldN), hunkRange(start+delta, newN))
	b.WriteString(body.String())
	return delta + newN - oldN
}

// hunkRange writes a hunk's start and count as GNU diff does.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// writeLines writes lines with a prefix and returns how many there were.
func writeLines(b *strings.Builder, prefix byte, lines []string) int {
	for _, l := range lines {
		b.WriteByte(prefix)
		b.WriteString(l)
		if !strings.HasSuffix(l, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
	return len(lines)
}

// splitLines splits text after each line end; a last line without one is
// kept as it is.
func splitLines(text []byte) []string {
	var out []string
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n') + 1
		if i == 0 {
			i = len(text)
		}
		out = append(out, string(text[:i]))
		text = text[i:]
	}
	return out
}

// toLineEdits turns byte edits (sorted, not overlapping) into edits of
// whole lines: an insertion at the start of a line stays an insertion;
// any other edit replaces the lines it touches (edits that touch the same
// line are taken together).
func toLineEdits(old []byte, edits []zone.Edit) []lineEdit {
	starts := lineStarts(old)
	var out []lineEdit
	for i := 0; i < len(edits); {
		from, end := expand(old, edits[i])
		j := i + 1
		for ; j < len(edits); j++ {
			f, e := expand(old, edits[j])
			if f >= end && !(f == from && e > f) {
				break
			}
			end = max(end, e)
		}
		text := applyEdits(old[from:end], edits[i:j], from)
		// the number of lines that start before an offset is the index
		// of the line that starts there, or of the line after the end
		out = append(out, lineEdit{from: sort.SearchInts(starts, from), to: sort.SearchInts(starts, end), lines: splitLines([]byte(text))})
		i = j
	}
	return out
}

// expand returns the byte range of whole lines an edit changes: empty for
// an insertion at the start of a line, else from the start of its first
// line to the end of its last.
func expand(old []byte, e zone.Edit) (int, int) {
	from := bytes.LastIndexByte(old[:e.Start], '\n') + 1
	if from == e.Start && e.End == e.Start {
		return e.Start, e.Start
	}
	last := max(e.End-1, e.Start)
	if last >= len(old) {
		return from, len(old)
	}
	if i := bytes.IndexByte(old[last:], '\n'); i >= 0 {
		return from, last + i + 1
	}
	return from, len(old)
}

// applyEdits applies edits to the part of old that starts at offset base.
func applyEdits(part []byte, edits []zone.Edit, base int) string {
	var b strings.Builder
	at := 0
	for _, e := range edits {
		b.Write(part[at : e.Start-base])
		b.WriteString(e.New)
		at = e.End - base
	}
	b.Write(part[at:])
	return b.String()
}

// lineStarts returns the offset of the start of every line.
func lineStarts(text []byte) []int {
	starts := []int{0}
	for i, c := range text {
		if c == '\n' && i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	return starts
}
