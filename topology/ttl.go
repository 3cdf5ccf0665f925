package topology

import (
	"errors"
	"strconv"

	"github.com/zonegen/zonegen/zone"
)

// maxTTL is the largest TTL BIND keeps (RFC 2181 §8).
const maxTTL = 1<<31 - 1

var errTTLSyntax = errors.New("want seconds or a BIND duration such as 1h, 30m, 1d, 1w or 1h30m")

// parseTTL reads a TTL as BIND does (zone.ParseTTL), and refuses one above
// the largest TTL BIND keeps.
func parseTTL(s string) (uint32, error) {
	v, err := zone.ParseTTL(s)
	switch {
	case errors.Is(err, zone.ErrTTLRange) || err == nil && v > maxTTL:
		return 0, errors.New(s + " is more than " + strconv.Itoa(maxTTL) + " seconds (RFC 2181 §8)")
	case err != nil:
		return 0, errTTLSyntax
	}
	return v, nil
}
