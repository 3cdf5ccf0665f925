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
	claimWebServices                    // a pool's web_internal addresses (a load balancer's vip)
	claimOfficeWebApps                  // the Office Web Apps Server (its own addresses)
	claimReverseProxy                   // the reverse proxy's listener
	claimEdge                           // a public address of an Edge service (access, webconf, av)
)

// claim is one address of an item, with the item's name, path and kind.
type claim struct {
	ip   netip.Addr
	line int
	kind claimKind
	name string // the item's name: a server's, the pool's for its vip
	what string // the item for messages: "server fe01.contoso.com.", "the reverse proxy"
	// port443 says what listens on TCP 443 at the address, for the items
	// that take it (the Edge services, a pool's internal web services), so
	// that the HTTPS items (Office Web Apps, the reverse proxy) cannot.
	port443 string
	// ownServer is the one server of the pool whose web services the
	// claim is, whose address they may share (no load balancer then).
	ownServer string
}

// sharedAddresses reports an address that two items hold which must each
// have their own (clashes): two servers (a server's address is its own,
// LYNC-DNS.md section 2), a server and a hardware load balancer's vip or
// the web services' vip (web_internal), and the Office Web Apps Server or
// the reverse proxy at a server's address, at the internal web services'
// address or at an Edge service's public address (both take port 443).
// A DNS-load-balanced pool's name is not an item here: its addresses are
// its servers' by design (section 4). The finding is at the later
// address's line and names the earlier item.
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
// (with the Microsoft page it rests on: a user cannot follow LYNC-DNS.md,
// which is not in the repository, test 20c #8). a comes first in the file.
func clashingClaims(a, b claim) (string, bool) {
	if a.kind > b.kind {
		a, b = b, a
	}
	switch {
	case a.kind == claimServer && b.kind == claimServer && a.name != b.name:
		return "every server has an address of its own (DNS requirements for Front End pools, Gg412910)", true
	case a.kind == claimServer && b.kind == claimVIP:
		return "a hardware load balancer's vip is not a server's address (DNS load balancing, Gg398634)", true
	case a.kind == claimServer && b.kind == claimWebServices && a.name != b.ownServer:
		return "internal web services are at a hardware load balancer's vip, an address of its own, since HTTP/HTTPS " +
			"cannot be DNS load balanced (DNS load balancing, Gg398634); only a pool of one server may have them at its server's address", true
	case a.kind == claimServer && b.isHTTPS():
		return "the Office Web Apps Server and the reverse proxy are not Lync servers and have addresses of their own (DNS summary - Reverse proxy, JJ204781)", true
	case a.isHTTPS() && b.port443 != "":
		return "port 443 there is " + b.port443 + ", which " + a.what + " cannot share", true
	case a.port443 != "" && b.isHTTPS():
		return "port 443 there is " + a.port443 + ", which " + b.what + " cannot share", true
	}
	return "", false
}

// isHTTPS reports whether the item is an HTTPS server of its own on port
// 443: the Office Web Apps Server or the reverse proxy.
func (c claim) isHTTPS() bool {
	return c.kind == claimOfficeWebApps || c.kind == claimReverseProxy
}

// claims lists the addresses sharedAddresses compares, in file order.
func (t *Topology) claims() []claim {
	var out []claim
	for _, p := range t.allPools() {
		out = append(out, poolClaims(p)...)
	}
	if o := t.OfficeWebApps; o != nil {
		out = appendClaims(out, o.Addrs, claim{kind: claimOfficeWebApps, name: o.FQDN, what: "Office Web Apps Server " + o.FQDN})
	}
	if rp := t.ReverseProxy; rp != nil {
		out = appendClaims(out, rp.Addrs, claim{kind: claimReverseProxy, name: t.reverseProxyName(), what: "the reverse proxy"})
	}
	if e := t.Edge; e != nil {
		out = append(out, edgeClaims(e)...)
	}
	slices.SortStableFunc(out, func(a, b claim) int { return cmp.Compare(a.line, b.line) })
	return out
}

// poolClaims lists the addresses of a pool's servers, its vip and its
// web_internal. The vip takes port 443 when the pool's web services are
// at the pool name (web_internal without addresses of its own).
func poolClaims(p *Pool) []claim {
	var out []claim
	for _, s := range p.Servers {
		out = appendClaims(out, s.Addrs, claim{kind: claimServer, name: s.FQDN, what: "server " + s.FQDN})
	}
	web := "the internal web services of " + p.FQDN + " (HTTPS, DNS load balancing, Gg398634)"
	if p.VIP != nil {
		vip := claim{kind: claimVIP, name: p.FQDN, what: "the vip of " + p.FQDN}
		if p.Role.hasWebServices() && (p.WebInternal == nil || len(p.WebInternal.Addrs) == 0) {
			vip.port443 = web
		}
		out = appendClaims(out, p.VIP.Addrs, vip)
	}
	if w := p.WebInternal; w != nil {
		ws := claim{kind: claimWebServices, name: w.FQDN, what: "web_internal " + w.FQDN + " of " + p.FQDN, port443: web}
		if len(p.Servers) == 1 {
			ws.ownServer = p.Servers[0].FQDN
		}
		out = appendClaims(out, w.Addrs, ws)
	}
	return out
}

// edgeClaims lists the public addresses of the Edge's services, each with
// what takes port 443 there. LYNC-DNS.md gives the Access Edge's port (the
// _sip._tls SRV, section 3) but not the others'; Lync's Edge port
// summaries give TCP 443 for Web Conferencing (PSOM) and A/V (TURN) too.
func edgeClaims(e *Edge) []claim {
	services := []struct {
		host          *Host
		title, listen string
	}{
		{&e.Access, "the Access Edge", "SIP over TLS (_sip._tls SRV to port 443; DNS summary - Single consolidated edge, JJ205025)"},
		{&e.WebConf, "the Web Conferencing Edge", "PSOM over TLS (Lync's Edge port summaries)"},
		{&e.AV, "the A/V Edge", "TURN over TCP (Lync's Edge port summaries)"},
	}
	var out []claim
	for _, s := range services {
		what := s.title + " " + s.host.FQDN
		out = appendClaims(out, s.host.Addrs, claim{kind: claimEdge, name: s.host.FQDN, what: what,
			port443: s.title + "'s " + s.listen})
	}
	return out
}

// appendClaims adds a copy of the claim c for each address of an item.
func appendClaims(out []claim, addrs []Address, c claim) []claim {
	for _, a := range addrs {
		c.ip, c.line = a.IP, a.Line
		out = append(out, c)
	}
	return out
}
