package topology

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// parseAddress reads an address of the family the key asks for (4 or 6).
// IPv6 zone indexes (fe80::1%eth0) are refused: DNS cannot hold them.
func parseAddress(s string, family int) (netip.Addr, error) {
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, &addrError{text: s, err: err}
	}
	switch {
	case ip.Zone() != "":
		return netip.Addr{}, fmt.Errorf("bad address %s: a zone index cannot be published in DNS", clip.Quote(s))
	case family == 4 && !ip.Is4():
		return netip.Addr{}, fmt.Errorf("bad address %s: not an IPv4 address", clip.Quote(s))
	case family == 6 && !ip.Is6():
		return netip.Addr{}, fmt.Errorf("bad address %s: not an IPv6 address", clip.Quote(s))
	}
	return ip, nil
}

// addrError is an address that does not parse. It wraps the error of
// net/netip and words it without repeating the address.
type addrError struct {
	text string
	err  error
}

// Error returns `bad address "TEXT": REASON`.
func (e *addrError) Error() string {
	reason := strings.TrimPrefix(e.err.Error(), "ParseAddr("+strconv.Quote(e.text)+"): ")
	return fmt.Sprintf("bad address %s: %s", clip.Quote(e.text), clip.Quoted(reason))
}

// Unwrap returns the error of net/netip.
func (e *addrError) Unwrap() error { return e.err }

// isReservedV4 reports whether an IPv4 address cannot be a server's:
// "this network" 0/8, loopback, link-local (APIPA), multicast, the reserved
// 240/4 and the limited broadcast address.
func isReservedV4(ip netip.Addr) bool {
	return prefix("0.0.0.0/8").Contains(ip) || ip.IsLoopback() || ip.IsLinkLocalUnicast() ||
		ip.IsMulticast() || prefix("240.0.0.0/4").Contains(ip)
}

// isPrivateV4 reports whether an IPv4 address is not reachable from the
// Internet: RFC 1918 private space and RFC 6598 shared (carrier NAT) space.
func isPrivateV4(ip netip.Addr) bool {
	return ip.IsPrivate() || prefix("100.64.0.0/10").Contains(ip)
}

// prefix parses a prefix written in this file; it panics on a typo, which
// the tests would catch at once.
func prefix(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// errNoAddress is the error of a host given without any address.
var errNoAddress = errors.New("no address: give ipv4, ipv6 or both")
