package zone

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// ReverseName returns the in-addr.arpa or ip6.arpa name of an address.
func ReverseName(addr string) (string, error) { return dns.ReverseAddr(addr) }

// AddrOfReverse returns the address whose reverse name is name, as
// ReverseName writes it: four decimal labels (no leading zero) under
// in-addr.arpa., or 32 lower-case hex nibbles under ip6.arpa. Any other
// name has none: a reverse zone's origin, a name of a shorter prefix, or
// an RFC 2317 name (5.0/26.2.0.192.in-addr.arpa.).
func AddrOfReverse(name string) (netip.Addr, bool) {
	if nibbles, ok := strings.CutSuffix(name, ".ip6.arpa."); ok {
		return addrOfNibbles(nibbles)
	}
	if octets, ok := strings.CutSuffix(name, ".in-addr.arpa."); ok {
		return addrOfOctets(octets)
	}
	return netip.Addr{}, false
}

// addrOfNibbles reads the 32 nibbles of an ip6.arpa name, least
// significant first, each a label of its own.
func addrOfNibbles(s string) (netip.Addr, bool) {
	if len(s) != 2*32-1 {
		return netip.Addr{}, false
	}
	var b [16]byte
	for i := range 32 {
		v := strings.IndexByte("0123456789abcdef", s[2*i])
		if v < 0 || i < 31 && s[2*i+1] != '.' {
			return netip.Addr{}, false
		}
		n := 31 - i // the nibble's place from the left
		b[n/2] |= byte(v) << (4 * (1 - n%2))
	}
	return netip.AddrFrom16(b), true
}

// addrOfOctets reads the four octets of an in-addr.arpa name, last
// first.
func addrOfOctets(s string) (netip.Addr, bool) {
	var b [4]byte
	for i := 3; i >= 0; i-- {
		label, rest, found := strings.Cut(s, ".")
		v, err := strconv.ParseUint(label, 10, 8)
		if err != nil || found != (i > 0) || len(label) > 1 && label[0] == '0' {
			return netip.Addr{}, false
		}
		b[i], s = byte(v), rest
	}
	return netip.AddrFrom4(b), true
}
