package plan

import (
	"fmt"
	"net/netip"

	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/internal/clip"
)

// parseIPv4 parses the ipv4 field of a subnet: an IPv4 prefix without
// host bits.
func parseIPv4(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is4() {
		return netip.Prefix{}, fmt.Errorf("ipv4 %s is not an IPv4 prefix (want address/length)", clip.Quote(s))
	}
	if p != p.Masked() {
		return netip.Prefix{}, fmt.Errorf("ipv4 prefix %s has host bits set (the subnet is %s)", clip.Quote(s), p.Masked())
	}
	return p, nil
}

// parseIPv6 parses the ipv6 field of a subnet: an IPv6 prefix without host
// bits whose every address a host may have (addrscope.Host): the audit's
// own rule, so that fix writes no address the audit reports as
// reserved-aaaa or link-local-aaaa.
func parseIPv6(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is6() {
		return netip.Prefix{}, fmt.Errorf("ipv6 %s is not an IPv6 prefix (want address/length)", clip.Quote(s))
	}
	if p != p.Masked() {
		return netip.Prefix{}, fmt.Errorf("ipv6 prefix %s has host bits set (the prefix is %s)", clip.Quote(s), p.Masked())
	}
	if a, bad := addrscope.FirstNonHost(p); bad {
		return netip.Prefix{}, fmt.Errorf("ipv6 prefix %s is no host's address space: %s is %s", clip.Quote(s), a, addrscope.Describe(a))
	}
	return p, nil
}

// parseScheme parses the host field of a subnet.
func parseScheme(s string) (Scheme, error) {
	switch sc := Scheme(s); sc {
	case Mimic, LowBits, Embed:
		return sc, nil
	}
	return "", fmt.Errorf("unknown host scheme %s (want mimic, low-bits or embed)", clip.Quote(s))
}

// parseHostAddr parses an address of a hosts entry: an IPv6 address that
// is not IPv4-mapped, has no zone and is of a scope a host may have
// (addrscope.Host, the audit's rule).
func parseHostAddr(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return netip.Addr{}, fmt.Errorf("%s is not an IPv6 address", clip.Quote(s))
	case a.Is4():
		return netip.Addr{}, fmt.Errorf("%s is an IPv4 address (want IPv6)", clip.Quote(s))
	case a.Is4In6():
		return netip.Addr{}, fmt.Errorf("%s is an IPv4-mapped address (want a real IPv6 address)", clip.Quote(s))
	case a.Zone() != "":
		return netip.Addr{}, fmt.Errorf("%s has a zone; DNS has no place for it", clip.Quote(s))
	}
	if !addrscope.Host(a) {
		return netip.Addr{}, fmt.Errorf("%s is no host's address: it is %s", clip.Quote(s), addrscope.Describe(a))
	}
	return a, nil
}
