package zone

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// generator expands a $GENERATE directive the way BIND does, one record
// line at a time: "$GENERATE range owner [ttl] [class] type rdata", where
// $ and ${offset,width,base} in the owner and rdata stand for the counter.
// Unlike miekg/dns it knows BIND's nibble bases n and N, and leaves a
// missing TTL to the $TTL in force rather than 3600.
type generator struct {
	start, stop, step int64
	cur               int64
	owner, head, data string   // head: the ttl, class and type tokens
	headTok           []string // the tokens of head
	explicitTTL       bool
	ttl               uint32 // the TTL written, when explicitTTL
	ttlAt             int    // its token in headTok
	nibble            bool
}

// newGenerator parses the arguments of a $GENERATE directive (everything
// after the keyword) and checks the size of its range against max.
func newGenerator(args string, max int) (*generator, error) {
	tok := fields([]byte(args), 3)
	if len(tok) < 3 {
		return nil, errors.New("$GENERATE needs a range, an owner, a type and data")
	}
	g := &generator{owner: tok[1]}
	if err := g.parseRange(tok[0]); err != nil {
		return nil, err
	}
	if n := (g.stop-g.start)/g.step + 1; n > int64(max) {
		return nil, fmt.Errorf("$GENERATE would make %d records, more than the limit of %d (raise --max-generate)", n, max)
	}
	if err := g.parseRest(tok[2]); err != nil {
		return nil, err
	}
	g.nibble = hasNibble(g.owner) || hasNibble(g.data)
	return g, nil
}

// parseRange reads the range as BIND 9.18's generate() does, with
// sscanf("%d-%d%1[/]%d"): each number is read as scanInt reads it, text
// after the stop or the step is ignored ("0-1x" is 0-1), a "/" needs a
// step after it, and the start and stop must be 0 or more, the stop no
// less than the start and the step 1 or more.
func (g *generator) parseRange(r string) error {
	bad := fmt.Errorf("$GENERATE: invalid range %s", clip.Quote(r))
	start, rest, ok := scanInt(r)
	if !ok || !strings.HasPrefix(rest, "-") {
		return bad
	}
	stop, rest, ok := scanInt(rest[1:])
	if !ok {
		return bad
	}
	step := int32(1)
	if strings.HasPrefix(rest, "/") {
		if step, _, ok = scanInt(rest[1:]); !ok || step < 1 {
			return bad
		}
	}
	if start < 0 || stop < start {
		return bad
	}
	g.start, g.stop, g.step, g.cur = int64(start), int64(stop), int64(step), int64(start)
	return nil
}

// scanInt reads an int at the start of s as glibc's sscanf("%d") does:
// blanks, a sign and at least one digit; the number saturates at the
// bounds of a 64-bit long and is then cut to 32 bits, so that
// "4294967296" is 0, "2147483648" is -2147483648 and "99999999999999999999"
// is -1. It returns the text after the number, and ok false when there is
// no number.
func scanInt(s string) (v int32, rest string, ok bool) {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	digits := 0
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		digits = 1
	}
	end := digits
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == digits {
		return 0, s, false
	}
	n, err := strconv.ParseInt(s[:end], 10, 64)
	if err != nil { // out of range: strtol's LONG_MAX or LONG_MIN
		n = math.MaxInt64
		if s[0] == '-' {
			n = math.MinInt64
		}
	}
	return int32(n), s[end:], true
}

// parseRest splits "[ttl] [class] type rdata" into the head and the data.
// A TTL that BIND does not read ("1h30") is refused as in a record, where
// it would otherwise be taken for the type and the type for the data.
func (g *generator) parseRest(rest string) error {
	tok := fields([]byte(rest), 0)
	var head []string
	for i, t := range tok {
		v, ttl, fault := readTTL(t)
		if i < 2 && fault != "" {
			return fmt.Errorf("$GENERATE: %s is not a TTL BIND reads (%s)", clip.Quote(t), fault)
		}
		switch {
		case ttl && !g.explicitTTL && i < 2:
			g.explicitTTL, g.ttl, g.ttlAt = true, v, len(head)
			head = append(head, t)
		case isClass(t) && i < 2:
			head = append(head, t)
		default:
			g.headTok = append(head, t)
			g.head = strings.Join(g.headTok, " ")
			return g.setData(tok[i+1:])
		}
	}
	return errors.New("$GENERATE: no record type")
}

// setTTL makes v the TTL of the records, in place of the one written: the
// feeder gives the TTL as BIND keeps it (feeder.keepTTL).
func (g *generator) setTTL(v uint32) {
	if v == g.ttl {
		return
	}
	g.ttl = v
	g.headTok[g.ttlAt] = strconv.FormatUint(uint64(v), 10)
	g.head = strings.Join(g.headTok, " ")
}

// setData takes the fields after the type as the data. BIND reads one
// field there, and data with blanks is quoted ("10 mail$"): it refuses
// "$GENERATE 1-2 h$ MX 10 mail$" ("extra input text"), where zonegen
// used to make MX records of it. Quoted data with nothing but blanks in
// it is no data ("unexpected end of input" in BIND).
func (g *generator) setData(tok []string) error {
	switch {
	case len(tok) == 0:
		return errors.New("$GENERATE: no record data")
	case len(tok) > 1:
		return fmt.Errorf("$GENERATE: extra text %s after the record data (BIND reads one field: quote data with blanks, \"10 mail$\")", clip.Quote(tok[1]))
	}
	g.data = unquote(tok[0])
	if strings.Trim(g.data, " \t") == "" {
		// BIND reads the data in the quotes again, and finds nothing:
		// "TXT \"\"" made TXT records without a string here.
		return errors.New("$GENERATE: unexpected end of input: the record data is empty")
	}
	return nil
}

// isClass reports whether t names a class (IN, CH, CS, HS, NONE, ANY,
// CLASSn), without allocating: it runs for almost every record.
func isClass(t string) bool {
	for _, c := range [...]string{"IN", "CH", "CS", "HS", "NONE", "ANY"} {
		if strings.EqualFold(t, c) {
			return true
		}
	}
	return len(t) > 5 && strings.EqualFold(t[:5], "CLASS")
}

func hasNibble(s string) bool {
	for i := strings.Index(s, "${"); i >= 0; {
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return false
		}
		mod := s[i+2 : i+end]
		if strings.HasSuffix(mod, ",n") || strings.HasSuffix(mod, ",N") {
			return true
		}
		s = s[i+end:]
		i = strings.Index(s, "${")
	}
	return false
}

// count returns the number of records the directive makes.
func (g *generator) count() int { return int((g.stop-g.start)/g.step + 1) }

// next appends the next record line to buf; it reports false when the
// range is exhausted.
func (g *generator) next(buf []byte) ([]byte, bool, error) {
	if g.cur > g.stop {
		return buf, false, nil
	}
	var err error
	if buf, err = expand(buf, g.owner, g.cur); err != nil {
		return buf, false, err
	}
	buf = append(buf, ' ')
	buf = append(buf, g.head...)
	buf = append(buf, ' ')
	if buf, err = expand(buf, g.data, g.cur); err != nil {
		return buf, false, err
	}
	g.cur += g.step
	return buf, true, nil
}

// expand appends template with every $ and ${offset,width,base} replaced
// by the counter value n plus the offset, and $$ by an escaped $. Escapes
// are copied as they are. As in BIND's genname, a bare $ takes the offset
// of the last modifier before it in the template ("${5}-$" is "6-6" for
// 1), and a value past 2^31-1 is refused (counter).
func expand(buf []byte, template string, n int64) ([]byte, error) {
	var offset int32 // genname's delta: set by each modifier, kept for a bare $
	for i := 0; i < len(template); i++ {
		c := template[i]
		switch {
		case c == '\\' && i+1 < len(template):
			buf = append(buf, c, template[i+1])
			i++
		case c == '$' && i+1 < len(template) && template[i+1] == '{':
			end := strings.IndexByte(template[i:], '}')
			if end < 0 {
				return buf, errors.New("$GENERATE: modifier without }")
			}
			m, err := parseModifier(template[i+2 : i+end])
			if err != nil {
				return buf, err
			}
			offset = m.offset
			v, err := counter(n, m.offset, template[i:i+end+1])
			if err != nil {
				return buf, err
			}
			buf = m.format(buf, v)
			i += end
		case c == '$' && i+1 < len(template) && template[i+1] == '$':
			buf = append(buf, '\\', '$') // "$$" is a "$", as in BIND and miekg/dns
			i++
		case c == '$':
			v, err := counter(n, offset, "$")
			if err != nil {
				return buf, err
			}
			buf = strconv.AppendInt(buf, int64(v), 10)
		default:
			buf = append(buf, c)
		}
	}
	return buf, nil
}

// counter returns the counter n plus offset as BIND's genname computes it,
// in a C int: it refuses ("out of range") a sum past 2^31-1 when n is 1
// or more, and a negative offset may make the value negative.
func counter(n int64, offset int32, what string) (int32, error) {
	if n > 0 && int64(offset) > math.MaxInt32-n {
		return 0, fmt.Errorf("$GENERATE: %s with the counter at %d is past 2^31-1: BIND says \"out of range\"", what, n)
	}
	return int32(n + int64(offset)), nil
}

// maxWidth is the widest BIND 9.18 formats one modifier: genname in
// lib/dns/master.c writes the counter into a buffer of 128 bytes, its NUL
// included, and refuses the zone ("ran out of space") when the text would
// not fit, whatever the base (d, o, x, X and the nibbles n, N), in the
// owner and in the data alike.
const maxWidth = 127

// modifierSpec is a ${offset[,width[,base]]} modifier as genname reads it.
type modifierSpec struct {
	offset int32
	width  uint32
	base   byte // d, o, x, X, n or N
}

// parseModifier reads the text between "${" and "}". The offset is read
// as sscanf's %d reads it (scanInt: "${ 1}" and "${+1}" are 1), and must
// end at the comma or the brace. A width wider than maxWidth is refused
// as BIND refuses it.
func parseModifier(mod string) (modifierSpec, error) {
	m := modifierSpec{base: 'd'}
	parts := strings.Split(mod, ",")
	if len(parts) > 3 {
		return m, fmt.Errorf("$GENERATE: bad modifier ${%s}", mod)
	}
	offset, rest, ok := scanInt(parts[0])
	if !ok || rest != "" {
		return m, fmt.Errorf("$GENERATE: bad offset in ${%s}", mod)
	}
	m.offset = offset
	if len(parts) > 1 {
		if m.width, ok = bindWidth(parts[1]); !ok {
			return m, fmt.Errorf("$GENERATE: bad width in ${%s}", mod)
		}
	}
	if len(parts) > 2 {
		if base := parts[2]; len(base) != 1 || !strings.Contains("doxXnN", base) {
			return m, fmt.Errorf("$GENERATE: bad base %s in ${%s}", clip.Quote(base), mod)
		}
		m.base = parts[2][0]
	}
	if m.width > maxWidth {
		return m, fmt.Errorf("$GENERATE: ${%s} is %d characters wide, more than %d: BIND says \"ran out of space\"", mod, m.width, maxWidth)
	}
	return m, nil
}

// format appends v as BIND's snprintf formats the C int: signed in base
// d, and as an unsigned 32-bit number in the bases o, x, X and the
// nibbles ("${-5,0,x}" is fffffffc for 1).
func (m modifierSpec) format(buf []byte, v int32) []byte {
	width, u := int(m.width), uint32(v)
	switch m.base {
	case 'd':
		return fmt.Appendf(buf, "%0*d", width, v)
	case 'o':
		return fmt.Appendf(buf, "%0*o", width, u)
	case 'x':
		return fmt.Appendf(buf, "%0*x", width, u)
	case 'X':
		return fmt.Appendf(buf, "%0*X", width, u)
	}
	return nibbles(buf, u, width, m.base == 'N')
}

// bindWidth reads the width of a modifier as BIND does, with sscanf's %u
// (strtoul): blanks before it, a sign, digits, and the value kept modulo
// 2^32 in an unsigned int ("-1" is 4294967295, "4294967423" is 127, and a
// number past 2^64-1 is 2^64-1), so that zonegen refuses the widths BIND
// refuses and no more. ok is false for a field that is no number.
func bindWidth(s string) (width uint32, ok bool) {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	neg := strings.HasPrefix(s, "-")
	if neg || strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 1<<32 - 1, true // out of range: strtoul's ULONG_MAX, whatever the sign
	}
	if neg {
		v = -v
	}
	return uint32(v), true
}

// nibbles writes v as reversed hex nibbles separated by dots, as BIND's
// nibble modifier does; width counts the characters, dots included.
func nibbles(buf []byte, v uint32, width int, upper bool) []byte {
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	for {
		buf = append(buf, digits[v&0xf])
		v >>= 4
		if width > 0 {
			width--
		}
		if width > 0 || v != 0 {
			buf = append(buf, '.')
			if width > 0 {
				width--
			}
		}
		if width == 0 && v == 0 {
			return buf
		}
	}
}
