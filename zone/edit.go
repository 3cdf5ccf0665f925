package zone

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// Editor changes zone files byte for byte: it inserts lines after records
// and rewrites SOA serials, and leaves every other byte as it was. Files
// are named as in Pos.File and read from disk when first touched.
type Editor struct {
	files map[string]*editFile
	whole int64    // the size up to which a file is held whole (Limits.MaxHeld)
	sc    *scanner // reads the entries that edits touch, one at a time
	// the entry read last: the edits of a record ask for it in turn
	lastPos  Pos
	lastSpan span
}

// editFile is one file being edited.
type editFile struct {
	path    string
	src     Content            // the file as the editor read it (openSource)
	was     Fingerprint        // of src
	win     window             // the part of src read last
	lines   []int              // offset of the first byte of each line (LineStarts)
	inserts map[int64][]string // offset -> lines inserted there, in order
	// named holds, by offset, the lines that write an owner other than
	// the entry they go after: they follow the lines of inserts at the
	// same offset, which may take the owner before them (InsertAfter).
	named  map[int64][]string
	serial *replacement
	// queued holds the lines of inserts and named at the places that
	// hold more than shortPlace of them, for appendNew.
	queued map[queuedLine]bool
}

// queuedLine is a line queued at an offset, among inserts or named.
type queuedLine struct {
	at    int64
	named bool
	line  string
}

// span is where an entry lies in its file.
type span struct {
	start, end int64
	directive  bool
}

type replacement struct {
	start, end int64
	text       string
}

// NewEditor returns an editor that scans files within the given limits.
func NewEditor(limits Limits) *Editor {
	limits = limits.withDefaults()
	return &Editor{files: map[string]*editFile{}, whole: int64(limits.MaxHeld), sc: newScanner(nil, 1, "", limits)}
}

// file loads a file the first time it is touched, and notes where its
// lines start.
func (ed *Editor) file(name string) (*editFile, error) {
	if f, ok := ed.files[name]; ok {
		return f, nil
	}
	f, err := loadFile(name, ed.whole)
	if err != nil {
		return nil, err
	}
	ed.files[name] = f
	return f, nil
}

// loadFile reads a file for editing (openSource).
func loadFile(name string, whole int64) (*editFile, error) {
	src, lines, was, err := openSource(name, whole)
	if err != nil {
		return nil, err
	}
	return &editFile{path: name, src: src, was: was, win: window{src: src}, lines: lines,
		inserts: map[int64][]string{}, named: map[int64][]string{}, queued: map[queuedLine]bool{}}, nil
}

// firstLine returns the first line of the entry sp, without its line end.
func (f *editFile) firstLine(sp span) ([]byte, error) {
	b, err := f.win.bytes(sp.start, sp.end)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(firstLine(b)), nil
}

// LineStarts returns the offset of the first byte of each line, and
// len(data) after a final line end.
func LineStarts(data []byte) []int {
	out := make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			return out
		}
		i += j + 1
		out = append(out, i)
	}
}

// entry returns the entry that starts at pos. A record's position is the
// first line of its entry, so the scanner reads the entry from there: a
// file of a million records is not scanned whole for the few thousand
// entries that fix touches.
func (ed *Editor) entry(pos Pos) (*editFile, span, error) {
	f, err := ed.file(pos.File)
	if err != nil {
		return nil, span{}, err
	}
	if pos == ed.lastPos {
		return f, ed.lastSpan, nil
	}
	if pos.Line < 1 || pos.Line > len(f.lines) {
		return nil, span{}, fmt.Errorf("%s: no record starts here", pos)
	}
	start := int64(f.lines[pos.Line-1])
	ed.sc.restart(f.win.reader(start), pos.File, pos.Line-1, start)
	e, err := ed.sc.next()
	if readFailed(err) {
		return nil, span{}, err
	}
	if err != nil || e.line != pos.Line {
		return nil, span{}, fmt.Errorf("%s: no record starts here", pos)
	}
	ed.lastPos, ed.lastSpan = pos, span{start: e.start, end: e.end, directive: e.directive()}
	return f, ed.lastSpan, nil
}

// InsertAfter adds lines (without line ends) after the entry that starts
// at pos: after its closing parenthesis and line end. The lines take the
// line end of the line they follow (CRLF stays CRLF, editFile.lineEnd).
//
// Lines that write an owner other than the entry's go after the entries
// with a blank owner that follow it, and after the lines inserted there
// for the entry before: those take the owner of the record before them,
// which would otherwise be the new line's (a record after $GENERATE, a PTR
// of another address). See placeOther for the directives among them. In a
// zone without $TTL, a line without a TTL takes the last one written,
// which the entries passed may change, and a following record without one
// takes the TTL of a line written in full: such an edit reads back
// differently, and fix's check refuses it.
//
// A line that an earlier call queued at the same place is not queued
// again (appendNew).
func (ed *Editor) InsertAfter(pos Pos, lines ...string) error {
	f, sp, err := ed.entry(pos)
	if err != nil {
		return err
	}
	first, err := f.firstLine(sp)
	if err != nil {
		return err
	}
	if otherOwner(first, sp.directive, lines) {
		at, _, err := ed.placeOther(f, sp.end)
		if err != nil {
			return err
		}
		f.named[at] = f.appendNew(f.named[at], at, true, lines)
		return nil
	}
	f.inserts[sp.end] = f.appendNew(f.inserts[sp.end], sp.end, false, lines)
	return nil
}

// appendNew appends to list, the lines queued at offset at, the lines an
// earlier call did not queue there. Two zones that $INCLUDE one file (or
// one zone that includes it twice) ask for the same line at the same
// place, once for each reading of the file, and the file must get it
// once: each reading then finds it. The lines of one call are all kept.
// A place of a few lines compares them; the lines of a place that holds
// more are looked up in a set: fix puts every new PTR of a reverse zone
// without PTRs after one record, 100k of them at a time. A set of every
// line queued took 106 MB of allocations and 0.34 s at 5M records, for
// the 500k places of one line each that fix fills there.
func (f *editFile) appendNew(list []string, at int64, named bool, lines []string) []string {
	if len(list)+len(lines) <= shortPlace {
		earlier := list
		for _, l := range lines {
			if !slices.Contains(earlier, l) {
				list = append(list, l)
			}
		}
		return list
	}
	if len(list) <= shortPlace { // the place outgrows the comparisons: its set starts
		for _, l := range list {
			f.queued[queuedLine{at, named, l}] = true
		}
	}
	for _, l := range lines {
		if !f.queued[queuedLine{at, named, l}] {
			list = append(list, l)
		}
	}
	for _, l := range lines {
		f.queued[queuedLine{at, named, l}] = true
	}
	return list
}

// shortPlace is the number of lines queued at one place up to which
// appendNew compares a line with each of them instead of a set.
const shortPlace = 16

// otherOwner reports whether one of the lines writes an owner that the
// entry, whose first line is first, does not write the same way.
func otherOwner(first []byte, directive bool, lines []string) bool {
	var owner []byte
	if !directive {
		owner = writtenOwner(first)
	}
	for _, l := range lines {
		if written := writtenOwner(l); len(written) > 0 && (len(owner) == 0 || !bytes.EqualFold([]byte(written), owner)) {
			return true
		}
	}
	return false
}

// writtenOwner returns the owner a line writes: its text up to the first
// blank, nothing when it starts with one.
func writtenOwner[T string | []byte](line T) T {
	for i := 0; i < len(line); i++ {
		if line[i] == ' ' || line[i] == '\t' {
			return line[:i]
		}
	}
	return line
}

// placeOther returns where a line that writes an owner other than the
// entry that ends at offset at goes: past the entries with a blank owner
// that follow, which take the owner of the record before them, and past
// the $TTL, $ORIGIN and $GENERATE directives among them, after which a
// blank owner is still the owner before the directive (BIND and
// miekg/dns). It stops before the next entry that names its owner, before
// an $INCLUDE (the included file's first records may take the owner
// before it), and before directives that no blank-owner entry follows, so
// that the line moves no further than it must. passed reports that the
// place lies past a directive: the line must then stand alone (Neighbour),
// since the directive may change the origin or the default TTL.
func (ed *Editor) placeOther(f *editFile, at int64) (place int64, passed bool, err error) {
	line, found := slices.BinarySearch(f.lines, int(at))
	if !found {
		return at, false, nil // the end of a file without a last line end
	}
	ed.sc.restart(f.win.reader(at), f.path, line, at)
	place = at
	directives := false // directives passed since place
	for {
		e, err := ed.sc.next()
		switch {
		case readFailed(err):
			return 0, false, err
		case err != nil:
			return place, passed, nil
		case e.directive() && !isInclude(e.text):
			directives = true
		case e.blankOwner() || e.parenBlank:
			place, passed = e.end, passed || directives
			directives = false
		default:
			return place, passed, nil
		}
	}
}

// readFailed reports whether the scanner's error is one of reading the
// file, not of its text: the file changed on disk since the editor read
// it, or could not be read.
func readFailed(err error) bool {
	var pe *fs.PathError
	return errors.Is(err, ErrChanged) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &pe)
}

// isInclude reports whether a directive's text is an $INCLUDE.
func isInclude(text []byte) bool {
	const inc = "$INCLUDE"
	return len(text) > len(inc) && bytes.EqualFold(text[:len(inc)], []byte(inc)) && (text[len(inc)] == ' ' || text[len(inc)] == '\t')
}

// Generates reports whether the entry that starts at pos is a $GENERATE
// directive: its records share its position, so that the records of a
// place are not the readings of its line.
func (ed *Editor) Generates(pos Pos) (bool, error) {
	_, sp, err := ed.entry(pos)
	return sp.directive, err
}

// SetSerial rewrites the serial of the SOA record that starts at pos; only
// the digits of the serial change.
func (ed *Editor) SetSerial(pos Pos, serial uint32) error {
	f, sp, err := ed.entry(pos)
	if err != nil {
		return err
	}
	entry, err := f.win.bytes(sp.start, sp.end)
	if err != nil {
		return err
	}
	toks := rawTokens(entry)
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
