package topology

import (
	"fmt"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// Validate returns the problems of the topology as audit findings, in the
// order audit.SortFindings gives: what the audit of the generated records
// would find (or could not see), each at the topology line of the item at
// fault. A topology with errors still renders; whether to write it is the
// caller's choice.
func (t *Topology) Validate() []audit.Finding {
	v := &validator{t: t}
	v.addressChecks()
	v.poolScopes()
	v.webServicesDNSLB()
	v.edgeStacks()
	v.edgePools()
	v.edgeLoadBalancing()
	v.sharedAddresses()
	v.domainsWithoutPool()
	v.reverseProxy()
	audit.SortFindings(v.findings)
	return v.findings
}

// validator collects the problems of one topology.
type validator struct {
	t        *Topology
	findings []audit.Finding
}

// report records a finding of a check, at its default severity, at a line
// of the topology file.
func (v *validator) report(check, name string, line int, format string, args ...any) {
	sev := audit.Error // an unknown check, which TestCheckIDsKnown rules out
	if c, ok := lookup(check); ok {
		sev = c.Severity
	}
	v.reportAs(sev, check, name, line, format, args...)
}

// reportAs records a finding with the severity given.
func (v *validator) reportAs(sev audit.Severity, check, name string, line int, format string, args ...any) {
	v.findings = append(v.findings, audit.Finding{
		Check:    check,
		Severity: sev,
		Name:     name,
		Pos:      v.pos(line),
		Message:  fmt.Sprintf(format, args...),
	})
}

// pos returns the position of a line of the topology file.
func (v *validator) pos(line int) zone.Pos { return zone.Pos{File: v.t.File, Line: line} }

// placed is a set of addresses and the name they are published under.
type placed struct {
	name     string
	addrs    []Address
	external bool // published in the external view
}

// placements lists every address of the topology with the name it goes
// under and the view it goes to.
func (t *Topology) placements() []placed {
	var out []placed
	for _, p := range t.allPools() {
		out = append(out, poolPlacements(p)...)
	}
	if e := t.Edge; e != nil {
		for _, h := range e.services() {
			out = append(out, placed{name: h.FQDN, addrs: h.Addrs, external: true})
		}
	}
	if t.ReverseProxy != nil {
		out = append(out, placed{name: t.reverseProxyName(), addrs: t.ReverseProxy.Addrs, external: true})
	}
	if o := t.OfficeWebApps; o != nil {
		out = append(out, placed{name: o.FQDN, addrs: o.Addrs})
	}
	return out
}

// poolPlacements lists the addresses of a pool's servers, vip and web
// services.
func poolPlacements(p *Pool) []placed {
	out := poolMembers(p)
	if w := p.WebInternal; w != nil {
		out = append(out, placed{name: w.FQDN, addrs: w.Addrs})
	}
	return out
}

// allPools returns the pools and the internal side of the Edge.
func (t *Topology) allPools() []*Pool {
	out := t.Pools
	if t.Edge != nil && t.Edge.Internal != nil {
		out = append(out[:len(out):len(out)], t.Edge.Internal)
	}
	return out
}

// services returns the Edge's external service names.
func (e *Edge) services() []Host { return []Host{e.Access, e.WebConf, e.AV} }

// reverseProxyName is the name problems with the reverse proxy's addresses
// are about: lyncdiscover.D for the first SIP domain, the first name
// published there.
func (t *Topology) reverseProxyName() string {
	if len(t.SIPDomains) == 0 {
		return ""
	}
	return "lyncdiscover." + t.SIPDomains[0].FQDN
}
