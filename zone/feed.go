package zone

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

// feeder turns a master file and the files it includes into the stream
// that miekg/dns's ZoneParser reads: one record per line, directives that
// only set the origin or TTL, $INCLUDE and $GENERATE already resolved. It
// remembers where each line came from, so that every record and every
// parse error gets the file and line of its source.
type feeder struct {
	fsys   fs.FS
	opt    reading
	zone   *Zone
	stack  []*source
	origin string
	ttl    ttlState

	buf       []byte // the line being read by the parser
	off       int
	gen       *generator
	genPos    Pos
	lines     []lineInfo // emitted lines not yet matched with a record
	vline     int        // lines emitted so far
	err       error      // io.EOF at the end, or what stopped the feed
	free      [][]byte   // text buffers of lines the parser is done with
	replay    []lineInfo // lines to feed again after a recovery
	generated int        // records the $GENERATE directives make
	ended     bool       // the last, empty line has been fed
	// restartOwner is the owner a blank owner stands for right after a
	// recovery, when the new parser does not know it yet.
	restartOwner string

	last    *lastState // the last record read, by either reader
	fast    fastState  // the fast reader's state (fast.go)
	counted int        // records told to Options.Progress
	handed  int        // records handed to Options.each
	file    *string    // the file name the last record shares (fileName)

	includes int             // $INCLUDEs opened, for Limits.MaxIncludes
	included map[string]bool // the files in zone.Includes
	// parts counts the starts and ends of $INCLUDEd files passed: each
	// ends BIND's run of records of one owner (markRuns), even when the
	// file holds no record.
	parts uint32
	run   ownerRun // the run of records of one owner under way
	// ownerText is the owner of the last record with one of its own, as
	// written (with its escapes and letter case), which a blank owner
	// stands for where a line goes to miekg/dns written out; run.owner is
	// only what runs compare (test 19e F1: a\032b written from it was a b)
	ownerText []byte
}

// fileName returns the file name for a record's position, one string for
// all the records of a file.
func (f *feeder) fileName(name string) *string {
	if f.file == nil || *f.file != name {
		f.file = new(string) // not &name, which would move every call's name to the heap
		*f.file = name
	}
	return f.file
}

// source is one open file on the include stack.
type source struct {
	sc         *scanner
	close      func() error
	path       string // path in the file system, for loop detection
	file       string // path as printed
	origin     string // origin to restore when this file ends
	hasOwner   bool   // a record with an owner has been read
	lastOwner  []byte // the last owner written in this file
	lastOrigin string // the origin in force when it was written
	resume     string // absolute owner that a blank owner takes after an $INCLUDE
}

type ttlState struct {
	known       bool // a $TTL or a record with a TTL was seen
	byDirective bool
	value       uint32 // the $TTL, or the SOA minimum that stands for it, when byDirective
	last        uint32 // the last TTL written, on a record or a $GENERATE
}

// inForce returns the TTL BIND gives a record or a $GENERATE without one
// (lctx->ttl in dns_master_load): the $TTL, or the SOA minimum standing
// for it, when there is one, else the last TTL written (RFC 1035 §5.1).
func (s ttlState) inForce() uint32 {
	if s.byDirective {
		return s.value
	}
	return s.last
}

// lineInfo describes one emitted line, and keeps its text and the state
// it was read in until the parser is past it, so that the feed can start
// again after a record miekg/dns cannot read (see recover.go).
type lineInfo struct {
	vline  int
	pos    Pos
	record bool
	long   bool
	text   []byte // the line, with its line end
	// tails: for a record over several physical lines, how many bytes of
	// text before its line end each line after the first starts (counted
	// from the end, which an owner written out before the text leaves as
	// it is); nil for a record on one line
	tails  []int
	origin string
	ttl    ttlState
	part   uint32 // feeder.parts when the line was read
}

// ReadByte feeds the parser. It is the parser's only input.
func (f *feeder) ReadByte() (byte, error) {
	for f.off >= len(f.buf) {
		if f.err != nil {
			return 0, f.err
		}
		f.buf, f.off = f.buf[:0], 0
		if len(f.replay) > 0 {
			f.replayLine()
			continue
		}
		if err := f.fill(); err != nil {
			f.err, f.buf = err, f.buf[:0] // never half a line
		}
	}
	b := f.buf[f.off]
	f.off++
	return b, nil
}

// Read is there for io.Reader; the parser uses ReadByte.
func (f *feeder) Read(p []byte) (int, error) {
	for i := range p {
		b, err := f.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = b
	}
	return len(p), nil
}

// fill puts the next line into f.buf.
func (f *feeder) fill() error {
	for len(f.stack) > 0 {
		if f.gen != nil { // a $GENERATE under way
			return f.fillGenerated()
		}
		src := f.stack[len(f.stack)-1]
		e, err := src.sc.next()
		if err == io.EOF {
			f.pop()
			if len(f.stack) > 0 {
				f.parts++ // an included file's end
				f.emitDirective("$ORIGIN "+f.origin, Pos{})
				return nil
			}
			continue
		}
		if err != nil {
			return err
		}
		pos := Pos{File: src.file, Line: e.line}
		if e.glued {
			f.diverge(pos, "a token split by a parenthesis, or by a line end inside parentheses: BIND reads two tokens, miekg/dns one")
		}
		if e.parenBlank {
			f.diverge(pos, `an entry that starts with "(" and a blank: BIND takes its first token for the owner, miekg/dns takes the owner of the record before`)
		}
		for _, s := range e.ignores { // a record's, or a $GENERATE's for the records it makes
			f.suppress(pos, s)
		}
		if e.directive() {
			if err := f.directive(src, e, pos); err != nil {
				return errorAt(pos, err)
			}
		} else if err := f.record(src, e, pos); err != nil {
			return entryError(e, pos, err)
		}
		if len(f.buf) > 0 {
			return nil
		}
	}
	if !f.ended {
		// One empty line more: at the very end of its input miekg/dns
		// takes a record without its data ("a IN NS") for a whole one,
		// where with more lines to come it says the data is missing.
		f.ended = true
		return f.emit(lineInfo{pos: f.lastPos()})
	}
	return io.EOF
}

func (f *feeder) fillGenerated() error {
	var more bool
	var err error
	f.buf, more, err = f.gen.next(f.buf)
	if err != nil {
		return errorAt(f.genPos, err)
	}
	if !more {
		f.gen = nil
		return f.fill()
	}
	if f.fastRecord(f.genPos) {
		f.buf = f.buf[:0]
		return nil
	}
	f.selfContained()
	return f.emit(lineInfo{pos: f.genPos, record: true})
}

// emit ends the line in f.buf and remembers where it came from.
func (f *feeder) emit(li lineInfo) error {
	f.settle()
	f.buf = append(f.buf, '\n')
	f.vline++
	li.vline, li.origin, li.ttl, li.part = f.vline, f.origin, f.ttl, f.parts
	var text []byte
	if n := len(f.free); n > 0 {
		text, f.free = f.free[n-1], f.free[:n-1]
	}
	li.text = append(text, f.buf...)
	f.lines = append(f.lines, li)
	if li.record {
		// An empty line after each record: miekg/dns reads the MX and SRV
		// fields with a missing one from the next line ("a SRV 0 0 0" then
		// "b ..."), where BIND, and miekg/dns at the end of a segment,
		// say the record is cut short.
		f.buf = append(f.buf, '\n')
		f.vline++
	}
	return nil
}

func (f *feeder) emitDirective(text string, pos Pos) {
	f.buf = append(f.buf[:0], text...)
	f.emit(lineInfo{pos: pos})
}

// record emits a record entry.
func (f *feeder) record(src *source, e *entry, pos Pos) error {
	if e.blankOwner() {
		if f.restartOwner != "" {
			f.buf = append(f.buf, f.restartOwner...)
		} else if src.resume != "" {
			f.buf = append(f.buf, src.resume...)
		} else if !src.hasOwner {
			return errors.New("no current owner name")
		}
	} else {
		note, err := quotedOwner(e)
		if err != nil {
			return err
		}
		if note != "" {
			f.diverge(pos, note)
		}
		end := tokenEnd(e.text, 0)
		src.lastOwner = append(src.lastOwner[:0], e.text[:end]...)
		src.lastOrigin, src.hasOwner = f.origin, true
	}
	src.resume, f.restartOwner = "", ""
	written, err := bindTTLs(e)
	if err != nil {
		return err
	}
	if written.ok {
		f.ttl.last = written.value
	}
	at := len(f.buf)
	if !f.ttl.known {
		if err := f.firstTTL(src, e, pos); err != nil {
			return err
		}
	} else {
		f.buf = append(f.buf, e.text...)
	}
	if big := written.big; big.end > 0 {
		f.keepRecordTTL(at+big.start, at+big.end, pos)
	}
	if f.fastRecord(pos) {
		f.buf = f.buf[:0]
		return nil
	}
	f.selfContained()
	return f.emit(lineInfo{pos: pos, record: true, long: e.long, tails: e.tails()})
}

// keepTTL returns the TTL v as BIND keeps it (bindTTL), and notes a TTL
// that BIND changes as a bind-divergence, what naming it.
func (f *feeder) keepTTL(v uint32, what string, pos Pos) uint32 {
	kept, changed := bindTTL(v)
	if changed {
		f.diverge(pos, bigTTLNote(what, uint64(v)))
	}
	return kept
}

// keepRecordTTL writes the record's TTL at f.buf[start:end] as BIND keeps
// it, for miekg/dns to read.
func (f *feeder) keepRecordTTL(start, end int, pos Pos) {
	v, _ := ParseTTL(string(f.buf[start:end]))
	kept := strconv.AppendUint(nil, uint64(f.keepTTL(v, "TTL", pos)), 10)
	f.buf = append(f.buf[:start], append(kept, f.buf[end:]...)...)
}

// firstTTL handles the records read before any TTL is known, as BIND's
// dns_master_load does. A TTL written first is the last TTL of RFC 1035
// semantics for the records after it, as in BIND and miekg/dns; an SOA
// without a TTL makes the SOA minimum the default TTL (soaMinimum); any
// other record without a TTL is refused (noTTL). A record with no type
// BIND knows after its class, or an SOA short of its fields, is left to
// the parser to refuse, as BIND refuses the type or the data before it
// looks at the TTL.
func (f *feeder) firstTTL(src *source, e *entry, pos Pos) error {
	tok := fields(e.text, 0)
	if e.blankOwner() {
		tok = append([]string{""}, tok...)
	}
	for i := 1; i < len(tok) && i <= 2; i++ {
		switch {
		case isTTL(tok[i]):
			f.ttl.known = true
		case isClass(tok[i]):
			continue
		case strings.EqualFold(tok[i], "SOA"):
			if len(tok) >= i+8 {
				return f.soaMinimum(e, tok, i, pos)
			}
		case isTypeWord(tok[i]):
			return f.noTTL(src, e)
		}
		break // a TTL, an SOA short of its fields, or no type BIND knows
	}
	f.buf = append(f.buf, e.text...)
	return nil
}

// noTTL reads a record other than an SOA without a TTL, before any $TTL,
// SOA or record with a TTL. BIND refuses the zone ("no TTL specified; zone
// rejected"), where miekg/dns reads the record when a class comes after
// the owner, with a TTL of its own choosing. BIND drops a record out of
// the zone before it looks at the TTL, so such a record is read, with a
// TTL of 0 written in for miekg/dns (which refuses it without a class):
// the reader drops it too, and later records without a TTL are still
// refused.
func (f *feeder) noTTL(src *source, e *entry) error {
	owner := src.owner() // this record's, or the one a blank owner stands for
	if len(f.buf) > 0 {
		owner = string(f.buf) // a blank owner after an $INCLUDE or a recovery
	}
	if owner == "" || !f.droppedByBIND(canonical(owner)) {
		return errors.New("no TTL specified; zone rejected (BIND): the record has no TTL, and no $TTL, SOA or record with a TTL comes before it")
	}
	end := 0
	if !e.blankOwner() {
		end = tokenEnd(e.text, 0)
	}
	f.buf = append(f.buf, e.text[:end]...)
	f.buf = append(f.buf, " 0"...)
	f.buf = append(f.buf, e.text[end:]...)
	return nil
}

// droppedByBIND reports whether BIND drops a record of owner as out-of-zone
// data: one outside the apex, or, when the apex is not known (a file
// without $ORIGIN whose SOA is "@", read without --origin), outside the
// origin the file is read with, which stands for the zone name given to
// BIND.
func (f *feeder) droppedByBIND(owner string) bool {
	if f.opt.apex != "" {
		return f.opt.outOfZone(owner)
	}
	return f.zone.Origin != "" && !InZone(owner, f.zone.Origin)
}

// soaMinimum reads an SOA without a TTL before any TTL as BIND does ("no
// TTL specified; using SOA MINTTL instead"): the SOA minimum is its TTL and
// the default TTL of every later record without one, as a $TTL would be;
// a record with a TTL does not change it. miekg/dns gives the SOA 0 and
// the records after it the last TTL written, so the minimum goes to both
// readers as a $TTL line, and the SOA gets it written out.
func (f *feeder) soaMinimum(e *entry, tok []string, typeAt int, pos Pos) error {
	min, err := ParseTTL(tok[typeAt+7])
	if err != nil {
		f.buf = append(f.buf, e.text...)
		return nil
	}
	f.diverge(pos, fmt.Sprintf("SOA without TTL and no $TTL: BIND makes the SOA minimum (%d) its TTL and the default TTL of the records after it; miekg/dns gives the SOA 0 and each later record the last TTL written", min))
	min = f.keepTTL(min, "SOA minimum", pos)
	f.ttl = ttlState{known: true, byDirective: true, value: min}
	prefix := string(f.buf) // the owner a blank owner stands for
	f.emitDirective("$TTL "+strconv.FormatUint(uint64(min), 10), pos)
	f.buf = append(f.buf, prefix...)
	owner := e.text[:tokenEnd(e.text, 0)]
	f.buf = append(f.buf, owner...)
	f.buf = append(f.buf, ' ')
	f.buf = strconv.AppendUint(f.buf, uint64(min), 10)
	f.buf = append(f.buf, e.text[len(owner):]...)
	return nil
}

func (f *feeder) diverge(pos Pos, msg string) {
	f.zone.Divergences = append(f.zone.Divergences, Divergence{Pos: pos, Message: msg})
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
