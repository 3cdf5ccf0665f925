package topology

import (
	"cmp"
	"net/netip"
	"slices"
)

// claimKind is what holds an address that sharedAddresses compares.
type claimKind int

// The holders of addresses that must not share them, in pairs (owns).
const (
	claimServer        claimKind = iota // a server of a pool or of the Edge's internal side
	claimVIP                            // a hardware-load-balanced pool's vip
	claimOfficeWebApps                  // the Office Web Apps Server (its own addresses)
	claimReverseProxy                   // the reverse proxy's listener
	claimAccess                         // the Access Edge's public addresses
)

// claim is one address of an item, with the item's name, path and kind.
type claim struct {
	ip   netip.Addr
	line int
	kind claimKind
	name string // the item's name: a server's, the pool's for its vip
	what string // the item for messages: "server fe01.contoso.com.", "the reverse proxy"
}

// sharedAddresses reports an address that two items hold which must each
// have their own (clashes): two servers (a server's address is its own,
// LYNC-DNS.md section 2), a server and a hardware load balancer's vip, and
// the Office Web Apps Server or the reverse proxy at a server's address
// or at the Access Edge's. A DNS-load-balanced pool's name is not an item
// here: its addresses are its servers' by design (section 4). The finding
// is at the later address's line and names the earlier item.
func (v *validator) sharedAddresses() {
	seen := map[netip.Addr][]claim{}
	for _, c := range v.t.claims() {
		for _, prev := range seen[c.ip] {
			if why, bad := clashingClaims(prev, c); bad {
				v.report(CheckSharedAddress, c.name, c.line, "%s has %s, the address of %s at line %d: %s",
					c.what, c.ip, prev.what, prev.line, why)
				break
			}
		}
		seen[c.ip] = append(seen[c.ip], c)
	}
}

// clashingClaims says whether two items may not share an address, and why
// (with the LYNC-DNS.md section it rests on). a comes first in the file.
func clashingClaims(a, b claim) (string, bool) {
	if a.kind > b.kind {
		a, b = b, a
	}
	switch {
	case a.kind == claimServer && b.kind == claimServer && a.name != b.name:
		return "every server has an address of its own (LYNC-DNS.md section 2)", true
	case a.kind == claimServer && b.kind == claimVIP:
		return "a hardware load balancer's vip is not a server's address (LYNC-DNS.md sections 2 and 4)", true
	case a.kind == claimServer && (b.kind == claimOfficeWebApps || b.kind == claimReverseProxy):
		return "the Office Web Apps Server and the reverse proxy are not Lync servers and have addresses of their own (LYNC-DNS.md sections 2 and 3)", true
	case (a.kind == claimOfficeWebApps || a.kind == claimReverseProxy) && b.kind == claimAccess:
		return "port 443 there is the Access Edge's SIP over TLS (_sip._tls SRV to port 443, LYNC-DNS.md section 3), not HTTPS", true
	}
	return "", false
}

// claims lists the addresses sharedAddresses compares, in file order.
func (t *Topology) claims() []claim {
	var out []claim
	for _, p := range t.allPools() {
		for _, s := range p.Servers {
			out = appendClaims(out, s.Addrs, claimServer, s.FQDN, "server "+s.FQDN)
		}
		if p.VIP != nil {
			out = appendClaims(out, p.VIP.Addrs, claimVIP, p.FQDN, "the vip of "+p.FQDN)
		}
	}
	if o := t.OfficeWebApps; o != nil {
		out = appendClaims(out, o.Addrs, claimOfficeWebApps, o.FQDN, "Office Web Apps Server "+o.FQDN)
	}
	if rp := t.ReverseProxy; rp != nil {
		out = appendClaims(out, rp.Addrs, claimReverseProxy, t.reverseProxyName(), "the reverse proxy")
	}
	if e := t.Edge; e != nil {
		out = appendClaims(out, e.Access.Addrs, claimAccess, e.Access.FQDN, "the Access Edge "+e.Access.FQDN)
	}
	slices.SortStableFunc(out, func(a, b claim) int { return cmp.Compare(a.line, b.line) })
	return out
}

// appendClaims adds a claim for each address of an item.
func appendClaims(out []claim, addrs []Address, kind claimKind, name, what string) []claim {
	for _, a := range addrs {
		out = append(out, claim{ip: a.IP, line: a.Line, kind: kind, name: name, what: what})
	}
	return out
}
