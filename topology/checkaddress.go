package topology

import "github.com/zonegen/zonegen/internal/addrscope"

// addressChecks looks at every address on its own: its scope, and whether
// it may be published in the view it goes to.
func (v *validator) addressChecks() {
	for _, pl := range v.t.placements() {
		for _, a := range pl.addrs {
			if a.IP.Is4() {
				v.checkIPv4(pl, a)
			} else {
				v.checkIPv6(pl, a)
			}
		}
	}
}

// checkIPv4 reports an IPv4 address no server can have, and a private
// address in the external view.
func (v *validator) checkIPv4(pl placed, a Address) {
	switch {
	case isReservedV4(a.IP):
		v.report(CheckReservedA, pl.name, a.Line,
			"%s: %s is not a usable unicast address", pl.name, a.IP)
	case pl.external && isPrivateV4(a.IP):
		v.report(CheckExternalPrivateA, pl.name, a.Line,
			"%s: private address %s in the external view (publish the public, NAT-translated address)", pl.name, a.IP)
	}
}

// checkIPv6 reports the IPv6 address problems the audit knows.
func (v *validator) checkIPv6(pl placed, a Address) {
	sc := addrscope.Of(a.IP)
	switch sc {
	case addrscope.Reserved:
		v.report(CheckReservedAAAA, pl.name, a.Line,
			"%s: %s is a reserved address (unspecified, loopback, multicast, IPv4-mapped or -compatible, site-local or unassigned)", pl.name, a.IP)
	case addrscope.LinkLocal:
		v.report(CheckLinkLocal, pl.name, a.Line,
			"%s: link-local address %s is not routable and useless in DNS", pl.name, a.IP)
	case addrscope.Documentation:
		v.report(CheckDocumentation, pl.name, a.Line,
			"%s: %s is a documentation address (2001:db8::/32), never routed", pl.name, a.IP)
	}
	if pl.external && (sc == addrscope.UniqueLocal || sc == addrscope.LinkLocal) {
		v.report(CheckExternalLocal, pl.name, a.Line,
			"%s: %s address %s in the external view is unreachable from the Internet", pl.name, sc, a.IP)
	}
}
