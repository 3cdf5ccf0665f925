package audit

import "net/netip"

// The scopes of IPv6 addresses that zonegen tells apart.
const (
	ScopeGlobal        = "global"
	ScopeUniqueLocal   = "unique-local"
	ScopeLinkLocal     = "link-local"
	ScopeDocumentation = "documentation"
	ScopeReserved      = "reserved"
)

var (
	prefixDoc       = netip.MustParsePrefix("2001:db8::/32")
	prefixGlobal    = netip.MustParsePrefix("2000::/3")
	prefixULA       = netip.MustParsePrefix("fc00::/7")
	prefixLinkLocal = netip.MustParsePrefix("fe80::/10")
	prefixSiteLocal = netip.MustParsePrefix("fec0::/10")
	prefixCompat    = netip.MustParsePrefix("::/96")
)

// Scope classifies an IPv6 address: global (2000::/3, 6to4 and Teredo
// included), unique-local (fc00::/7), link-local (fe80::/10),
// documentation (2001:db8::/32) or reserved (everything else: unspecified,
// loopback, multicast, IPv4-mapped and -compatible, site-local, unallocated).
func Scope(a netip.Addr) string {
	switch {
	case prefixDoc.Contains(a):
		return ScopeDocumentation
	case prefixGlobal.Contains(a):
		return ScopeGlobal
	case prefixULA.Contains(a):
		return ScopeUniqueLocal
	case prefixLinkLocal.Contains(a):
		return ScopeLinkLocal
	}
	return ScopeReserved
}

// reservedKind names the kind of a reserved address, for messages.
func reservedKind(a netip.Addr) string {
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
	}
	return "outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)"
}
