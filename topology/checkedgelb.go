package topology

// edgeLoadBalancing reports an Edge whose external side is load balanced
// otherwise than its internal side: LYNC-DNS.md section 4, "Internal and
// external Edge interfaces must use the same LB type (both DNS or both
// HLB)". The topology says the internal side's type; the external side's
// shows in its addresses (sections 3 and 4): with DNS load balancing each
// service name has the public address of every Edge server, with a
// hardware load balancer one vip per service. So a hardware inside with
// several addresses of one IP version on a service name is DNS load
// balanced outside, and a DNS-load-balanced inside of several servers
// with one address per IP version on every service name is hardware load
// balanced outside (or publishes one server only, which section 4 does not
// allow either). A count in between is not a type and is not judged.
func (v *validator) edgeLoadBalancing() {
	e := v.t.Edge
	if e == nil || e.Internal == nil {
		return
	}
	in := e.Internal
	switch {
	case in.LoadBalancing == LoadBalancingHardware:
		for i, h := range e.services() {
			if n, family := mostPerFamily(h.Addrs); n > 1 {
				v.report(CheckEdgeLoadBalancing, h.FQDN, h.Line,
					"edge.external.%s has %d %s addresses, DNS load balancing, and the Edge's internal side %s is hardware load balanced: %s",
					serviceKeys[i], n, family, in.FQDN, sameLBType)
				return
			}
		}
	case len(in.Servers) > 1 && e.singleAddressed():
		v.report(CheckEdgeLoadBalancing, e.Access.FQDN, e.ExternalLine,
			"the Edge's internal side %s is DNS load balanced over %d servers and each external service name has one address per IP version, as a hardware load balancer's vip gives (DNS load balancing publishes every Edge server's address): %s",
			in.FQDN, len(in.Servers), sameLBType)
	}
}

// sameLBType is the rule edgeLoadBalancing's findings quote.
const sameLBType = "Lync needs the same load balancing type on both sides of the Edge (Lync Server 2013: DNS load balancing, Gg398634)"

// serviceKeys are the keys of the Edge services, in the order of services.
var serviceKeys = [...]string{"access", "webconf", "av"}

// singleAddressed reports whether every external service name of the Edge
// has at most one address of each IP version, and one at least.
func (e *Edge) singleAddressed() bool {
	for _, h := range e.services() {
		if n, _ := mostPerFamily(h.Addrs); n != 1 {
			return false
		}
	}
	return true
}

// mostPerFamily returns the larger of the numbers of IPv4 and IPv6
// addresses, and the IP version it is of.
func mostPerFamily(addrs []Address) (int, string) {
	var v4, v6 int
	for _, a := range addrs {
		if a.IP.Is4() {
			v4++
		} else {
			v6++
		}
	}
	if v6 > v4 {
		return v6, "IPv6"
	}
	return v4, "IPv4"
}
