package topology

import "github.com/zonegen/zonegen/audit"

// domainsWithoutPool reports the SIP domains when no Front End pool or
// Standard Edition server can register their users.
func (v *validator) domainsWithoutPool() {
	if v.t.firstPool(RoleFrontEnd, RoleStandard) != nil {
		return
	}
	for _, d := range v.t.SIPDomains {
		v.report(CheckDomainWithoutPool, d.FQDN, d.Line,
			"SIP domain %s has no Front End pool or Standard Edition server (role frontend or standard)", d.FQDN)
	}
}

// reverseProxy reports names that go through the reverse proxy when there
// is none, and pools whose web services are not published through it.
func (v *validator) reverseProxy() {
	t := v.t
	if t.ReverseProxy == nil {
		v.withoutReverseProxy()
		return
	}
	for _, p := range t.Pools {
		if p.Role.hasWebServices() && p.WebExternal == nil {
			v.report(CheckMissingWebExternal, p.FQDN, p.Line,
				"pool %s has no web_external: remote users need its external web services", p.FQDN)
		}
	}
}

// withoutReverseProxy reports what needs the reverse proxy's addresses.
func (v *validator) withoutReverseProxy() {
	t := v.t
	for _, p := range t.Pools {
		if w := p.WebExternal; w != nil {
			v.report(CheckMissingReverseProxy, w.FQDN, w.Line,
				"%s is published through the reverse proxy and the topology has no reverse_proxy", w.FQDN)
		}
	}
	if o := t.OfficeWebApps; o != nil && o.External {
		v.report(CheckMissingReverseProxy, o.FQDN, o.Line,
			"%s is published through the reverse proxy (external: true) and the topology has no reverse_proxy", o.FQDN)
	}
	if t.Edge != nil {
		v.reportAs(audit.Warning, CheckMissingReverseProxy, t.reverseProxyName(), t.Edge.Line,
			"no reverse_proxy: lyncdiscover, meet and dialin are not published in the external view")
	}
}
