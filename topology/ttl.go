package topology

import (
	"errors"
	"strconv"
)

// maxTTL is the largest TTL BIND keeps (RFC 2181 §8).
const maxTTL = 1<<31 - 1

var errTTLSyntax = errors.New("want seconds or a BIND duration such as 1h, 30m, 1d, 1w or 1h30m")

// parseTTL reads a TTL as BIND does: seconds, or numbers each followed by
// a unit w, d, h, m or s, in either case (1h30m).
func parseTTL(s string) (uint32, error) {
	if s == "" {
		return 0, errTTLSyntax
	}
	var total, n uint64
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n, digits = n*10+uint64(c-'0'), true
			if n > maxTTL {
				return 0, errTTLRange(s)
			}
			continue
		}
		unit := ttlUnit(c | 0x20)
		if unit == 0 || !digits {
			return 0, errTTLSyntax
		}
		total, n, digits = total+n*unit, 0, false
		if total > maxTTL {
			return 0, errTTLRange(s)
		}
	}
	if total += n; total > maxTTL {
		return 0, errTTLRange(s)
	}
	return uint32(total), nil
}

// ttlUnit returns the seconds in a BIND TTL unit, or 0.
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

// errTTLRange is the error of a TTL above maxTTL.
func errTTLRange(s string) error {
	return errors.New(s + " is more than " + strconv.Itoa(maxTTL) + " seconds (RFC 2181 §8)")
}
