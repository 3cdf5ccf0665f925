package topology

// internal builds the records of the internal view.
func (b *builder) internal() {
	t := b.t
	for _, p := range t.Pools {
		b.pool(p)
	}
	if reg := t.Registrar(); reg != nil {
		b.mode = poolMode(reg) // sip.D, discovery and simple URLs are the registrar's
		for _, d := range t.SIPDomains {
			b.internalDomain(d, reg)
		}
		b.simpleURLs(reg.WebAddrs(), true)
		b.mode = ""
	}
	if t.Edge != nil && t.Edge.Internal != nil {
		b.pool(t.Edge.Internal)
	}
	if o := t.OfficeWebApps; o != nil {
		b.section("Office Web Apps Server "+o.FQDN, o.Line)
		b.addrs(o.FQDN, o.Addrs, 0)
	}
}

// pool adds a pool's servers, its name (one record per server, or the
// vip) and its internal web services name.
func (b *builder) pool(p *Pool) {
	b.section(p.Role.title()+" "+p.FQDN, p.Line)
	b.mode = poolMode(p)
	defer func() { b.mode = "" }()
	for _, s := range p.Servers {
		b.addrs(s.FQDN, s.Addrs, 0)
	}
	b.addrs(p.FQDN, p.Addrs(), p.Line)
	if w := p.WebInternal; w != nil {
		b.addrs(w.FQDN, p.WebAddrs(), w.Line)
	}
}

// internalDomain adds the sign-in and discovery records of a SIP domain:
// the SRV record and sip.D to the registrar pool, lyncdiscoverinternal.D
// and ucupdates-r2.D at its internal web services.
func (b *builder) internalDomain(d Name, reg *Pool) {
	b.section("SIP domain "+d.FQDN+": sign-in and discovery", d.Line)
	b.srv("_sipinternaltls._tcp."+d.FQDN, 5061, reg.FQDN, d.Line)
	b.addrs("sip."+d.FQDN, reg.Addrs(), d.Line)
	b.addrs("lyncdiscoverinternal."+d.FQDN, reg.WebAddrs(), d.Line)
	b.addrs("ucupdates-r2."+d.FQDN, reg.WebAddrs(), d.Line)
}

// simpleURLs adds meet and dialin, and admin in the internal view, at
// addrs: the registrar's internal web services inside, the reverse proxy
// outside.
func (b *builder) simpleURLs(addrs []Address, internal bool) {
	u := b.t.SimpleURLs
	names := append(append([]Name(nil), u.Meet...), u.Dialin...)
	if internal {
		names = append(names, u.Admin...)
	}
	if len(names) == 0 {
		return
	}
	b.section("Simple URLs", names[0].Line)
	for _, n := range names {
		b.addrs(n.FQDN, addrs, n.Line)
	}
}
