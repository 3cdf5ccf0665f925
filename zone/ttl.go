package zone

import (
	"errors"
	"fmt"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

var errBadTTL = errors.New("bad TTL")

// ErrTTLRange is returned by ParseTTL for a TTL of 2^32 seconds or more.
var ErrTTLRange = errors.New("TTL out of range")

// ParseTTL reads a TTL as BIND does: seconds, or a sequence of numbers with
// units w, d, h, m, s in either case (1h30m). A number after a unit needs
// a unit of its own: BIND refuses "1h30", where miekg/dns reads 3630.
func ParseTTL(s string) (uint32, error) {
	if s == "" {
		return 0, errBadTTL
	}
	var total, n uint64
	digits, units := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + uint64(c-'0')
			digits = true
			if n >= 1<<32 {
				return 0, ErrTTLRange
			}
			continue
		}
		unit := ttlUnit(c | 0x20)
		if unit == 0 || !digits {
			return 0, errBadTTL
		}
		total += n * unit
		n, digits, units = 0, false, true
		if total >= 1<<32 {
			return 0, ErrTTLRange
		}
	}
	if digits && units {
		return 0, errBadTTL
	}
	total += n
	if total >= 1<<32 {
		return 0, ErrTTLRange
	}
	return uint32(total), nil
}

// ttlUnit returns the seconds of a TTL unit letter (lower case), or 0.
func ttlUnit(c byte) uint64 {
	switch c {
	case 's':
		return 1
	case 'm':
		return 60
	case 'h':
		return 3600
	case 'd':
		return 86400
	case 'w':
		return 604800
	}
	return 0
}

// isTTL reports whether a token reads as a TTL.
func isTTL(tok string) bool {
	if tok == "" || tok[0] < '0' || tok[0] > '9' {
		return false
	}
	_, err := ParseTTL(tok)
	return err == nil
}

// MaxTTL is the largest TTL BIND keeps: RFC 2181 §8 reads a TTL with the
// top bit set as zero, and BIND sets it to 0 with a warning.
const MaxTTL = 1<<31 - 1

// bindTTL returns the TTL v as BIND keeps it, and whether that is not v: a
// TTL above MaxTTL is 0 ("> MAXTTL, setting ... to 0"), where miekg/dns
// keeps it. Every TTL the reader takes (a record's, a $GENERATE's, $TTL's,
// and the SOA minimum that stands for $TTL) goes through here, most of them
// through feeder.keepTTL.
func bindTTL(v uint32) (kept uint32, changed bool) {
	if v > MaxTTL {
		return 0, true
	}
	return v, false
}

// ttlField is the place of a TTL that BIND does not keep in an entry's
// text.
type ttlField struct{ start, end int }

// writtenTTL is the TTL written in a record, as bindTTLs finds it.
type writtenTTL struct {
	big   ttlField // its place when BIND does not keep it (bindTTL), else zero
	value uint32   // the TTL as BIND keeps it
	ok    bool     // a TTL is written
}

// bindTTLs refuses a TTL that miekg/dns reads and BIND does not (readTTL
// says which), in the two fields after the owner and in the timers of an
// SOA. It returns the TTL written, if any, and where it is when BIND does
// not keep it (bindTTL). Only the two fields after the owner can be a TTL,
// and only the data of an SOA is looked into: the check costs a few byte
// tests for almost every record.
func bindTTLs(e *entry) (w writtenTTL, err error) {
	text := e.text
	i := 0
	if !e.blankOwner() {
		i = tokenEnd(text, 0)
	}
	for n := 0; n < 3; n++ {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) {
			return w, nil
		}
		end := tokenEnd(text, i)
		tok := text[i:end] // converted where it is used: no string made for each record
		if n < 2 {
			v, ttl, fault := readTTL(string(tok))
			if fault != "" {
				return w, &tokenError{i, fmt.Errorf("%s is not a TTL BIND reads (%s)", clip.Quote(string(tok)), fault)}
			}
			if ttl {
				w.note(v, ttlField{i, end})
			}
			if ttl || isClass(string(tok)) {
				i = end
				continue
			}
		}
		if len(tok) == 3 && strings.EqualFold(string(tok), "SOA") {
			return w, soaTimers(text, end)
		}
		return w, nil // the type: what follows is data
	}
	return w, nil
}

// note takes v, a TTL written at at: the first one is the record's TTL,
// as BIND keeps it, and one BIND does not keep is marked (bindTTL).
func (w *writtenTTL) note(v uint32, at ttlField) {
	kept, changed := bindTTL(v)
	if changed {
		w.big = at
	}
	if !w.ok {
		w.value, w.ok = kept, true
	}
}

// soaTimerNames names the four timers of an SOA, after its two names and
// its serial.
var soaTimerNames = [...]string{"refresh", "retry", "expire", "minimum"}

// soaTimers refuses an SOA timer that miekg/dns reads and BIND does not
// ("1h30": 3630 for miekg/dns, "syntax error" in BIND), by the rule of a
// record's TTL, as a tokenError at the timer. The SOA's data starts at
// offset i of text, after its type; a timer that is missing or no TTL at
// all is left to miekg/dns to report.
func soaTimers(text []byte, i int) error {
	for k := -3; k < len(soaTimerNames); k++ { // the two names and the serial, then the timers
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) {
			return nil
		}
		end := tokenEnd(text, i)
		if k >= 0 {
			if _, _, fault := readTTL(string(text[i:end])); fault != "" {
				return &tokenError{i, fmt.Errorf("SOA %s %s is not a TTL BIND reads (%s)", soaTimerNames[k], clip.Quote(string(text[i:end])), fault)}
			}
		}
		i = end
	}
	return nil
}

// readTTL reads tok, a field where a TTL may stand, as BIND does: v and
// ttl when tok is a TTL, and a fault (why BIND refuses it) when tok is one
// for miekg/dns only. miekg/dns takes any run of digits and unit letters
// for a TTL: one that starts with a unit letter and names no type or class
// ("S1", "H"), and one with digits after its last unit ("1h30", which it
// reads as 3630); BIND says "unknown RR type" of them in a record or a
// $GENERATE, "syntax error" in an SOA timer. Records, $GENERATE and SOA
// timers all ask here. tok does not escape: no string is made for each
// record.
func readTTL(tok string) (v uint32, ttl bool, fault string) {
	if looseTTL(tok) {
		return 0, false, "a number must come before each unit"
	}
	v, ttl, loose := isTTLOrLoose(tok)
	if loose {
		return 0, false, "a number after a unit needs a unit too"
	}
	return v, ttl, ""
}

// isTTLOrLoose reads tok as a TTL if it is one, and reports one that
// miekg/dns reads and BIND does not: digits and units only, with digits
// after the last unit ("1h30": BIND says "unknown RR type", miekg/dns reads
// 3630). tok does not escape: no string is made for each record.
func isTTLOrLoose(tok string) (v uint32, ttl, loose bool) {
	if tok == "" || tok[0] < '0' || tok[0] > '9' {
		return 0, false, false
	}
	v, err := ParseTTL(tok)
	if err == errBadTTL && strings.Trim(tok, "0123456789smhdwSMHDW") == "" {
		return 0, false, true
	}
	return v, err == nil, false
}

// bigTTLNote is the bind-divergence note for a TTL that BIND does not keep.
func bigTTLNote(what string, v uint64) string {
	return fmt.Sprintf("%s %d is above 2^31-1: BIND reads it as 0 (RFC 2181 §8), miekg/dns keeps it", what, v)
}

// looseTTL reports whether miekg/dns would read tok as a TTL and BIND
// would not: it starts with a unit letter and is no type or class name.
func looseTTL(tok string) bool {
	if tok == "" || !strings.ContainsRune("smhdwSMHDW", rune(tok[0])) {
		return false
	}
	for _, c := range tok {
		if !strings.ContainsRune("0123456789smhdwSMHDW", c) {
			return false
		}
	}
	u := strings.ToUpper(tok)
	_, isType := dns.StringToType[u]
	_, isClass := dns.StringToClass[u]
	_, bindType := bindOnlyTypes[u]
	return !isType && !isClass && !bindType
}
