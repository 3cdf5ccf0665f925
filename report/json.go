package report

import (
	"bufio"
	"net/netip"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
)

// jsonVersion is the version of the JSON report; it changes only when a
// field changes meaning or goes away, not when one is added.
const jsonVersion = 1

// writeJSON writes res as the JSON document of DESIGN.md, indented by two
// spaces and ending in a newline, the way encoding/json indents (without
// its HTML escaping: messages quote zone data). It streams: a report of a
// million findings is never held in memory twice. Files are named as
// workpath.Name names them relative to wd, the zones' as the findings'.
func writeJSON(w *bufio.Writer, res *audit.Result, wd string) {
	j := &jsonWriter{w: w, names: namer(res, wd)}
	n := res.Count()
	j.open('{')
	j.key("version")
	j.int(jsonVersion)
	j.list("zones", len(res.Zones), func(i int) { j.zone(res.Zones[i]) })
	given := res.GivenOnlyHosts() // left out: no host the zones show
	j.wideList("hosts", res.NumHosts()-len(given), func(e *jsonWriter, i int) {
		res.HostInto(hostPlace(i, given), &e.scratch)
		e.host(&e.scratch)
	})
	j.wideList("findings", res.NumFindings(), func(e *jsonWriter, i int) {
		e.msg = res.AppendFinding(i, &e.f, e.msg[:0])
		e.finding(&e.f, e.msg)
	})
	j.key("summary")
	j.open('{')
	j.field("error", n[audit.Error])
	j.field("warning", n[audit.Warning])
	j.field("info", n[audit.Info])
	j.close('}')
	j.close('}')
	j.out = append(j.out, '\n')
	j.flush()
}

// hostPlace returns the place in res.Hosts of the i-th host written: the
// i-th not among skip, which is sorted and holds each place once. The
// first k places skipped come before it for the largest k with
// skip[k-1]-(k-1) <= i, which grows with k: a binary search, since with
// views the given-only hosts of the first view come before every host of
// the second, where a walk through skip cost hosts × skipped.
func hostPlace(i int, skip []int) int {
	k := sort.Search(len(skip), func(k int) bool { return skip[k]-k > i })
	return i + k
}

func (j *jsonWriter) zone(z audit.ZoneSummary) {
	j.open('{')
	j.fieldString("file", j.names.Name(z.File))
	j.fieldString("origin", z.Origin)
	j.field("records", z.Records)
	j.field("lync_hosts", z.LyncHosts)
	j.close('}')
}

func (j *jsonWriter) host(h *audit.Host) {
	j.open('{')
	j.fieldString("name", h.Name)
	j.strings("roles", h.Roles)
	j.addrs("a", h.A)
	j.addrs("aaaa", h.AAAA)
	j.strings("scopes", h.Scopes)
	j.close('}')
}

// finding writes f, whose message is msg.
func (j *jsonWriter) finding(f *audit.Finding, msg []byte) {
	j.open('{')
	j.fieldString("check", f.Check)
	j.fieldString("severity", f.Severity.String())
	j.fieldString("name", f.Name)
	j.fieldString("file", j.names.Name(f.Pos.File))
	j.field("line", f.Pos.Line) // 0: the finding is about the whole file
	j.key("message")
	j.out = appendJSONString(j.out, msg)
	// related is always a list, [] when empty, so that jq '.findings[].related[]' works
	j.list("related", len(f.Related), func(i int) {
		r := f.Related[i]
		j.open('{')
		j.fieldString("file", j.names.Name(r.Pos.File))
		j.field("line", r.Pos.Line)
		j.fieldString("note", r.Note)
		j.close('}')
	})
	j.close('}')
}

// jsonWriter writes indented JSON by hand into out, which goes to w (when
// set) as it fills.
type jsonWriter struct {
	w       *bufio.Writer
	out     []byte
	depth   int
	first   bool           // no member written yet at this depth
	scratch audit.Host     // the host being written, its room reused
	f       audit.Finding  // the finding being written
	msg     []byte         // its message
	names   workpath.Namer // names the files
}

// next starts a member: a comma after the one before, a line end and the
// indentation.
func (j *jsonWriter) next() {
	if j.w != nil && len(j.out) >= 32<<10 {
		j.flush()
	}
	if !j.first {
		j.out = append(j.out, ',')
	}
	j.first = false
	j.newline()
}

// flush writes out what is written so far.
func (j *jsonWriter) flush() {
	j.w.Write(j.out)
	j.out = j.out[:0]
}

func (j *jsonWriter) newline() {
	j.out = append(j.out, '\n')
	for i := 0; i < j.depth; i++ {
		j.out = append(j.out, "  "...)
	}
}

// open starts an object or array as a value (after its key, or as an
// element, which next has placed).
func (j *jsonWriter) open(c byte) {
	j.out = append(j.out, c)
	j.depth++
	j.first = true
}

func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.first {
		j.newline()
	}
	j.out = append(j.out, c)
	j.first = false
}

func (j *jsonWriter) key(k string) {
	j.next()
	j.str(k)
	j.out = append(j.out, ": "...)
}

func (j *jsonWriter) int(v int) {
	j.out = strconv.AppendInt(j.out, int64(v), 10)
}

func (j *jsonWriter) field(k string, v int) {
	j.key(k)
	j.int(v)
}

func (j *jsonWriter) fieldString(k, v string) {
	j.key(k)
	j.str(v)
}

// list writes an array of n elements; an empty one is [].
func (j *jsonWriter) list(k string, n int, elem func(i int)) {
	j.key(k)
	if n == 0 {
		j.out = append(j.out, "[]"...)
		return
	}
	j.open('[')
	for i := 0; i < n; i++ {
		j.next()
		elem(i)
	}
	j.close(']')
}

// wideList is list for long lists: the elements are written in chunks
// side by side on every core (writeChunks), each chunk by a jsonWriter of
// its own.
func (j *jsonWriter) wideList(k string, n int, elem func(e *jsonWriter, i int)) {
	if n <= chunkSize {
		j.list(k, n, func(i int) { elem(j, i) })
		return
	}
	j.key(k)
	j.open('[')
	j.flush()
	writeChunks(j.w, n, func(buf []byte, lo, hi int) []byte {
		e := &jsonWriter{out: buf, depth: j.depth, first: lo == 0, names: workpath.Namer{WorkDir: j.names.WorkDir, AsGiven: j.names.AsGiven}}
		for i := lo; i < hi; i++ {
			e.next()
			elem(e, i)
		}
		return e.out
	})
	j.first = false
	j.close(']')
}

func (j *jsonWriter) strings(k string, ss []string) {
	j.list(k, len(ss), func(i int) { j.str(ss[i]) })
}

func (j *jsonWriter) addrs(k string, as []netip.Addr) {
	j.list(k, len(as), func(i int) {
		j.out = append(as[i].AppendTo(append(j.out, '"')), '"')
	})
}

// str writes a JSON string as encoding/json does without HTML escaping:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// U+FFFD, U+2028 and U+2029 escaped.
func (j *jsonWriter) str(s string) {
	j.out = appendJSONString(j.out, s)
}

const hexDigits = "0123456789abcdef"

func appendJSONString[S string | []byte](b []byte, s S) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:])) // s is a []byte only for messages, mostly ASCII
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(append(b, s[start:]...), '"')
}
