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
// million-record zone. So it is given, for each chunk of nearby edits,
// only the lines around them, and the hunks it makes are moved to their
// place in the file: the same diff, in time linear in the file. Each
// hunk is written as soon as the next one is known not to join it, not
// gathered into one string of tens of megabytes.
func writeUnified(w io.Writer, from, to string, c zone.Change) error {
	return writeChunked(w, from, to, c, maxChunkEdits)
}

// writeChunked is writeUnified with chunks of at most maxEdits edits.
func writeChunked(w io.Writer, from, to string, c zone.Change, maxEdits int) error {
	old := oldText{starts: c.Lines, size: int(c.Old.Size())}
	if n := len(old.starts); n > 1 && old.starts[n-1] == old.size {
		old.starts, old.finalEOL = old.starts[:n-1], true // no line starts after the last line end
	}
	hw := &hunkWriter{w: bufio.NewWriter(w), from: from, to: to}
	oldBytes := c.OldRanges()
	for _, g := range groups(old.starts, c.Edits) {
		for _, ch := range chunks(old, g, maxEdits) {
			lo, hi := old.offset(ch.first), old.offset(ch.last)
			edits := make([]udiff.Edit, len(ch.edits))
			for i, e := range ch.edits {
				edits[i] = udiff.Edit{Start: e.Start - lo, End: e.End - lo, New: e.New}
			}
			text, err := oldBytes(lo, hi)
			if err != nil {
				return err // it names the file
			}
			part, err := udiff.ToUnifiedDiff(from, to, string(text), edits, context)
			if err != nil {
				return err
			}
			for _, h := range part.Hunks {
				h.FromLine += ch.first
				hw.add(h)
			}
		}
	}
	hw.flush()
	return hw.w.Flush()
}

// hunkWriter writes hunks in order, joining a hunk to the one before when
// it starts at the line where that one ends: the two halves of a hunk
// that a cut between chunks split.
type hunkWriter struct {
	w          *bufio.Writer
	from, to   string
	pending    *udiff.Hunk // the last hunk, not written yet
	pendingEnd int         // the old line after pending's last: a joined hunk's lines are not counted again
	wrote      bool        // the header is written
	delta      int         // new line numbers minus old ones, before pending
}

func (hw *hunkWriter) add(h *udiff.Hunk) {
	if p := hw.pending; p != nil && hw.pendingEnd == h.FromLine {
		p.Lines = append(p.Lines, h.Lines...)
		hw.pendingEnd += oldLines(h)
		return
	}
	hw.flush()
	hw.pending, hw.pendingEnd = h, h.FromLine+oldLines(h)
}

// flush writes the pending hunk. go-udiff's ToLine of a second hunk
// forgets the lines added before it: the new line is the old one moved by
// what came before.
func (hw *hunkWriter) flush() {
	h := hw.pending
	if h == nil {
		return
	}
	h.ToLine = h.FromLine + hw.delta
	hw.delta += growth(h)
	if !hw.wrote { // the header once, before the first hunk
		hw.w.WriteString("--- " + hw.from + "\n+++ " + hw.to + "\n")
		hw.wrote = true
	}
	writeHunk(hw.w, h)
	hw.pending = nil
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
func groups(starts []int, edits []zone.Edit) []group {
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

// maxChunkEdits is the most edits of one chunk, that go-udiff counts the
// lines of its text for: a long run of edits a few lines apart, such as an
// AAAA after each of 80k A records in a row, is one group.
const maxChunkEdits = 64

// chunk is a part of a group's edits and the lines given to go-udiff with
// them, [first, last).
type chunk struct {
	edits       []zone.Edit
	first, last int
}

// chunks cuts a group into chunks of at most maxEdits edits where it can:
// between two edits on different lines. The cut goes halfway, so that
// each side keeps at most context lines up to it when the edits are close
// enough for one hunk (the halves join again, see hunkWriter), and
// context lines each when they are not: the hunks are those of the whole
// group. The cut rounds up, so that no edit ends a chunk's text: go-udiff
// would take it for an insertion at the end of the file, which it reads
// another way.
func chunks(old oldText, g group, maxEdits int) []chunk {
	starts := old.starts
	first, last := max(0, g.firstLine-context), min(len(starts), g.lastLine+context+1)
	var out []chunk
	from := 0
	for i := 1; i < len(g.edits); i++ {
		if i-from < maxEdits {
			continue
		}
		after := sort.SearchInts(starts, g.edits[i-1].End) // the first line after the edit before
		before := old.lineAt(g.edits[i].Start)             // the line the next edit starts on
		if before <= after {
			continue
		}
		cut := after + (before-after+1)/2
		out = append(out, chunk{edits: g.edits[from:i], first: first, last: cut})
		from, first = i, cut
	}
	return append(out, chunk{edits: g.edits[from:], first: first, last: last})
}

// oldText is where the lines of a file before its edits start, without a
// start at its end after a last line end, which finalEOL notes.
type oldText struct {
	starts   []int
	size     int
	finalEOL bool
}

// lineAt returns the line that offset i lies on, 0-based, the end of a
// text that ends with a line end being a line of its own.
func (old oldText) lineAt(i int) int {
	n := sort.SearchInts(old.starts, i)
	if n < len(old.starts) && old.starts[n] == i || n == len(old.starts) && (i == 0 || i == old.size && old.finalEOL) {
		return n
	}
	return n - 1
}

// oldLines returns the lines of the old text a hunk covers.
func oldLines(h *udiff.Hunk) int {
	n := 0
	for _, l := range h.Lines {
		if l.Kind != udiff.Insert {
			n++
		}
	}
	return n
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
func (old oldText) offset(n int) int {
	if n < len(old.starts) {
		return old.starts[n]
	}
	return old.size
}
