package zone

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Editor changes zone files byte for byte: it inserts lines after records
// and rewrites SOA serials, and leaves every other byte as it was. Files
// are named as in Pos.File and read from disk when first touched.
type Editor struct {
	limits Limits
	files  map[string]*editFile
}

// editFile is one file being edited.
type editFile struct {
	path    string
	data    []byte
	entries []span
	inserts map[int64][]string // offset -> lines inserted there, in order
	serial  *replacement
}

// span is where an entry lies in its file.
type span struct {
	line, endLine int
	start, end    int64
	directive     bool
}

type replacement struct {
	start, end int64
	text       string
}

// Change is an edited file: its bytes before and after, and the edits
// that make one from the other.
type Change struct {
	File     string
	Old, New []byte
	Edits    []Edit
}

// Edit replaces the bytes [Start, End) of the old file with New.
type Edit struct {
	Start, End int
	New        string
}

// NewEditor returns an editor that scans files within the given limits.
func NewEditor(limits Limits) *Editor {
	return &Editor{limits: limits.withDefaults(), files: map[string]*editFile{}}
}

// file loads and scans a file the first time it is touched.
func (ed *Editor) file(name string) (*editFile, error) {
	if f, ok := ed.files[name]; ok {
		return f, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, cleanPathError(err)
	}
	f := &editFile{path: name, data: data, inserts: map[int64][]string{}}
	sc := newScanner(bytes.NewReader(data), name, ed.limits)
	for {
		e, err := sc.next()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			return nil, err
		}
		f.entries = append(f.entries, span{line: e.line, endLine: e.endLine, start: e.start, end: e.end, directive: e.directive()})
	}
	ed.files[name] = f
	return f, nil
}

// entry returns the entry that starts at pos.
func (ed *Editor) entry(pos Pos) (*editFile, span, error) {
	f, err := ed.file(pos.File)
	if err != nil {
		return nil, span{}, err
	}
	i := sort.Search(len(f.entries), func(i int) bool { return f.entries[i].line >= pos.Line })
	if i == len(f.entries) || f.entries[i].line != pos.Line {
		return nil, span{}, fmt.Errorf("%s: no record starts here", pos)
	}
	return f, f.entries[i], nil
}

// InsertAfter adds lines (without line ends) after the entry that starts
// at pos: after its closing parenthesis and line end. The lines take the
// line end of the entry's first line (CRLF stays CRLF).
func (ed *Editor) InsertAfter(pos Pos, lines ...string) error {
	f, sp, err := ed.entry(pos)
	if err != nil {
		return err
	}
	f.inserts[sp.end] = append(f.inserts[sp.end], lines...)
	return nil
}

// SetSerial rewrites the serial of the SOA record that starts at pos; only
// the digits of the serial change.
func (ed *Editor) SetSerial(pos Pos, serial uint32) error {
	f, sp, err := ed.entry(pos)
	if err != nil {
		return err
	}
	toks := rawTokens(f.data[sp.start:sp.end])
	i := soaIndex(toks)
	if i < 0 || i+3 >= len(toks) {
		return fmt.Errorf("%s: no SOA serial found", pos)
	}
	t := toks[i+3]
	f.serial = &replacement{start: sp.start + int64(t.off), end: sp.start + int64(t.off+len(t.text)),
		text: strconv.FormatUint(uint64(serial), 10)}
	return nil
}

// soaIndex returns the index of the SOA type token, or -1.
func soaIndex(toks []token) int {
	for i, t := range toks {
		if i < 4 && strings.EqualFold(t.text, "SOA") {
			return i
		}
	}
	return -1
}

// Changes returns the edited files in name order, with their bytes before
// and after.
func (ed *Editor) Changes() []Change {
	var out []Change
	for _, f := range ed.files {
		if len(f.inserts) == 0 && f.serial == nil {
			continue
		}
		edits := f.edits()
		out = append(out, Change{File: f.path, Old: f.data, New: apply(f.data, edits), Edits: edits})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
}

// edits lists the file's edits in order.
func (f *editFile) edits() []Edit {
	var out []Edit
	eol := lineEnd(f.data)
	for at, lines := range f.inserts {
		var b strings.Builder
		if at > 0 && f.data[at-1] != '\n' {
			b.WriteString(eol)
		}
		for _, l := range lines {
			b.WriteString(l)
			b.WriteString(eol)
		}
		out = append(out, Edit{Start: int(at), End: int(at), New: b.String()})
	}
	if r := f.serial; r != nil {
		out = append(out, Edit{Start: int(r.start), End: int(r.end), New: r.text})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// apply makes the new bytes from the old and sorted edits.
func apply(data []byte, edits []Edit) []byte {
	var b bytes.Buffer
	pos := 0
	for _, e := range edits {
		b.Write(data[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
	}
	b.Write(data[pos:])
	return b.Bytes()
}

// lineEnd returns the line end a file uses: CRLF when its first line
// ends so, else LF.
func lineEnd(data []byte) string {
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

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

func rawTokenEnd(raw []byte, i int) int {
	quoted := false
	for ; i < len(raw); i++ {
		switch c := raw[i]; {
		case c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')' || c == ';'):
			return i
		}
	}
	return len(raw)
}

// Sibling returns a line for a new record beside the record r: the same
// owner and TTL, written as r's line writes them, in its columns, with
// another type and data. When r's line cannot serve as a model (a
// $GENERATE line, or owner, TTL, class and type not on its first line),
// the line is written in full with r's absolute name and TTL.
func (ed *Editor) Sibling(r *Record, typ, rdata string) (string, error) {
	f, sp, err := ed.entry(r.Pos)
	if err != nil {
		return "", err
	}
	if line, ok := siblingLine(firstLine(f.data, sp), sp.directive, typ, rdata); ok {
		return line, nil
	}
	return fullLine(r.Name, r.TTL, typ, rdata), nil
}

// Neighbour returns a line for a new record of another owner, laid out
// like the record r: r's TTL as written, the owner written relative to
// the origin r's line is read in when possible.
func (ed *Editor) Neighbour(r *Record, owner, typ, rdata string) (string, error) {
	line, err := ed.Sibling(r, typ, rdata)
	if err != nil {
		return "", err
	}
	f, sp, _ := ed.entry(r.Pos)
	first := firstLine(f.data, sp)
	toks := rawTokens(first)
	if len(first) == 0 || first[0] == ' ' || first[0] == '\t' || len(toks) == 0 || sp.directive || !strings.HasPrefix(line, toks[0].text) {
		return fullLine(owner, r.TTL, typ, rdata), nil
	}
	written := relativeTo(owner, originOf2(r.Name, toks[0].text))
	return padOwner(written, toks[0].text, line[len(toks[0].text):]), nil
}

// originOf2 infers the origin a line was read in from the absolute name of
// its owner and the owner as written.
func originOf2(abs, written string) string {
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

// relativeTo writes name relative to origin when it lies below it.
func relativeTo(name, origin string) string {
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

func firstLine(data []byte, sp span) []byte {
	line := data[sp.start:sp.end]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return bytes.TrimSuffix(line, []byte("\r"))
}

// siblingLine rewrites a record's first line with another type and data,
// keeping the owner, TTL and class columns and the data column.
func siblingLine(first []byte, directive bool, typ, rdata string) (string, bool) {
	if directive || bytes.ContainsAny(first, "()") {
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
	gap := string(first[old.off+len(old.text) : next.off])
	if !strings.Contains(gap, "\t") {
		n := len(gap) - (len(typ) - len(old.text))
		if n < 1 {
			n = 1
		}
		gap = strings.Repeat(" ", n)
	}
	return string(first[:old.off]) + typ + gap + rdata, true
}

// fullLine writes a record in full.
func fullLine(name string, ttl uint32, typ, rdata string) string {
	return name + "\t" + strconv.FormatUint(uint64(ttl), 10) + "\tIN\t" + typ + "\t" + rdata
}

// ErrChanged is returned by WriteFile when the file on disk is no longer
// what was read.
var ErrChanged = errors.New("the file changed on disk since it was read; run again")
