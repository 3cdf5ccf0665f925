package zone

import (
	"bytes"
	"io"
	"strconv"
	"strings"
)

// token is a token of raw zone text with its byte offset.
type token struct {
	text string
	off  int
}

// rawTokens splits raw bytes of an entry into tokens with their offsets,
// skipping comments, parentheses and line ends, keeping quoted strings whole.
func rawTokens(raw []byte) []token {
	var out []token
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')':
			i++
		case c == ';':
			for i < len(raw) && raw[i] != '\n' {
				i++
			}
		default:
			end := rawTokenEnd(raw, i)
			out = append(out, token{text: string(raw[i:end]), off: i})
			i = end
		}
	}
	return out
}

// rawTokenEnd is tokenEnd for a line as written: line ends, parentheses
// and a comment end a token too.
func rawTokenEnd(raw []byte, i int) int { return tokenEndAt(raw, i, &rawSeparators) }

var rawSeparators = newByteSet(" \t\r\n();")

// Sibling returns a line for a new record r beside the record at r's
// position, whose TTL is lineTTL: the same owner, written as that line
// writes it, in its columns, with r's type and data. The line writes
// r.TTL: in the model's TTL column when r.TTL is lineTTL and ownTTL is
// false, else as a TTL of its own after the owner (the A records of a
// host with mixed TTLs: the new AAAA takes the TTL BIND serves them with,
// RRsetTTL; ownTTL: a line read with several TTLs, in a file $INCLUDEd
// twice under two $TTLs, where the model's column gives each reading
// another TTL). When the
// line cannot serve as a model (a $GENERATE line, or owner, TTL, class
// and type not on its first line), the line is written in full with r's
// absolute name and TTL.
func (ed *Editor) Sibling(r *Record, lineTTL uint32, ownTTL bool, typ, rdata string) (string, error) {
	f, sp, err := ed.entry(r.Pos())
	if err != nil {
		return "", err
	}
	first, err := f.firstLine(sp)
	if err != nil {
		return "", err
	}
	ttl := ""
	if r.TTL != lineTTL || ownTTL {
		ttl = strconv.FormatUint(uint64(r.TTL), 10)
	}
	line, ok := siblingLine(first, sp.directive, typ, rdata, ttl)
	if !ok {
		return fullLine(r.Name, r.TTL, typ, rdata), nil
	}
	return line, nil
}

// withTTL writes ttl into a record's line: in place of the TTL it
// writes, else before its class or type.
func withTTL(line string, text string) string {
	toks := rawTokens([]byte(line))
	i := 0
	if line != "" && line[0] != ' ' && line[0] != '\t' {
		i = 1 // the owner
	}
	for j := i; j < len(toks) && (isTTL(toks[j].text) || isClass(toks[j].text)); j++ {
		if isTTL(toks[j].text) {
			return line[:toks[j].off] + text + line[toks[j].off+len(toks[j].text):]
		}
	}
	if i >= len(toks) {
		return line
	}
	return line[:toks[i].off] + text + " " + line[toks[i].off:]
}

// Neighbour returns a line for a new record of another owner that goes
// after the record at, r or the last record of r's run (RunEnd), laid
// out like r: r's TTL as written, the owner
// written relative to the origin r's line is read in when possible. When
// r's line cannot serve (a blank owner, parentheses, a $GENERATE), the
// line is laid out like the nearest of models whose first line names its
// owner and has owner, TTL, class and type before any parenthesis, with
// no directive between it and r. models are records before r in its
// file, nearest first, each with r's TTL (fix's place for a PTR in a
// reverse zone without PTRs: after the SOA's NS records): the copy of a
// model's columns then reads with r's TTL, as r's own would. Else, and
// for a line that goes past a directive (InsertAfter, placeOther), the
// line is written in full, since the directive may change what a
// relative owner or a missing TTL means; so it is when a directive lies
// between r and at.
func (ed *Editor) Neighbour(r, at *Record, models []*Record, owner, typ, rdata string) (string, error) {
	f, sp, err := ed.entry(at.Pos())
	if err != nil {
		return "", err
	}
	_, passed, err := ed.placeOther(f, sp.end)
	if err != nil {
		return "", err
	}
	if passed || at != r && !ed.noDirectiveBetween(r, at) {
		return fullLine(owner, r.TTL, typ, rdata), nil // past a $TTL or $ORIGIN: the line stands alone
	}
	if f, sp, err = ed.entry(r.Pos()); err != nil {
		return "", err
	}
	first, err := f.firstLine(sp)
	if err != nil {
		return "", err
	}
	if line, ok := siblingLine(first, sp.directive, typ, rdata, ""); ok && !blankStart(first) {
		return ownLine(owner, r.Name, first, line), nil
	}
	for _, m := range models {
		if !ed.noDirectiveBetween(m, r) {
			break
		}
		mf, msp, err := ed.entry(m.Pos())
		if err != nil {
			return "", err
		}
		first, err := mf.firstLine(msp)
		if err != nil {
			return "", err
		}
		if line, ok := headLine(first, msp.directive, typ, rdata); ok {
			return ownLine(owner, m.Name, first, line), nil
		}
	}
	return fullLine(owner, r.TTL, typ, rdata), nil
}

// ownLine puts owner, written relative to the origin the model line first
// (of a record named name) is read in, in place of the owner of line,
// the model's columns with the new type and data.
func ownLine(owner, name string, first []byte, line string) string {
	old := rawTokens(first)[0].text
	written := OwnerText(Relative(owner, originWritten(name, old)))
	return padOwner(written, old, line[len(old):])
}

// blankStart reports whether a line starts with a blank: a blank owner.
func blankStart(line []byte) bool {
	return len(line) == 0 || line[0] == ' ' || line[0] == '\t'
}

// headLine is siblingLine for the first line of a record that names its
// owner and may go on in parentheses (an SOA, as a rule): the owner, TTL
// and class columns up to the type, which must come before any
// parenthesis or comment, then typ and rdata.
func headLine(first []byte, directive bool, typ, rdata string) (string, bool) {
	if directive || blankStart(first) {
		return "", false
	}
	if i := bytes.IndexAny(first, "();\""); i >= 0 {
		first = first[:i]
	}
	if line, ok := siblingLine(first, false, typ, rdata, ""); ok {
		return line, true
	}
	toks := rawTokens(first)
	i := 1 // the owner
	for ; i < len(toks) && (isTTL(toks[i].text) || isClass(toks[i].text)); i++ {
	}
	if i >= len(toks) {
		return "", false
	}
	return string(first[:toks[i].off]) + typ + " " + rdata, true
}

// noDirectiveBetween reports whether no directive lies between the
// entries of records m and r of one file (m first): the origin and the
// default TTL at m's line are then those at r's.
func (ed *Editor) noDirectiveBetween(m, r *Record) bool {
	if m.Pos().File != r.Pos().File {
		return false
	}
	f, msp, err := ed.entry(m.Pos())
	if err != nil {
		return false
	}
	_, rsp, err := ed.entry(r.Pos())
	if err != nil || rsp.end < msp.start {
		return false
	}
	ed.sc.restart(io.LimitReader(f.win.reader(msp.start), rsp.end-msp.start), f.path, m.Pos().Line-1, msp.start)
	for {
		e, err := ed.sc.next()
		if err == io.EOF {
			return true
		}
		if err != nil || e.directive() {
			return false
		}
	}
}

// originWritten infers the origin a line was read in from the absolute name of
// its owner and the owner as written.
func originWritten(abs, written string) string {
	w := strings.ToLower(written)
	switch {
	case w == "@":
		return abs
	case strings.HasSuffix(w, "."):
		return ""
	case strings.HasPrefix(abs, w+"."):
		return abs[len(w)+1:]
	}
	return ""
}

// Relative writes canonical name as a zone file whose origin is origin
// would: "@" for the origin itself, the part before the origin for a name
// below it, and the name itself (absolute, with its final dot) otherwise.
// Fix's fragments, generate's and the editor's owners are written so.
func Relative(name, origin string) string {
	if origin != "" && strings.HasSuffix(name, "."+origin) {
		return strings.TrimSuffix(name, "."+origin)
	}
	if name == origin && origin != "" {
		return "@"
	}
	return name
}

// padOwner puts owner in place of the old owner column, keeping the next
// column where it was when the blanks allow.
func padOwner(owner, old, rest string) string {
	blanks := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if strings.HasPrefix(rest, " ") && len(owner) > len(old) {
		keep := blanks - (len(owner) - len(old))
		if keep < 1 {
			keep = 1
		}
		return owner + strings.Repeat(" ", keep) + rest[blanks:]
	}
	if strings.HasPrefix(rest, " ") && len(owner) < len(old) {
		return owner + strings.Repeat(" ", blanks+len(old)-len(owner)) + rest[blanks:]
	}
	return owner + rest
}

// firstLine returns the first line of an entry's bytes, without its line
// end.
func firstLine(entry []byte) []byte {
	line := entry
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return bytes.TrimSuffix(line, []byte("\r"))
}

// siblingLine rewrites a record's first line with another type and data,
// keeping the owner, TTL and class columns and the data column, and with
// the TTL ttl written in unless it is "" (withTTL): before the gap to the
// data column is measured, so that the data stays in its column (review
// 21 #6).
func siblingLine(first []byte, directive bool, typ, rdata, ttl string) (string, bool) {
	if directive || bytes.ContainsAny(beforeComment(first), "()") {
		return "", false
	}
	toks := rawTokens(first)
	i := 0
	if len(first) > 0 && first[0] != ' ' && first[0] != '\t' {
		i = 1 // the owner
	}
	for ; i < len(toks) && (isTTL(toks[i].text) || isClass(toks[i].text)); i++ {
	}
	if i+1 >= len(toks) {
		return "", false
	}
	old, next := toks[i], toks[i+1]
	head := string(first[:old.off]) + typ
	if ttl != "" {
		head = withTTL(head, ttl)
	}
	tabs := bytes.Contains(first[old.off+len(old.text):next.off], []byte("\t"))
	return head + gapTo(column(head), column(string(first[:next.off])), tabs) + rdata, true
}

// gapTo returns the blanks that take a line from column from to column to
// (tabs every eight columns, as an editor and cat show them), with tabs
// first where tabs says the line's gap had one, else with spaces; one
// space when the line is there already: a longer type (AAAA after A)
// that passes the data column of the line it copies is put next to its
// data, not pushed to the next tab stop (test 21 #4: eight columns to the
// right of the A's data).
func gapTo(from, to int, tabs bool) string {
	if from >= to {
		return " "
	}
	var b strings.Builder
	for tabs && (from/8+1)*8 <= to {
		b.WriteByte('\t')
		from = (from/8 + 1) * 8
	}
	b.WriteString(strings.Repeat(" ", to-from))
	return b.String()
}

// column returns the column a line that starts with s goes on at, tabs
// stopping every eight columns.
func column(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			c = (c/8 + 1) * 8
		} else {
			c++
		}
	}
	return c
}

// beforeComment returns raw up to its comment, the first ";" outside a
// quoted string, read as rawTokens reads it: a parenthesis in the comment
// of a line ("; second (x)") does not make the line one of several (test
// 11 N1).
func beforeComment(raw []byte) []byte {
	for i := 0; i < len(raw); {
		switch c := raw[i]; {
		case c == ';':
			return raw[:i]
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')':
			i++
		default:
			i = rawTokenEnd(raw, i)
		}
	}
	return raw
}

// fullLine writes a record in full.
func fullLine(name string, ttl uint32, typ, rdata string) string {
	return OwnerText(name) + "\t" + strconv.FormatUint(uint64(ttl), 10) + "\tIN\t" + typ + "\t" + rdata
}

// OwnerText writes an owner name at the start of a line (of a zone file
// or of fix's fragment, which may be $INCLUDEd): a name that
// starts with $ (from an $ORIGIN such as "$0000000") would read as a
// directive, so its $ is escaped.
func OwnerText(name string) string {
	if strings.HasPrefix(name, "$") {
		return `\` + name
	}
	return name
}
