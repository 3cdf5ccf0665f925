package topology

import "github.com/zonegen/zonegen/audit"

// stack is the IP version(s) one side of a server uses.
type stack int

// The stacks, as Lync's support matrices name them.
const (
	stackNone stack = iota // no address
	stackIPv4
	stackIPv6
	stackDual
)

// String names the stack in messages.
func (s stack) String() string {
	return [...]string{"without addresses", "IPv4-only", "IPv6-only", "dual stack"}[s]
}

// stackOf returns the stack of a set of addresses.
func stackOf(addrs []Address) stack {
	var s stack
	for _, a := range addrs {
		if a.IP.Is4() {
			s |= stackIPv4
		} else {
			s |= stackIPv6
		}
	}
	return s
}

// edgeSupport says whether Lync supports an Edge with these internal and
// external stacks (LYNC-DNS.md section 6): ok, only in labs (a warning) or
// not at all (an error).
func edgeSupport(internal, external stack) (audit.Severity, bool) {
	switch {
	case internal == stackNone || external == stackNone:
		return 0, true
	case internal == stackIPv6 && external == stackIPv6:
		return audit.Warning, false
	case internal == stackIPv6 || external == stackIPv6:
		return audit.Error, false
	case internal == stackDual && external == stackIPv4:
		return audit.Error, false
	}
	return 0, true
}

// edgeStacks reports an Edge whose internal and external sides use a
// combination of IP versions that Lync does not support. Each side's stack
// is the union over its servers (one network interface per side).
func (v *validator) edgeStacks() {
	e := v.t.Edge
	if e == nil || e.Internal == nil {
		return
	}
	var ext []Address
	for _, h := range e.services() {
		ext = append(ext, h.Addrs...)
	}
	in, out := stackOf(addrsOf(poolMembers(e.Internal))), stackOf(ext)
	sev, ok := edgeSupport(in, out)
	if ok {
		return
	}
	what := "Lync does not support this combination"
	if sev == audit.Warning {
		what = "IPv6-only is supported in labs only"
	}
	v.reportAs(sev, CheckEdgeStack, e.Access.FQDN, e.ExternalLine,
		"the Edge is %s inside (%s) and %s outside: %s", in, e.Internal.FQDN, out, what)
}

// edgePools reports a Front End, Standard Edition or Director pool and an
// Edge internal side of which exactly one is IPv6-only: LYNC-DNS.md
// section 6's "FE pool \ Edge (internal)" matrix supports an IPv4 or dual
// stack pool with an IPv4 or dual stack Edge, and none of them with an
// IPv6-only partner (the Edge and its next hop would share no path Lync
// supports). Both IPv6-only is labs only, which edgeStacks and missing-a
// already warn of.
func (v *validator) edgePools() {
	e := v.t.Edge
	if e == nil || e.Internal == nil {
		return
	}
	in := stackOf(addrsOf(poolMembers(e.Internal)))
	for _, p := range v.t.Pools {
		ps := stackOf(addrsOf(poolMembers(p)))
		if !p.Role.hasWebServices() || in == stackNone || ps == stackNone || (in == stackIPv6) == (ps == stackIPv6) {
			continue
		}
		v.report(CheckEdgeStack, p.FQDN, p.Line,
			"pool %s is %s and the Edge is %s inside (%s): Lync does not support this combination",
			p.FQDN, ps, in, e.Internal.FQDN)
	}
}

// addrsOf returns the addresses of placed names, in order.
func addrsOf(ps []placed) []Address {
	var out []Address
	for _, p := range ps {
		out = append(out, p.addrs...)
	}
	return out
}
