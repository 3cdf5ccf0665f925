package zone

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
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
	opt    Options
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
	// restartOwner is the owner a blank owner stands for right after a
	// recovery, when the new parser does not know it yet.
	restartOwner string
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
	value       uint32
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
	origin string
	ttl    ttlState
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
	if f.gen != nil {
		return f.fillGenerated()
	}
	for len(f.stack) > 0 {
		src := f.stack[len(f.stack)-1]
		e, err := src.sc.next()
		if err == io.EOF {
			f.pop()
			if len(f.stack) > 0 {
				f.emitDirective("$ORIGIN "+f.origin, Pos{})
				return nil
			}
			continue
		}
		if err != nil {
			return err
		}
		pos := Pos{File: src.file, Line: e.line}
		if e.directive() {
			if err := f.directive(src, e, pos); err != nil {
				return errorAt(pos, err)
			}
		} else if err := f.record(src, e, pos); err != nil {
			return errorAt(pos, err)
		}
		if len(f.buf) > 0 {
			return nil
		}
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
	return f.emit(lineInfo{pos: f.genPos, record: true})
}

// emit ends the line in f.buf and remembers where it came from.
func (f *feeder) emit(li lineInfo) error {
	f.buf = append(f.buf, '\n')
	f.vline++
	li.vline, li.origin, li.ttl = f.vline, f.origin, f.ttl
	var text []byte
	if n := len(f.free); n > 0 {
		text, f.free = f.free[n-1], f.free[:n-1]
	}
	li.text = append(text, f.buf...)
	f.lines = append(f.lines, li)
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
		end := tokenEnd(e.text, 0)
		src.lastOwner = append(src.lastOwner[:0], e.text[:end]...)
		src.lastOrigin, src.hasOwner = f.origin, true
	}
	src.resume, f.restartOwner = "", ""
	for _, s := range e.ignores {
		f.suppress(pos, s)
	}
	if !f.ttl.known {
		if err := f.firstTTL(e, pos); err != nil {
			return err
		}
	} else {
		f.buf = append(f.buf, e.text...)
	}
	return f.emit(lineInfo{pos: pos, record: true, long: e.long})
}

// firstTTL handles the records read before any TTL is known. BIND gives an
// SOA without a TTL the SOA minimum (RFC 1035 semantics); miekg/dns would
// reject it, so the minimum is written into the line.
func (f *feeder) firstTTL(e *entry, pos Pos) error {
	tok := fields(e.text, 0)
	if e.blankOwner() {
		tok = append([]string{""}, tok...)
	}
	for i := 1; i < len(tok) && i <= 2; i++ {
		if isTTL(tok[i]) {
			f.ttl.known = true
			f.buf = append(f.buf, e.text...)
			return nil
		}
		if !isClass(tok[i]) {
			if strings.EqualFold(tok[i], "SOA") && len(tok) >= i+8 {
				return f.soaMinimum(e, tok, i, pos)
			}
			break
		}
	}
	f.buf = append(f.buf, e.text...)
	return nil
}

func (f *feeder) soaMinimum(e *entry, tok []string, typeAt int, pos Pos) error {
	min, err := parseTTL(tok[typeAt+7])
	if err != nil {
		f.buf = append(f.buf, e.text...)
		return nil
	}
	f.ttl = ttlState{known: true, value: min}
	owner := e.text[:tokenEnd(e.text, 0)]
	f.buf = append(f.buf, owner...)
	f.buf = append(f.buf, ' ')
	f.buf = strconv.AppendUint(f.buf, uint64(min), 10)
	f.buf = append(f.buf, e.text[len(owner):]...)
	f.diverge(pos, fmt.Sprintf("SOA without TTL and no $TTL: BIND gives it the SOA minimum (%d), miekg/dns rejects it", min))
	return nil
}

// suppress records a "zonegen:ignore CHECK reason" comment.
func (f *feeder) suppress(pos Pos, text string) {
	check, reason, _ := strings.Cut(text, " ")
	f.zone.Suppressions = append(f.zone.Suppressions,
		Suppression{Pos: pos, Check: strings.TrimSpace(check), Reason: strings.TrimSpace(reason)})
}

func (f *feeder) diverge(pos Pos, msg string) {
	f.zone.Divergences = append(f.zone.Divergences, Divergence{Pos: pos, Message: msg})
}

// directive handles $ORIGIN, $TTL, $INCLUDE and $GENERATE.
func (f *feeder) directive(src *source, e *entry, pos Pos) error {
	tok := fields(e.text, 2)
	arg := ""
	if len(tok) > 1 {
		arg = tok[1]
	}
	switch kw := strings.ToUpper(tok[0]); kw {
	case "$ORIGIN":
		return f.setOrigin(arg, pos)
	case "$TTL":
		return f.setTTL(arg, pos)
	case "$INCLUDE":
		return f.include(src, arg, pos)
	case "$GENERATE":
		return f.generate(src, arg, pos)
	default:
		return fmt.Errorf("unknown directive %s", tok[0])
	}
}

func (f *feeder) setOrigin(arg string, pos Pos) error {
	name := firstField(arg)
	if name == "" {
		return errors.New("$ORIGIN without a name")
	}
	abs, err := absName(name, f.origin)
	if err != nil {
		return fmt.Errorf("$ORIGIN: %w", err)
	}
	f.origin = canonical(abs)
	f.emitDirective("$ORIGIN "+abs, pos)
	return nil
}

func (f *feeder) setTTL(arg string, pos Pos) error {
	v, err := parseTTL(firstField(arg))
	if err != nil {
		return fmt.Errorf("$TTL: bad TTL %q", firstField(arg))
	}
	f.ttl = ttlState{known: true, byDirective: true, value: v}
	f.emitDirective("$TTL "+strconv.FormatUint(uint64(v), 10), pos)
	return nil
}

func (f *feeder) generate(src *source, arg string, pos Pos) error {
	if !f.ttl.known {
		return errors.New("$GENERATE: no TTL specified")
	}
	g, err := newGenerator(arg, f.opt.Limits.MaxGenerate)
	if err != nil {
		return err
	}
	f.generated += g.count()
	if budget := 16 * f.opt.Limits.MaxGenerate; f.generated > budget {
		return fmt.Errorf("$GENERATE directives would make more than %d records in all (raise --max-generate)", budget)
	}
	if !g.explicitTTL && f.ttl.value != 3600 {
		f.diverge(pos, fmt.Sprintf("$GENERATE without TTL: BIND uses the TTL in force (%d), miekg/dns uses 3600", f.ttl.value))
	}
	if g.nibble {
		f.diverge(pos, "$GENERATE nibble modifier (${offset,width,n}): BIND expands it, miekg/dns rejects it")
	}
	f.gen, f.genPos = g, pos
	src.resume = src.owner() // BIND keeps the owner from before $GENERATE
	return f.fillGenerated()
}

// include opens an $INCLUDEd file inside the include root and pushes it.
func (f *feeder) include(src *source, arg string, pos Pos) error {
	tok := fields([]byte(arg), 0)
	if len(tok) == 0 {
		return errors.New("$INCLUDE without a file name")
	}
	if len(f.stack) > f.opt.Limits.MaxDepth {
		return fmt.Errorf("$INCLUDE nested more than %d deep", f.opt.Limits.MaxDepth)
	}
	origin := f.origin
	if len(tok) > 1 && tok[1][0] != ';' {
		abs, err := absName(tok[1], f.origin)
		if err != nil {
			return fmt.Errorf("$INCLUDE: %w", err)
		}
		origin = canonical(abs)
	}
	name, err := f.resolve(src, unquote(tok[0]))
	if err != nil {
		return err
	}
	src.resume = src.owner() // and BIND restores it after the $INCLUDE
	if err := f.push(name, origin); err != nil {
		return err
	}
	f.emitDirective("$ORIGIN "+origin, pos)
	return nil
}

// resolve finds an included file in the include root: relative to the
// including file's directory, or absolute inside the root.
func (f *feeder) resolve(src *source, name string) (string, error) {
	var p string
	if path.IsAbs(name) {
		rel, ok := f.opt.rootRelative(name)
		if !ok {
			return "", fmt.Errorf("$INCLUDE outside the include root: %s", name)
		}
		p = rel
	} else {
		p = path.Join(path.Dir(src.path), name)
	}
	if !fs.ValidPath(p) {
		return "", fmt.Errorf("$INCLUDE outside the include root: %s", name)
	}
	for _, s := range f.stack {
		if s.path == p {
			return "", fmt.Errorf("$INCLUDE loop: %s includes itself", name)
		}
	}
	return p, nil
}

// push opens a file and makes it the current source.
func (f *feeder) push(p, origin string) error {
	r, err := openRegular(f.fsys, p)
	if err != nil {
		return err
	}
	file := f.opt.display(p)
	src := &source{
		sc:     newScanner(r, file, f.opt.Limits),
		close:  r.Close,
		path:   p,
		file:   file,
		origin: f.origin,
	}
	if len(f.stack) > 0 {
		f.zone.Includes = append(f.zone.Includes, file)
		// BIND lets the included file's first records inherit the owner.
		parent := f.stack[len(f.stack)-1]
		src.hasOwner, src.resume = parent.hasOwner, parent.resume
	}
	f.stack = append(f.stack, src)
	f.origin = origin
	return nil
}

// owner returns the absolute owner that a blank owner stands for, or "".
func (src *source) owner() string {
	if !src.hasOwner {
		return ""
	}
	owner, err := absName(string(src.lastOwner), src.lastOrigin)
	if err != nil {
		return ""
	}
	return owner
}

func (f *feeder) pop() {
	src := f.stack[len(f.stack)-1]
	src.close()
	f.stack = f.stack[:len(f.stack)-1]
	f.origin = src.origin
}

// openRegular opens a regular file; devices, FIFOs and directories are
// refused before they are read.
func openRegular(fsys fs.FS, p string) (fs.File, error) {
	fi, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, cleanPathError(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", p)
	}
	r, err := fsys.Open(p)
	if err != nil {
		return nil, cleanPathError(err)
	}
	return r, nil
}

// cleanPathError drops the operation from a *fs.PathError.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

func firstField(s string) string {
	tok := fields([]byte(s), 0)
	if len(tok) == 0 || tok[0][0] == ';' {
		return ""
	}
	return tok[0]
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
