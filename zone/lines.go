package zone

import "bytes"

// lineInfo describes one emitted line, and keeps its text and the state
// it was read in until the parser is past it, so that the feed can start
// again after a record miekg/dns cannot read (see recover.go).
type lineInfo struct {
	vline  int
	pos    Pos
	record bool
	// sameOwner: the record has the owner of the one before it (a blank
	// owner in the file, whatever the feeder wrote out for miekg/dns), and
	// goes on its run: compared as written under another $ORIGIN, that
	// owner made a run of its own (FuzzRead)
	sameOwner bool
	long      bool
	text      []byte // the line, with its line end
	// tails: for a record over several physical lines, how many bytes of
	// text before its line end each line after the first starts (counted
	// from the end, which an owner written out before the text leaves as
	// it is); nil for a record on one line
	tails  []int
	origin string
	ttl    ttlState
	part   uint32 // feeder.parts when the line was read
}

// lastPos returns the place of the last line fed, for the empty one after it.
func (f *feeder) lastPos() Pos {
	if n := len(f.lines); n > 0 {
		return f.lines[n-1].pos
	}
	return Pos{File: f.zone.File}
}

// take returns the source line of the next record the parser produced.
func (f *feeder) take() lineInfo {
	for i, li := range f.lines {
		if li.record {
			f.drop(i + 1)
			return li
		}
	}
	return lineInfo{}
}

// settle forgets the directive lines the parser has read before the first
// record line it has not returned yet, but for the last two (an error
// names the line it was read on, and the parser may look a line ahead):
// they were kept until the next record, and a file of $INCLUDEs without
// records (two $ORIGIN lines each) piled them up without end. A record
// line stays until take finds it; recovery replays only the lines after
// one.
func (f *feeder) settle() {
	n := 0
	for n < len(f.lines)-2 && !f.lines[n].record {
		n++
	}
	if n > 0 {
		f.drop(n)
	}
}

// drop forgets the first n pending lines and keeps their buffers.
func (f *feeder) drop(n int) {
	for _, li := range f.lines[:n] {
		f.free = append(f.free, li.text[:0])
	}
	f.lines = f.lines[:copy(f.lines, f.lines[n:])]
}

// lineOf returns the source of virtual line n, the line a parse error names.
func (f *feeder) lineOf(n int) Pos {
	for i := len(f.lines) - 1; i >= 0; i-- {
		if f.lines[i].vline == n {
			return f.lines[i].pos
		}
	}
	if len(f.lines) > 0 {
		return f.lines[len(f.lines)-1].pos
	}
	return Pos{File: f.zone.File}
}

// tokenPos returns the source of the token that ends at column col of
// virtual line n, as miekg/dns counts columns (the bytes read on the line
// up to the token's end, and the blank after it when there is one): the
// physical line of the token in a record over several lines (tails), else
// the line of the record.
func (f *feeder) tokenPos(n, col int) Pos {
	pos := f.lineOf(n)
	for i := len(f.lines) - 1; i >= 0; i-- {
		li := &f.lines[i]
		if li.vline != n {
			continue
		}
		if len(li.tails) == 0 {
			return pos
		}
		text := li.text[:len(li.text)-1]
		last := min(col, len(text)) - 1 // the blank after the token, or its last byte
		if last > 0 && (text[last] == ' ' || text[last] == '\t') {
			last--
		}
		for _, t := range li.tails {
			if len(text)-t <= last {
				pos.Line++
			}
		}
		return pos
	}
	return pos
}

// recordText returns the text of virtual line n, without its line end,
// when it is a record line the parser has not returned yet.
func (f *feeder) recordText(n int) ([]byte, bool) {
	for i := len(f.lines) - 1; i >= 0; i-- {
		if li := f.lines[i]; li.vline == n && li.record {
			return bytes.TrimSuffix(li.text, []byte{'\n'}), true
		}
	}
	return nil, false
}
