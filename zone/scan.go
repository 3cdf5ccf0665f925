package zone

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// entry is one logical line of a master file: a directive or a record. Its
// text is the entry on a single line with comments dropped and parentheses,
// and the line ends inside them, turned into blanks, so that miekg/dns reads
// exactly one record (or one error) from it.
type entry struct {
	line    int   // first physical line, 1-based
	endLine int   // last physical line
	start   int64 // byte offset of the first byte of the entry
	end     int64 // byte offset just past its last line end
	text    []byte
	breaks  []int    // where in text each physical line after the first starts
	ignores []string // text after "zonegen:ignore" in the entry's comments
	long    bool     // a quoted string holds more than 255 bytes
	glued   bool     // miekg/dns reads a token on past where BIND ends it
	// parenBlank: the entry starts with "(" and a blank, which miekg/dns
	// takes for the blank owner of the record before and BIND does not
	parenBlank bool
	unended    bool    // the file ends in its last line, without a line end
	parens     []paren // the parentheses outside quotes, in order
}

// paren is a parenthesis of an entry, which its text has as a blank (or
// not at all, at its start): at is where in the text it stood.
type paren struct {
	at   int
	open bool
}

// openAt reports whether a parenthesis is open where the text has offset
// at, for the one directive that cares ($GENERATE).
func (e *entry) openAt(at int) bool {
	depth := 0
	for _, p := range e.parens {
		if p.at > at {
			break
		}
		if p.open {
			depth++
		} else {
			depth--
		}
	}
	return depth > 0
}

// blankOwner reports whether the entry starts with a blank, so that it
// takes the owner of the record before it.
func (e *entry) blankOwner() bool {
	return len(e.text) > 0 && (e.text[0] == ' ' || e.text[0] == '\t')
}

// lineAt returns the physical line of the byte at offset at of the text:
// a syntax error names the line of its token, not the record's first line.
func (e *entry) lineAt(at int) int {
	line := e.line
	for _, b := range e.breaks {
		if b > at {
			break
		}
		line++
	}
	return line
}

// tails returns the starts of the entry's physical lines after the first
// as counted from the end of its text (lineInfo.tails), or nil for an
// entry on one line: nothing is made for most records.
func (e *entry) tails() []int {
	if len(e.breaks) == 0 {
		return nil
	}
	t := make([]int, len(e.breaks))
	for i, b := range e.breaks {
		t[i] = len(e.text) - b
	}
	return t
}

// directive reports whether the entry is a $ directive.
func (e *entry) directive() bool { return len(e.text) > 0 && e.text[0] == '$' }

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// scanner splits a master file into entries. It knows the lexical rules of
// the format (comments, quotes, escapes, parentheses) and nothing of
// records.
type scanner struct {
	r      *bufio.Reader
	file   string
	limits Limits
	line   int   // physical lines read so far
	off    int64 // bytes read so far
	long   []byte
	e      entry
	err    error
}

// newScanner scans r, whose size (when known, else 0) sizes the buffer:
// a directory of small zones should not cost 64 KiB a file.
func newScanner(r io.Reader, size int64, file string, limits Limits) *scanner {
	buf := 64 << 10
	if size > 0 && size < int64(buf) {
		buf = max(int(size)+1, 512)
	}
	return &scanner{r: bufio.NewReaderSize(r, buf), file: file, limits: limits.withDefaults()}
}

// restart makes the scanner read r, which starts after line lines and
// off bytes of file, keeping its buffers.
func (s *scanner) restart(r io.Reader, file string, line int, off int64) {
	s.r.Reset(r)
	s.file, s.line, s.off, s.err = file, line, off, nil
}

// next returns the next non-empty entry, or io.EOF. The entry and its text
// are valid until the following call.
func (s *scanner) next() (*entry, error) {
	if s.err != nil {
		return nil, s.err
	}
	for {
		e, err := s.scanEntry()
		if err != nil {
			s.err = err
			return nil, err
		}
		if len(bytes.TrimLeft(e.text, " \t")) > 0 {
			return e, nil
		}
	}
}

// lexState is the lexical state that carries from one byte to the next.
type lexState struct {
	depth    int  // open parentheses
	openLine int  // line of the outermost open parenthesis
	quoted   bool // inside a quoted string
	escape   bool // the previous byte was an unescaped backslash
	qlen     int  // bytes in the current quoted string
	digits   int  // digits of a \DDD escape still to skip when counting qlen
	pending  bool // miekg/dns's lexer holds an unfinished token
	cut      bool // and a parenthesis, or a line end inside them, ended it for BIND
	noBlank  bool // the entry starts with "(": no blank before its first token
	// goesOn is set when the line ended in an escaped line feed inside a
	// quoted string: the string, and the entry, go on on the next line.
	goesOn bool
}

// scanEntry reads one logical line, possibly empty.
func (s *scanner) scanEntry() (*entry, error) {
	e := &s.e
	*e = entry{line: s.line + 1, start: s.off, text: e.text[:0], breaks: e.breaks[:0], parens: e.parens[:0]}
	var st lexState
	for {
		raw, err := s.readLine()
		if err == io.EOF && len(raw) == 0 {
			if e.line > s.line { // nothing read at all
				return nil, io.EOF
			}
			return e, s.endOfFile(&st)
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		e.endLine = s.line
		e.unended = err == io.EOF && raw[len(raw)-1] != '\n' && raw[len(raw)-1] != '\r'
		if e.endLine > e.line {
			e.breaks = append(e.breaks, len(e.text))
		}
		if err := s.lexLine(e, &st, raw); err != nil {
			return nil, err
		}
		if len(e.text) > s.limits.MaxEntry {
			return nil, s.errorf(st.openLine, "record longer than %d bytes (unbalanced parenthesis?)", s.limits.MaxEntry)
		}
		if st.depth == 0 && !st.goesOn {
			e.end = s.off
			return e, nil
		}
		if err == io.EOF {
			return e, s.endOfFile(&st)
		}
	}
}

func (s *scanner) endOfFile(st *lexState) error {
	s.e.end = s.off
	if st.depth > 0 {
		return s.errorf(st.openLine, "unbalanced parenthesis: ( is never closed")
	}
	if st.goesOn {
		return s.errorf(s.line, "unbalanced quotes: a quoted string runs past the end of the file")
	}
	return nil
}

// readLine returns the next physical line with its line end, checking the
// line length limit and the byte order mark.
func (s *scanner) readLine() ([]byte, error) {
	raw, err := s.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		s.long = append(s.long[:0], raw...)
		for err == bufio.ErrBufferFull {
			if len(s.long) > s.limits.MaxLine {
				return nil, s.errorf(s.line+1, "line longer than %d bytes", s.limits.MaxLine)
			}
			raw, err = s.r.ReadSlice('\n')
			s.long = append(s.long, raw...)
		}
		raw = s.long
	}
	if err != nil && err != io.EOF {
		return nil, &Error{Pos: Pos{File: s.file}, Err: err}
	}
	if len(raw) > s.limits.MaxLine {
		return nil, s.errorf(s.line+1, "line longer than %d bytes", s.limits.MaxLine)
	}
	if len(raw) > 0 {
		if s.off == 0 && bytes.HasPrefix(raw, utf8BOM) {
			return nil, s.errorf(1, "file starts with a UTF-8 byte order mark, which BIND does not accept")
		}
		s.line++
		s.off += int64(len(raw))
	}
	return raw, err
}

// lexLine appends the significant bytes of one physical line to e.text.
func (s *scanner) lexLine(e *entry, st *lexState, raw []byte) error {
	if s.lexPlain(e, st, raw) {
		return nil
	}
	st.goesOn = false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == 0:
			return s.errorf(s.line, "NUL byte: binary data is not a zone file")
		case c == '\r':
			if err := s.lexCR(st, raw[i+1:]); err != nil {
				return err
			}
		case st.escape && c == '\n' && st.quoted:
			s.escapedLineFeed(e, st)
		case st.escape:
			if err := s.lexEscaped(e, st, raw[i:]); err != nil {
				return err
			}
		case c == '\\':
			st.escape = true
			e.text = append(e.text, c)
			st.token(e)
		case c == '"':
			st.quoted, st.qlen, st.digits = !st.quoted, 0, 0
			st.pending = false
			e.text = append(e.text, c)
		case c == '\n':
			if st.quoted {
				return s.errorf(s.line, "unbalanced quotes: a quoted string runs past the end of the line")
			}
			if st.depth > 0 {
				st.blank(e, ' ')
				st.cut = st.pending
			}
		case st.quoted:
			s.countQuoted(st, c)
			e.text = append(e.text, c)
		case c == ';':
			st.pending = false
			s.comment(e, raw[i+1:])
			if st.depth > 0 {
				st.blank(e, ' ')
			}
			return nil
		case c == '(' || c == ')':
			if err := s.lexParen(e, st, c == '('); err != nil {
				return err
			}
		case c == ' ' || c == '\t':
			st.pending = false
			if st.noBlank && len(e.text) == 0 {
				e.parenBlank = true
			}
			st.blank(e, c)
		default:
			e.text = append(e.text, c)
			st.token(e)
		}
	}
	return s.lexEnd(st)
}

// lexPlain takes raw at once when it is a line on its own (no open
// parenthesis, quote or escape) with nothing special before its end or its
// comment, and reports whether it did. Most lines of a large zone are a
// record on its own, maybe with a comment: copying the text at once beats
// going byte by byte.
func (s *scanner) lexPlain(e *entry, st *lexState, raw []byte) bool {
	if st.depth > 0 || st.quoted || st.escape {
		return false
	}
	i := 0
	for i < len(raw) && !lexSpecial[raw[i]] {
		i++
	}
	switch {
	case i+1 == len(raw) && raw[i] == '\n', i+2 == len(raw) && raw[i] == '\r' && raw[i+1] == '\n':
		e.text = append(e.text, raw[:i]...)
		return true
	case i < len(raw) && raw[i] == ';':
		e.text = append(e.text, raw[:i]...)
		s.comment(e, raw[i+1:])
		return true
	}
	return false
}

// lexCR checks a carriage return, followed on its line by rest: the CR of
// a CRLF, or one at the very end of the file. A CR alone is an old Mac
// line end; after a backslash in a quoted string BIND escapes the CR, and
// the LF then ends the line inside the string.
func (s *scanner) lexCR(st *lexState, rest []byte) error {
	switch {
	case len(rest) > 0 && rest[0] != '\n':
		return s.errorf(s.line, "carriage return without line feed: old Mac line ends are not supported")
	case st.escape && st.quoted:
		return s.errorf(s.line, "unbalanced quotes: a quoted string runs past the end of the line (a backslash before a CRLF line end escapes the CR only)")
	}
	return nil
}

// lexEscaped takes the byte after a backslash, the first of b, outside
// the escaped line feed of a quoted string.
func (s *scanner) lexEscaped(e *entry, st *lexState, b []byte) error {
	c := b[0]
	if c == '\n' {
		return s.errorf(s.line, "backslash at the end of a line")
	}
	if isDigit(c) && !decimalEscape(b) {
		return s.errorf(s.line, "bad escape \\%s: a decimal escape is three digits, at most \\255 (BIND refuses the zone)", escapeText(b))
	}
	st.escape = false
	s.countEscape(st, c)
	e.text = append(e.text, c)
	st.token(e)
	return nil
}

// lexParen takes an opening (open) or closing parenthesis: the entry goes
// on over the line ends until they balance.
func (s *scanner) lexParen(e *entry, st *lexState, open bool) error {
	if open {
		if st.depth == 0 {
			st.openLine = s.line
		}
		if len(e.text) == 0 {
			st.noBlank = true
		}
		st.depth++
	} else {
		if st.depth == 0 {
			return s.errorf(s.line, "unbalanced parenthesis: ) without (")
		}
		st.depth--
	}
	e.parens = append(e.parens, paren{at: len(e.text), open: open})
	st.cut = st.pending
	st.blank(e, ' ')
	return nil
}

// lexEnd checks the state a line leaves at the end of the file's text
// read so far: a quoted string or an escape that the next line does not
// go on with.
func (s *scanner) lexEnd(st *lexState) error {
	if st.quoted && !st.goesOn {
		return s.errorf(s.line, "unbalanced quotes: a quoted string runs past the end of the file")
	}
	if st.escape {
		return s.errorf(s.line, "backslash at the end of the file")
	}
	return nil
}

// decimalEscape reports whether b, the text after a backslash, starts
// with a decimal escape as BIND reads one: three digits of a value of at
// most 255 (\065). BIND refuses "\1", "\12a" and "\256", in a name
// ("bad escape") and in text ("syntax error"); miekg/dns reads some of
// them.
func decimalEscape(b []byte) bool {
	return len(b) >= 3 && isDigit(b[1]) && isDigit(b[2]) &&
		int(b[0]-'0')*100+int(b[1]-'0')*10+int(b[2]-'0') <= 255
}

// escapeText returns the digits of a bad decimal escape, and what follows
// them up to four bytes, for the message.
func escapeText(b []byte) string {
	n := 0
	for n < len(b) && n < 4 && b[n] > ' ' && b[n] != '"' {
		n++
	}
	return string(b[:n])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// escapedLineFeed reads a backslash at the end of a line inside a quoted
// string as BIND does: an escaped line feed, a byte of the string, which
// goes on on the next line ("b\<LF>c" is "b\010c"). The backslash is in
// the text already; miekg/dns reads the escape \010.
func (s *scanner) escapedLineFeed(e *entry, st *lexState) {
	e.text = append(e.text, "010"...)
	st.escape, st.digits, st.goesOn = false, 0, true
	s.count(st)
}

// blank appends a blank, unless the entry starts with "(" and has no
// token yet: BIND takes only a blank or tab that starts the line for the
// blank owner of the record before, and in "(host A 10.0.0.1)" reads the
// owner host.
func (st *lexState) blank(e *entry, c byte) {
	if st.noBlank && len(e.text) == 0 {
		return
	}
	e.text = append(e.text, c)
}

// token notes a byte of a token. miekg/dns's lexer ends a token only at a
// blank, a quote, a comment or a line end outside parentheses: where BIND
// ended the token before this byte, at a parenthesis ("a(b") or at a line
// end inside parentheses, miekg/dns joins the two halves.
func (st *lexState) token(e *entry) {
	if st.pending && st.cut {
		e.glued = true
	}
	st.pending, st.cut = true, false
}

// lexSpecial holds the bytes that lexLine looks at one by one.
var lexSpecial = newByteSet("\x00\r\n\\\"();")

// countEscape counts an escaped character of a quoted string: the escape
// is one byte on the wire, and a \DDD escape takes two more digits.
func (s *scanner) countEscape(st *lexState, c byte) {
	if !st.quoted {
		return
	}
	st.digits = 0
	if c >= '0' && c <= '9' {
		st.digits = 2
	}
	s.count(st)
}

// countQuoted counts a plain character of a quoted string.
func (s *scanner) countQuoted(st *lexState, c byte) {
	if st.digits > 0 && c >= '0' && c <= '9' {
		st.digits--
		return
	}
	st.digits = 0
	s.count(st)
}

func (s *scanner) count(st *lexState) {
	st.qlen++
	if st.qlen > 255 {
		s.e.long = true
	}
}

func (s *scanner) errorf(line int, format string, args ...any) error {
	return &Error{Pos: Pos{File: s.file, Line: line}, Err: fmt.Errorf(format, args...)}
}
