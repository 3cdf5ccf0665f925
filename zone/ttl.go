package zone

import "errors"

var errBadTTL = errors.New("bad TTL")

// ErrTTLRange is returned by ParseTTL for a TTL of 2^32 seconds or more.
var ErrTTLRange = errors.New("TTL out of range")

// ParseTTL reads a TTL as BIND does: seconds, or a sequence of numbers with
// units w, d, h, m, s in either case (1h30m).
func ParseTTL(s string) (uint32, error) {
	if s == "" {
		return 0, errBadTTL
	}
	var total, n uint64
	digits := false
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
		unit, ok := ttlUnits[c|0x20]
		if !ok || !digits {
			return 0, errBadTTL
		}
		total += n * unit
		n, digits = 0, false
		if total >= 1<<32 {
			return 0, ErrTTLRange
		}
	}
	total += n
	if total >= 1<<32 {
		return 0, ErrTTLRange
	}
	return uint32(total), nil
}

var ttlUnits = map[byte]uint64{'s': 1, 'm': 60, 'h': 3600, 'd': 86400, 'w': 604800}

// parseTTL is ParseTTL, named as the package's other readers.
func parseTTL(s string) (uint32, error) { return ParseTTL(s) }

// isTTL reports whether a token reads as a TTL.
func isTTL(tok string) bool {
	if tok == "" || tok[0] < '0' || tok[0] > '9' {
		return false
	}
	_, err := ParseTTL(tok)
	return err == nil
}
