// Package addrscope classifies IPv6 addresses by scope. It is the one rule
// that the audit (the scopes of hosts, the reserved-aaaa and link-local-aaaa
// checks) and the plan reader (which refuses what those checks flag) share,
// so that the plan cannot accept an address the audit then reports.
package addrscope

import "net/netip"

// The scopes of IPv6 addresses that zonegen tells apart.
const (
	Global        = "global"
	UniqueLocal   = "unique-local"
	LinkLocal     = "link-local"
	Documentation = "documentation"
	Reserved      = "reserved"
)

var (
	prefixDoc       = netip.MustParsePrefix("2001:db8::/32")
	prefixGlobal    = netip.MustParsePrefix("2000::/3")
	prefixULA       = netip.MustParsePrefix("fc00::/7")
	prefixLinkLocal = netip.MustParsePrefix("fe80::/10")
	prefixSiteLocal = netip.MustParsePrefix("fec0::/10")
	prefixCompat    = netip.MustParsePrefix("::/96")
	prefixNAT64     = netip.MustParsePrefix("64:ff9b::/96")
	prefixNAT64L    = netip.MustParsePrefix("64:ff9b:1::/48")
	prefixDiscard   = netip.MustParsePrefix("100::/64")
)

// hostBlocks are the blocks whose addresses a host's AAAA may hold: those
// of scope global (documentation inside it) and unique-local.
var hostBlocks = []netip.Prefix{prefixGlobal, prefixULA}

// Of classifies an IPv6 address: global (2000::/3, 6to4 and Teredo
// included), unique-local (fc00::/7), link-local (fe80::/10),
// documentation (2001:db8::/32) or reserved (everything else: unspecified,
// loopback, multicast, IPv4-mapped and -compatible, site-local, unallocated).
func Of(a netip.Addr) string {
	switch {
	case prefixDoc.Contains(a):
		return Documentation
	case prefixGlobal.Contains(a):
		return Global
	case prefixULA.Contains(a):
		return UniqueLocal
	case prefixLinkLocal.Contains(a):
		return LinkLocal
	}
	return Reserved
}

// Local reports whether the Internet cannot reach address a: its scope
// (returned) is unique-local or link-local. The audit's
// external-local-aaaa reports such an AAAA in the external view, and fix
// writes none there.
func Local(a netip.Addr) (scope string, local bool) {
	s := Of(a)
	return s, s == UniqueLocal || s == LinkLocal
}

// Host reports whether a host's AAAA may hold address a: its scope is
// neither reserved nor link-local, the ones the audit's reserved-aaaa and
// link-local-aaaa checks report as errors. Documentation addresses pass
// (the audit only warns about them).
func Host(a netip.Addr) bool {
	s := Of(a)
	return s != Reserved && s != LinkLocal
}

// FirstNonHost returns the first address of prefix p that is no Host
// address, and whether p has one. The host blocks are prefixes that do not
// touch: p holds host addresses only when the block of its first address
// holds p whole, and otherwise the first address past that block is not
// one.
func FirstNonHost(p netip.Prefix) (netip.Addr, bool) {
	p = p.Masked()
	for _, b := range hostBlocks {
		if !b.Contains(p.Addr()) {
			continue
		}
		if b.Bits() <= p.Bits() {
			return netip.Addr{}, false
		}
		return last(b).Next(), true
	}
	return p.Addr(), true
}

// last returns the last address of prefix p.
func last(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().As16()
	for i := p.Bits(); i < 128; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	return netip.AddrFrom16(b)
}

// ReservedKind names the kind of a reserved address, for messages.
func ReservedKind(a netip.Addr) string {
	switch {
	case a.IsUnspecified():
		return "the unspecified address"
	case a.IsLoopback():
		return "the loopback address"
	case a.IsMulticast():
		return "a multicast address"
	case a.Is4In6():
		return "an IPv4-mapped address"
	case prefixCompat.Contains(a):
		return "an IPv4-compatible address (deprecated, RFC 4291)"
	case prefixSiteLocal.Contains(a):
		return "a site-local address (fec0::/10, deprecated by RFC 3879)"
	case prefixNAT64.Contains(a), prefixNAT64L.Contains(a):
		// in use, but made by DNS64 and a translator, never a host's
		// own (test 20a D5: "outside every block in use" was untrue)
		return "a NAT64 address (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215), which DNS64 makes and no server has"
	case prefixDiscard.Contains(a):
		return "a discard-only address (100::/64, RFC 6666)"
	}
	return "outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)"
}

// Describe names the scope of address a, and for a reserved one its kind:
// "link-local", "reserved, a multicast address".
func Describe(a netip.Addr) string {
	s := Of(a)
	if s == Reserved {
		return s + ", " + ReservedKind(a)
	}
	return s
}
