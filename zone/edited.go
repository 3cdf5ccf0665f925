package zone

import (
	"io"
	"sort"
)

// edited is the text of a file after edits, read from the old bytes and
// the edits' texts: fix checks a 55 MB file with 100k insertions without
// a second copy of it.
type edited struct {
	old   Content
	edits []Edit  // sorted, not overlapping
	at    []int64 // where each edit's text starts in the new text
	size  int64
}

func newEdited(old Content, edits []Edit) *edited {
	e := &edited{old: old, edits: edits, at: make([]int64, len(edits)), size: old.Size()}
	shift := int64(0)
	for i, ed := range edits {
		e.at[i] = int64(ed.Start) + shift
		shift += int64(len(ed.New) - (ed.End - ed.Start))
	}
	e.size += shift
	return e
}

func (e *edited) Size() int64 { return e.size }

// ReadAt reads the new text at off: an edit's text, or the old bytes
// between two edits, for each part p spans.
func (e *edited) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, io.ErrUnexpectedEOF
	}
	n := 0
	for n < len(p) && off < e.size {
		// the last edit whose text starts at or before off
		i := sort.Search(len(e.at), func(i int) bool { return e.at[i] > off }) - 1
		var c int
		if i >= 0 && off < e.at[i]+int64(len(e.edits[i].New)) {
			c = copy(p[n:], e.edits[i].New[off-e.at[i]:])
		} else {
			from, to := off, e.old.Size() // old bytes before the first edit
			if i >= 0 {
				from = int64(e.edits[i].End) + off - e.at[i] - int64(len(e.edits[i].New))
			}
			if i+1 < len(e.edits) {
				to = int64(e.edits[i+1].Start)
			}
			want := min(len(p), n+int(to-from)) - n
			if err := readFull(e.old, p[n:n+want], from); err != nil {
				return n, err
			}
			c = want
		}
		n += c
		off += int64(c)
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
