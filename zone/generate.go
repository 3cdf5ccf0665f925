package zone

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
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

func (g *generator) parseRange(r string) error {
	bad := fmt.Errorf("$GENERATE: invalid range %q", r)
	g.step = 1
	if i := strings.IndexByte(r, '/'); i >= 0 {
		step, err := strconv.ParseInt(r[i+1:], 10, 64)
		if err != nil || step <= 0 {
			return bad
		}
		g.step, r = step, r[:i]
	}
	a, b, ok := strings.Cut(r, "-")
	start, err1 := strconv.ParseInt(a, 10, 64)
	stop, err2 := strconv.ParseInt(b, 10, 64)
	if !ok || err1 != nil || err2 != nil || start < 0 || stop < start || stop > 1<<31-1 {
		return bad
	}
	g.start, g.stop, g.cur = start, stop, start
	return nil
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
			return fmt.Errorf("$GENERATE: %q is not a TTL BIND reads (%s)", t, fault)
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
		return fmt.Errorf("$GENERATE: extra text %q after the record data (BIND reads one field: quote data with blanks, \"10 mail$\")", tok[1])
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
// by the counter value n, and $$ by an escaped $. Escapes are copied as
// they are.
func expand(buf []byte, template string, n int64) ([]byte, error) {
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
			var err error
			if buf, err = modifier(buf, template[i+2:i+end], n); err != nil {
				return buf, err
			}
			i += end
		case c == '$' && i+1 < len(template) && template[i+1] == '$':
			buf = append(buf, '\\', '$') // "$$" is a "$", as in BIND and miekg/dns
			i++
		case c == '$':
			buf = strconv.AppendInt(buf, n, 10)
		default:
			buf = append(buf, c)
		}
	}
	return buf, nil
}

// maxWidth is the widest BIND 9.18 formats one modifier: genname in
// lib/dns/master.c writes the counter into a buffer of 128 bytes, its NUL
// included, and refuses the zone ("ran out of space") when the text would
// not fit, whatever the base (d, o, x, X and the nibbles n, N), in the
// owner and in the data alike.
const maxWidth = 127

// modifier formats n by a ${offset[,width[,base]]} modifier. A width wider
// than maxWidth is refused as BIND refuses it.
func modifier(buf []byte, mod string, n int64) ([]byte, error) {
	parts := strings.Split(mod, ",")
	if len(parts) > 3 {
		return buf, fmt.Errorf("$GENERATE: bad modifier ${%s}", mod)
	}
	offset, err := strconv.ParseInt(parts[0], 10, 32)
	if err != nil {
		return buf, fmt.Errorf("$GENERATE: bad offset in ${%s}", mod)
	}
	width, base := uint32(0), "d"
	if len(parts) > 1 {
		var ok bool
		if width, ok = bindWidth(parts[1]); !ok {
			return buf, fmt.Errorf("$GENERATE: bad width in ${%s}", mod)
		}
	}
	if len(parts) > 2 {
		base = parts[2]
	}
	if len(base) != 1 || !strings.Contains("doxXnN", base) {
		return buf, fmt.Errorf("$GENERATE: bad base %q in ${%s}", base, mod)
	}
	if width > maxWidth {
		return buf, fmt.Errorf("$GENERATE: ${%s} is %d characters wide, more than %d: BIND says \"ran out of space\"", mod, width, maxWidth)
	}
	v := n + offset
	switch base {
	case "d":
		return fmt.Appendf(buf, "%0*d", width, v), nil
	case "o":
		return fmt.Appendf(buf, "%0*o", width, v), nil
	case "x":
		return fmt.Appendf(buf, "%0*x", width, v), nil
	case "X":
		return fmt.Appendf(buf, "%0*X", width, v), nil
	}
	return nibbles(buf, uint32(v), int(width), base == "N"), nil
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
