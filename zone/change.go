package zone

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/zonegen/zonegen/internal/arena"
)

// Change is an edited file: its bytes before, and the edits that make
// the bytes after (New, NewContent). Old is read through the file's
// descriptor where the file is large (Limits.MaxHeld), until Close.
// Lines is required: the diff and the positions read it.
type Change struct {
	File  string
	Old   Content
	Was   Fingerprint // of Old, as the editor read it: WriteFiles compares the file on disk with it
	Edits []Edit
	Lines []int // where the lines of Old start (LineStarts)
}

// New makes the file's bytes after the edits.
func (c *Change) New() ([]byte, error) { return apply(c.Old, c.Edits) }

// Close closes the descriptor that Old is read through, if it is one
// (Limits.MaxHeld); Old is not to be read after. Windows renames over a
// file only once it is closed.
func (c *Change) Close() error {
	if cl, ok := c.Old.(io.Closer); ok {
		return cl.Close()
	}
	return nil
}

// Unchanged returns ErrChanged, naming the file, when the file read
// through its descriptor (Limits.MaxHeld) no longer has the fingerprint
// the editor read it with: it was rewritten in place since, and what was
// read of it after may be its new bytes. A file held whole is read from
// its copy, and is unchanged.
func (c *Change) Unchanged() error {
	fc, ok := c.Old.(*fileContent)
	if !ok {
		return nil
	}
	if fp, err := fc.fingerprint(); err != nil || fp != c.Was {
		return fmt.Errorf("%s: %w", fc.f.Name(), ErrChanged)
	}
	return nil
}

// OldRanges returns a reader of the bytes [start, end) of the file before
// the edits, for ranges asked in file order, as the diff asks for the
// lines around each run of edits: it reads them through one window of
// 64 KB, not one system call each (10,600 reads of some 500 bytes for the
// diff of a million-record zone). What it returns is valid until its next
// call.
func (c *Change) OldRanges() func(start, end int) ([]byte, error) {
	w := &window{src: c.Old}
	return func(start, end int) ([]byte, error) { return w.bytes(int64(start), int64(end)) }
}

// NewContent returns the file's bytes after the edits to be read without
// making them whole (ReadFileWith).
func (c *Change) NewContent() Content { return newEdited(c.Old, c.Edits) }

// Edit replaces the bytes [Start, End) of the old file with New.
type Edit struct {
	Start, End int
	New        string
}

// Changes returns the edited files in name order, with their bytes before
// and the edits that make the bytes after.
func (ed *Editor) Changes() ([]Change, error) {
	var out []Change
	for _, f := range ed.files {
		if len(f.inserts) == 0 && len(f.named) == 0 && f.serial == nil {
			continue
		}
		edits, err := f.edits()
		if err != nil {
			return nil, err // it names the file
		}
		out = append(out, Change{File: f.path, Old: f.src, Was: f.was, Edits: edits, Lines: f.lines})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out, nil
}

// edits lists the file's edits in order. The places are taken in file
// order, so that the bytes before each are read through one window.
func (f *editFile) edits() ([]Edit, error) {
	places := make([]int64, 0, len(f.inserts)+len(f.named))
	for at := range f.inserts {
		places = append(places, at)
	}
	for at := range f.named {
		if _, ok := f.inserts[at]; !ok {
			places = append(places, at)
		}
	}
	slices.Sort(places)
	out := make([]Edit, 0, len(places)+1)
	var b []byte
	var texts arena.Strings // 100k insertions at 1M records: a few hundred allocations
	for _, at := range places {
		last, eol, err := f.lineEnd(at)
		if err != nil {
			return nil, err
		}
		b = endLine(b[:0], at, last, eol)
		for _, ls := range [2][]string{f.inserts[at], f.named[at]} {
			for _, l := range ls {
				b = append(append(b, l...), eol...)
			}
		}
		out = append(out, Edit{Start: int(at), End: int(at), New: texts.String(b)})
	}
	if r := f.serial; r != nil {
		out = append(out, Edit{Start: int(r.start), End: int(r.end), New: r.text})
		slices.SortFunc(out, func(a, b Edit) int { return cmp.Compare(a.Start, b.Start) })
	}
	return out, nil
}

// apply makes the new bytes from the old and sorted edits.
func apply(old Content, edits []Edit) ([]byte, error) {
	size := old.Size()
	for _, e := range edits {
		size += int64(len(e.New) - (e.End - e.Start))
	}
	b := bytes.NewBuffer(make([]byte, 0, size))
	pos := int64(0)
	for _, e := range edits {
		if _, err := b.ReadFrom(io.NewSectionReader(old, pos, int64(e.Start)-pos)); err != nil {
			return nil, err
		}
		b.WriteString(e.New)
		pos = int64(e.End)
	}
	if _, err := b.ReadFrom(io.NewSectionReader(old, pos, old.Size()-pos)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// endLine ends the last line before offset at, whose last byte is last,
// when it has no line end, before text goes after it. A CR at the very
// end is the first half of a CRLF (the reader takes it so), so it only
// gets the LF: CR CRLF would be a bare CR, which the reader refuses.
func endLine(b []byte, at int64, last byte, eol string) []byte {
	switch {
	case at == 0 || last == '\n':
		return b
	case last == '\r':
		return append(b, '\n')
	}
	return append(b, eol...)
}

// lineEnd returns the byte before offset at (0 at the start of the file)
// and the line end for lines inserted at: that of the line before, so
// that in a file whose line ends differ (a header added on Unix to a CRLF
// file) new lines match the line they follow. A last line without a line
// end takes the line end of the line before it, LF when there is none; a
// CR at the very end is the first half of a cut-off CRLF.
func (f *editFile) lineEnd(at int64) (last byte, eol string, err error) {
	if at == 0 {
		return 0, "\n", nil
	}
	if last, err = f.win.byteAt(at - 1); err != nil || last == '\r' {
		return last, "\r\n", err
	}
	// the last line end before at ends the line before the last line start up to at
	k := sort.SearchInts(f.lines, int(at)+1) - 1
	if nl := int64(f.lines[k]) - 1; nl > 0 {
		c, err := f.win.byteAt(nl - 1)
		if err != nil || c == '\r' {
			return last, "\r\n", err
		}
	}
	return last, "\n", nil
}
