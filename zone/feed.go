package zone

import (
	"errors"
	"io"
	"io/fs"
)

// feeder turns a master file and the files it includes into records: the
// lines the fast reader takes become records at once (fast.go), the others
// the stream that miekg/dns's ZoneParser reads (parse.go): one record per
// line, directives that only set the origin or TTL, $INCLUDE and $GENERATE
// already resolved. It remembers where each line came from (lines.go), so
// that every record and every parse error gets the file and line of its
// source.
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
	if f.fastRecord(f.genPos, false) {
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

// record emits a record entry: the owner a blank owner stands for written
// out where miekg/dns does not know it, a quoted owner noted, the TTLs
// BIND gives before any is written (firstTTL), then the fast reader's
// record, or the line for miekg/dns.
func (f *feeder) record(src *source, e *entry, pos Pos) error {
	sameOwner := false // the owner of the record before: its run goes on
	if e.blankOwner() {
		switch {
		case f.restartOwner != "":
			f.buf = append(f.buf, f.restartOwner...)
			sameOwner = true
		case src.resume != "": // the owner from before an $INCLUDE or a $GENERATE: compared
			f.buf = append(f.buf, src.resume...)
		case !src.hasOwner:
			return errors.New("no current owner name")
		default:
			sameOwner = true
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
	} else if f.ttl.known && !f.ttl.byDirective && f.last != nil && f.last.any {
		f.noteInherited(pos, f.last.explicit)
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
	if f.fastRecord(pos, sameOwner) {
		f.buf = f.buf[:0]
		return nil
	}
	f.selfContained()
	return f.emit(lineInfo{pos: pos, record: true, sameOwner: sameOwner, long: e.long, tails: e.tails()})
}

func (f *feeder) diverge(pos Pos, msg string) {
	f.zone.Divergences = append(f.zone.Divergences, Divergence{Pos: pos, Message: msg})
}
