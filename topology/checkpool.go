package topology

import "github.com/zonegen/zonegen/internal/addrscope"

// poolScopes reports a pool whose servers (and vip) have IPv6 addresses of
// more than one scope: Lync wants all servers of a pool in one scope.
func (v *validator) poolScopes() {
	for _, p := range v.t.allPools() {
		v.poolScope(p)
	}
}

// poolScope checks one pool, at the first address whose scope differs
// from the pool's first IPv6 address.
func (v *validator) poolScope(p *Pool) {
	var firstName string
	var first *Address
	for _, pl := range poolMembers(p) {
		for _, a := range pl.addrs {
			sc := addrscope.Of(a.IP)
			if a.IP.Is4() || sc == addrscope.Reserved {
				continue
			}
			if first == nil {
				first, firstName = &a, pl.name
				continue
			}
			if fsc := addrscope.Of(first.IP); sc != fsc {
				v.report(CheckPoolScopeMixed, p.FQDN, a.Line,
					"pool %s mixes IPv6 scopes: %s %s is %s, %s %s is %s (all servers of a pool need one scope)",
					p.FQDN, pl.name, a.IP, sc, firstName, first.IP, fsc)
				return
			}
		}
	}
}

// poolMembers lists the addresses of a pool's servers and vip.
func poolMembers(p *Pool) []placed {
	out := make([]placed, 0, len(p.Servers)+1)
	for _, s := range p.Servers {
		out = append(out, placed{name: s.FQDN, addrs: s.Addrs})
	}
	if p.VIP != nil {
		out = append(out, placed{name: p.FQDN, addrs: p.VIP.Addrs})
	}
	return out
}

// webServicesDNSLB warns about a DNS load balanced pool of several servers
// whose internal web services have no addresses of their own: HTTPS cannot
// be DNS load balanced, so lyncdiscoverinternal, meet and dialin would
// point at single servers.
func (v *validator) webServicesDNSLB() {
	for _, p := range v.t.Pools {
		if !p.Role.hasWebServices() || p.LoadBalancing != LoadBalancingDNS || len(p.Servers) < 2 {
			continue
		}
		if p.WebInternal == nil || len(p.WebInternal.Addrs) == 0 {
			v.report(CheckWebServicesDNSLB, p.FQDN, p.Line,
				"pool %s is DNS load balanced and its web services have no load balancer address: give web_internal with the vip (web traffic cannot be DNS load balanced)", p.FQDN)
		}
	}
}
