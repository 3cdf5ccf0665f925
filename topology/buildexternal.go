package topology

// external builds the records of the external view.
func (b *builder) external() {
	t := b.t
	if e := t.Edge; e != nil {
		b.section("Edge external services", e.ExternalLine)
		b.mode = e.externalMode()
		for _, h := range e.services() {
			b.addrs(h.FQDN, h.Addrs, 0)
		}
		b.mode = ""
	}
	for _, d := range t.SIPDomains {
		b.externalDomain(d)
	}
	if rp := t.ReverseProxy; rp != nil {
		b.webExternal(rp.Addrs)
		b.simpleURLs(rp.Addrs, false)
		b.officeWebAppsExternal(rp.Addrs)
	}
}

// externalDomain adds the remote access and federation records of a SIP
// domain: the SRV records and sip.D to the Access Edge, XMPP when on, and
// lyncdiscover.D at the reverse proxy.
func (b *builder) externalDomain(d Name) {
	t := b.t
	b.section("SIP domain "+d.FQDN+": remote access and federation", d.Line)
	if e := t.Edge; e != nil {
		access := e.Access
		b.mode = e.externalMode() // sip.D and xmpp.D are the Access Edge's
		b.srv("_sip._tls."+d.FQDN, 443, access.FQDN, d.Line)
		b.srv("_sipfederationtls._tcp."+d.FQDN, 5061, access.FQDN, d.Line)
		b.addrs("sip."+d.FQDN, access.Addrs, d.Line)
		if e.XMPP {
			b.srv("_xmpp-server._tcp."+d.FQDN, 5269, "xmpp."+d.FQDN, d.Line)
			b.addrs("xmpp."+d.FQDN, access.Addrs, d.Line)
		}
		b.mode = ""
	}
	if rp := t.ReverseProxy; rp != nil {
		b.addrs("lyncdiscover."+d.FQDN, rp.Addrs, d.Line)
	}
}

// webExternal adds the external web services name of every pool at the
// reverse proxy.
func (b *builder) webExternal(addrs []Address) {
	for _, p := range b.t.Pools {
		if w := p.WebExternal; w != nil {
			b.section("External web services of "+p.FQDN+" (reverse proxy)", w.Line)
			b.addrs(w.FQDN, addrs, w.Line)
		}
	}
}

// officeWebAppsExternal adds the Office Web Apps Server name at the
// reverse proxy when it is published.
func (b *builder) officeWebAppsExternal(addrs []Address) {
	if o := b.t.OfficeWebApps; o != nil && o.External {
		b.section("Office Web Apps Server "+o.FQDN+" (reverse proxy)", o.Line)
		b.addrs(o.FQDN, addrs, o.Line)
	}
}
