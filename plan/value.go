package plan

import (
	"fmt"
	"net/netip"
)

// reservedRange is a part of the IPv6 address space that no host address
// may come from.
type reservedRange struct {
	prefix netip.Prefix
	name   string
}

// reservedRanges are the ranges the audit's reserved-aaaa and
// link-local-aaaa checks flag; first match names the problem.
func reservedRanges() []reservedRange {
	return []reservedRange{
		{netip.MustParsePrefix("::/128"), "unspecified"},
		{netip.MustParsePrefix("::1/128"), "loopback"},
		{netip.MustParsePrefix("::/96"), "IPv4-compatible, deprecated"},
		{netip.MustParsePrefix("::ffff:0:0/96"), "IPv4-mapped"},
		{netip.MustParsePrefix("fe80::/10"), "link-local"},
		{netip.MustParsePrefix("fec0::/10"), "site-local, deprecated"},
		{netip.MustParsePrefix("ff00::/8"), "multicast"},
	}
}

// parseIPv4 parses the ipv4 field of a subnet: an IPv4 prefix without
// host bits.
func parseIPv4(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is4() {
		return netip.Prefix{}, fmt.Errorf("ipv4 %q is not an IPv4 prefix (want address/length)", s)
	}
	if p != p.Masked() {
		return netip.Prefix{}, fmt.Errorf("ipv4 prefix %q has host bits set (the subnet is %s)", s, p.Masked())
	}
	return p, nil
}

// parseIPv6 parses the ipv6 field of a subnet: an IPv6 prefix without host
// bits that overlaps no reserved range.
func parseIPv6(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is6() {
		return netip.Prefix{}, fmt.Errorf("ipv6 %q is not an IPv6 prefix (want address/length)", s)
	}
	if p != p.Masked() {
		return netip.Prefix{}, fmt.Errorf("ipv6 prefix %q has host bits set (the prefix is %s)", s, p.Masked())
	}
	for _, r := range reservedRanges() {
		if p.Overlaps(r.prefix) {
			return netip.Prefix{}, fmt.Errorf("ipv6 prefix %q overlaps %s (%s)", s, r.prefix, r.name)
		}
	}
	return p, nil
}

// parseScheme parses the host field of a subnet.
func parseScheme(s string) (Scheme, error) {
	switch sc := Scheme(s); sc {
	case Mimic, LowBits, Embed:
		return sc, nil
	}
	return "", fmt.Errorf("unknown host scheme %q (want mimic, low-bits or embed)", s)
}

// parseHostAddr parses an address of a hosts entry: an IPv6 address that
// is not IPv4-mapped, has no zone and lies in no reserved range.
func parseHostAddr(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return netip.Addr{}, fmt.Errorf("%q is not an IPv6 address", s)
	case a.Is4():
		return netip.Addr{}, fmt.Errorf("%q is an IPv4 address (want IPv6)", s)
	case a.Is4In6():
		return netip.Addr{}, fmt.Errorf("%q is an IPv4-mapped address (want a real IPv6 address)", s)
	case a.Zone() != "":
		return netip.Addr{}, fmt.Errorf("%q has a zone; DNS has no place for it", s)
	}
	for _, r := range reservedRanges() {
		if r.prefix.Contains(a) {
			return netip.Addr{}, fmt.Errorf("%q is in %s (%s)", s, r.prefix, r.name)
		}
	}
	return a, nil
}
