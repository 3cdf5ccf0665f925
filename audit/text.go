package audit

import (
	"strconv"

	"github.com/zonegen/zonegen/zone"
)

// plural returns "1 thing" or "n things".
func plural(n int, word string) string { return string(appendPlural(nil, n, word)) }

// appendPlural is plural appending to b.
func appendPlural(b []byte, n int, word string) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(append(b, ' '), word...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// joinAddrs lists the addresses of records, comma separated.
func joinAddrs(rs []*zone.Record) string { return string(appendAddrs(nil, rs)) }

// appendAddrs is joinAddrs appending to b.
func appendAddrs(b []byte, rs []*zone.Record) []byte {
	for i, r := range rs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = r.Addr().AppendTo(b)
	}
	return b
}
