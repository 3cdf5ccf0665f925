package topology

import (
	"errors"
	"strconv"

	"github.com/zonegen/zonegen/zone"
)

var errTTLSyntax = errors.New("want seconds or a BIND duration such as 1h, 30m, 1d, 1w or 1h30m")

// parseTTL reads a TTL as BIND does (zone.ParseTTL), and refuses one above
// the largest TTL BIND keeps.
func parseTTL(s string) (uint32, error) {
	v, err := zone.ParseTTL(s)
	switch {
	case errors.Is(err, zone.ErrTTLRange) || err == nil && v > zone.MaxTTL:
		return 0, errors.New(s + " is more than " + strconv.Itoa(zone.MaxTTL) + " seconds (RFC 2181 §8)")
	case err != nil:
		return 0, errTTLSyntax
	}
	return v, nil
}
