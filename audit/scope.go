package audit

import (
	"net/netip"

	"github.com/zonegen/zonegen/internal/addrscope"
)

// The scopes of IPv6 addresses that zonegen tells apart.
const (
	ScopeGlobal        = addrscope.Global
	ScopeUniqueLocal   = addrscope.UniqueLocal
	ScopeLinkLocal     = addrscope.LinkLocal
	ScopeDocumentation = addrscope.Documentation
	ScopeReserved      = addrscope.Reserved
)

// Scope classifies an IPv6 address: global (2000::/3, 6to4 and Teredo
// included), unique-local (fc00::/7), link-local (fe80::/10),
// documentation (2001:db8::/32) or reserved (everything else: unspecified,
// loopback, multicast, IPv4-mapped and -compatible, site-local, unallocated).
// The rule lives in internal/addrscope, which the plan reader uses too.
func Scope(a netip.Addr) string { return addrscope.Of(a) }

// reservedKind names the kind of a reserved address, for messages.
func reservedKind(a netip.Addr) string { return addrscope.ReservedKind(a) }
