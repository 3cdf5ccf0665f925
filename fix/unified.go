package fix

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/zonegen/zonegen/zone"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// writeUnified writes one file's change as a unified diff. go-udiff makes
// the hunks, but it counts the lines from the start of the text for every
// edit (its own TODO says so): 77 s for the 100k insertions of a
// million-record zone. So it is given, for each group of nearby edits,
// only the lines around them, and the hunks it makes are moved to their
// place in the file: the same diff, in time linear in the file. Each
// group's hunks are written as they are made (writeHunk), not gathered
// into one string of tens of megabytes.
func writeUnified(w io.Writer, from, to string, c zone.Change) error {
	starts := c.Lines
	if starts == nil {
		starts = zone.LineStarts(c.Old)
	}
	if n := len(starts); n > 1 && starts[n-1] == len(c.Old) {
		starts = starts[:n-1] // no line starts after the last line end
	}
	bw := bufio.NewWriter(w)
	wrote := false
	delta := 0 // new line numbers minus old ones, before the group
	for _, g := range groups(c.Old, starts, c.Edits) {
		first := max(0, g.firstLine-context)
		last := min(len(starts), g.lastLine+context+1)
		lo, hi := starts[first], offset(c.Old, starts, last)
		edits := make([]udiff.Edit, len(g.edits))
		for i, e := range g.edits {
			edits[i] = udiff.Edit{Start: e.Start - lo, End: e.End - lo, New: e.New}
		}
		part, err := udiff.ToUnifiedDiff(from, to, string(c.Old[lo:hi]), edits, context)
		if err != nil {
			return err
		}
		for _, h := range part.Hunks {
			// go-udiff's ToLine of a second hunk forgets the lines added
			// before it; the new line is the old one moved by what came before
			h.FromLine += first
			h.ToLine = h.FromLine + delta
			delta += growth(h)
			if !wrote { // the header once, before the first hunk
				bw.WriteString("--- " + from + "\n+++ " + to + "\n")
				wrote = true
			}
			writeHunk(bw, h)
		}
	}
	return bw.Flush()
}

// writeHunk writes a hunk as go-udiff's UnifiedDiff.String does, without
// its fmt.Fprintf a line into a strings.Builder: the 100k insertions of a
// million-record zone made 36 MB of garbage that way. TestWriteHunk holds
// the two to the same text.
func writeHunk(w *bufio.Writer, h *udiff.Hunk) {
	fromCount, toCount := 0, 0
	for _, l := range h.Lines {
		if l.Kind != udiff.Insert {
			fromCount++
		}
		if l.Kind != udiff.Delete {
			toCount++
		}
	}
	b := hunkRange(append(w.AvailableBuffer(), "@@ -"...), h.FromLine, fromCount)
	b = hunkRange(append(b, " +"...), h.ToLine, toCount)
	w.Write(append(b, " @@\n"...)) // the writer's own room, unless the header is longer
	for _, l := range h.Lines {
		switch l.Kind {
		case udiff.Delete:
			w.WriteByte('-')
		case udiff.Insert:
			w.WriteByte('+')
		default:
			w.WriteByte(' ')
		}
		w.WriteString(l.Content)
		if !strings.HasSuffix(l.Content, "\n") {
			w.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange appends a hunk's start line and count as unified diffs write
// them: "12,3", "12" for one line, and "0,0" for none at the top (GNU
// diff's way of adding to an empty file).
func hunkRange(b []byte, start, count int) []byte {
	switch {
	case count > 1:
		return strconv.AppendInt(append(strconv.AppendInt(b, int64(start), 10), ','), int64(count), 10)
	case start == 1 && count == 0:
		return append(b, "0,0"...)
	default:
		return strconv.AppendInt(b, int64(start), 10)
	}
}

// group is a run of edits close enough to share a hunk.
type group struct {
	edits               []zone.Edit
	firstLine, lastLine int // 0-based lines of the first and last edit
}

// groups splits sorted edits where more than two contexts of unchanged
// lines lie between them: there go-udiff would start a new hunk anyway.
func groups(old []byte, starts []int, edits []zone.Edit) []group {
	var out []group
	for _, e := range edits {
		line := sort.SearchInts(starts, e.Start+1) - 1
		end := max(line, sort.SearchInts(starts, e.End)-1)
		if n := len(out); n > 0 && line-out[n-1].lastLine <= 2*context+1 {
			out[n-1].edits = append(out[n-1].edits, e)
			out[n-1].lastLine = max(out[n-1].lastLine, end)
			continue
		}
		out = append(out, group{edits: []zone.Edit{e}, firstLine: line, lastLine: end})
	}
	return out
}

// growth returns the lines a hunk adds, less those it takes away.
func growth(h *udiff.Hunk) int {
	n := 0
	for _, l := range h.Lines {
		switch l.Kind {
		case udiff.Insert:
			n++
		case udiff.Delete:
			n--
		}
	}
	return n
}

// offset returns the offset where line n starts, or the end of the text.
func offset(text []byte, starts []int, n int) int {
	if n < len(starts) {
		return starts[n]
	}
	return len(text)
}
