package topology

// derivedName is a name zonegen derives for a SIP domain (sip.D,
// lyncdiscoverinternal.D, ucupdates-r2.D inside; sip.D, xmpp.D,
// lyncdiscover.D outside), with the addresses it gets in its view.
type derivedName struct {
	name     string
	external bool
	addrs    []Address
	from     string // whose addresses they are, for the message
	domain   Name
}

// derivedNames lists the derived names of both views, as internal and
// external build them.
func (t *Topology) derivedNames() []derivedName {
	var out []derivedName
	for _, d := range t.SIPDomains {
		if reg := t.Registrar(); reg != nil {
			out = append(out,
				derivedName{name: "sip." + d.FQDN, addrs: reg.Addrs(), from: "the registrar " + reg.FQDN, domain: d},
				derivedName{name: "lyncdiscoverinternal." + d.FQDN, addrs: reg.WebAddrs(), from: "the registrar's web services", domain: d},
				derivedName{name: "ucupdates-r2." + d.FQDN, addrs: reg.WebAddrs(), from: "the registrar's web services", domain: d})
		}
		if e := t.Edge; e != nil {
			out = append(out, derivedName{name: "sip." + d.FQDN, external: true, addrs: e.Access.Addrs, from: "the Access Edge", domain: d})
			if e.XMPP {
				out = append(out, derivedName{name: "xmpp." + d.FQDN, external: true, addrs: e.Access.Addrs, from: "the Access Edge", domain: d})
			}
		}
		if rp := t.ReverseProxy; rp != nil {
			out = append(out, derivedName{name: "lyncdiscover." + d.FQDN, external: true, addrs: rp.Addrs, from: "the reverse proxy", domain: d})
		}
	}
	return out
}

// derivedNameClashes reports every item named as a derived name of its
// view whose addresses there differ from the derivation's: the two would
// merge into one RRset (a Mediation pool named sip.D would make sip.D
// resolve to the Mediation servers and the registrar). An item at the
// same addresses (the Access Edge named sip.D, the registrar's web
// services named lyncdiscoverinternal.D) gives the same records and is
// not an error, as in "One name, one item" (docs/topology.md).
func (d *decoder) derivedNameClashes(t *Topology) {
	derived := t.derivedNames()
	for _, u := range t.nameUses() {
		for _, dn := range derived {
			if dn.name != u.name || !(dn.external && u.external || !dn.external && u.internal) {
				continue
			}
			addrs := t.useAddrs(u, dn.external)
			if len(addrs) == 0 || sameAddrs(addrs, dn.addrs) {
				continue
			}
			d.errorf(u.line, "%s: %s is derived for SIP domain %s at line %d (%s view, at the addresses of %s); this item gives it other addresses, which would merge into one RRset",
				u.path, u.name, dn.domain.FQDN, dn.domain.Line, viewName(dn.external), dn.from)
			break
		}
	}
}

// internalOnly reports every item that would publish lyncdiscoverinternal
// of a SIP domain in the external view, which never has it (DESIGN.md,
// generate): a web_external named so gave it there with a warning only
// (test 21g #2).
func (d *decoder) internalOnly(t *Topology) {
	for _, u := range t.nameUses() {
		if !u.external {
			continue
		}
		for _, sd := range t.SIPDomains {
			if u.name == "lyncdiscoverinternal."+sd.FQDN {
				d.errorf(u.line, "%s: %s belongs to the internal view only (Lync clients inside ask for it, and a client outside that got an answer would try the internal web services); this item would publish it in the external view",
					u.path, u.name)
			}
		}
	}
}

// useAddrs returns the addresses an item gives its name in a view (the
// external one when external is set), as internal and external build
// them; nil when it gives none there.
func (t *Topology) useAddrs(u nameUse, external bool) []Address {
	var rp []Address
	if t.ReverseProxy != nil {
		rp = t.ReverseProxy.Addrs
	}
	switch u.kind {
	case kindPool:
		return u.pool.Addrs()
	case kindWebInternal:
		return u.pool.WebAddrs()
	case kindWebExternal:
		return rp
	case kindSimpleURL, kindAdminURL:
		if external {
			return rp
		}
		if reg := t.Registrar(); reg != nil {
			return reg.WebAddrs()
		}
		return nil
	case kindOfficeWebApps:
		if external {
			return rp
		}
	}
	return u.addrs // a server's, an Edge service's, Office Web Apps' own
}

// viewName names a view in messages.
func viewName(external bool) string {
	if external {
		return string(External)
	}
	return string(Internal)
}
