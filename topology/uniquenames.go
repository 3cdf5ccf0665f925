package topology

import (
	"cmp"
	"slices"
)

// nameKind is the kind of item that gives a name records.
type nameKind int

// The kinds of named items, in the order clash compares them.
const (
	kindPool          nameKind = iota // a pool's name (pools, edge.internal)
	kindServer                        // a server of a pool
	kindWebInternal                   // web_internal
	kindWebExternal                   // web_external
	kindSimpleURL                     // meet or dialin: both views
	kindAdminURL                      // admin: internal view only
	kindEdgeService                   // access, webconf, av
	kindOfficeWebApps                 // office_web_apps
)

// nameUse is one item of the topology that gives a name records: the
// name, the item's path and line, the views it goes to, and what clash
// needs to tell an allowed sharing from a clash.
type nameUse struct {
	name     string
	kind     nameKind
	path     string
	line     int
	internal bool      // published in the internal view
	external bool      // published in the external view
	pool     *Pool     // the pool of a pool, server or web services name
	addrs    []Address // a server's, an Edge service's or Office Web Apps' own addresses
	implicit bool      // a default simple URL, placed at the SIP domain
}

// uniqueNames reports every item whose name another item, earlier in the
// file, already gives records in the same view, unless the two may share
// it (see clash). The error is at the later item's line and names the
// earlier one; an item reported is not compared with the items after it.
func (d *decoder) uniqueNames(t *Topology) {
	seen := map[string][]nameUse{}
	for _, u := range t.nameUses() {
		if prev, why, bad := t.firstClash(seen[u.name], u); bad {
			d.errorf(u.line, "%s: %s is already the name of %s at line %d%s", u.path, u.name, prev.describe(), prev.line, why)
			continue
		}
		seen[u.name] = append(seen[u.name], u)
	}
}

// firstClash returns the first of the earlier items that u clashes with.
func (t *Topology) firstClash(earlier []nameUse, u nameUse) (nameUse, string, bool) {
	for _, prev := range earlier {
		if why, bad := t.clash(prev, u); bad {
			return prev, why, true
		}
	}
	return nameUse{}, "", false
}

// describe names the item in a message.
func (u nameUse) describe() string {
	if u.implicit {
		return "the default " + u.path
	}
	return u.path
}

// nameUses lists the named items of the topology in file order.
func (t *Topology) nameUses() []nameUse {
	var out []nameUse
	for i, p := range t.Pools {
		out = append(out, poolUses(p, index("pools", i))...)
	}
	if e := t.Edge; e != nil {
		out = append(out, e.uses()...)
	}
	out = append(out, t.simpleURLUses()...)
	if o := t.OfficeWebApps; o != nil {
		out = append(out, nameUse{name: o.FQDN, kind: kindOfficeWebApps, path: "office_web_apps", line: o.Line,
			internal: true, external: o.External, addrs: o.Addrs})
	}
	out = slices.DeleteFunc(out, func(u nameUse) bool { return u.name == "" })
	slices.SortStableFunc(out, func(a, b nameUse) int { return cmp.Compare(a.line, b.line) })
	return out
}

// poolUses lists a pool's name, its servers and its web services names.
func poolUses(p *Pool, path string) []nameUse {
	out := []nameUse{{name: p.FQDN, kind: kindPool, path: path, line: p.Line, internal: true, pool: p}}
	for i, s := range p.Servers {
		out = append(out, nameUse{name: s.FQDN, kind: kindServer, path: index(join(path, "servers"), i),
			line: s.Line, internal: true, pool: p, addrs: s.Addrs})
	}
	if w := p.WebInternal; w != nil {
		out = append(out, nameUse{name: w.FQDN, kind: kindWebInternal, path: join(path, "web_internal"),
			line: w.Line, internal: true, pool: p})
	}
	if w := p.WebExternal; w != nil {
		out = append(out, nameUse{name: w.FQDN, kind: kindWebExternal, path: join(path, "web_external"),
			line: w.Line, external: true, pool: p})
	}
	return out
}

// uses lists the Edge's internal pool and its external service names.
func (e *Edge) uses() []nameUse {
	var out []nameUse
	if e.Internal != nil {
		out = poolUses(e.Internal, "edge.internal")
	}
	for i, h := range e.services() {
		out = append(out, nameUse{name: h.FQDN, kind: kindEdgeService, path: "edge.external." + serviceKeys[i],
			line: h.Line, external: true, addrs: h.Addrs})
	}
	return out
}

// simpleURLUses lists the simple URLs; meet and dialin go to both views,
// admin to the internal view only.
func (t *Topology) simpleURLUses() []nameUse {
	var out []nameUse
	add := func(key string, names []Name, kind nameKind) {
		for _, n := range names {
			out = append(out, nameUse{name: n.FQDN, kind: kind, path: "simple_urls." + key, line: n.Line,
				internal: true, external: kind == kindSimpleURL, implicit: t.isDefaultURL(key, n)})
		}
	}
	add("meet", t.SimpleURLs.Meet, kindSimpleURL)
	add("dialin", t.SimpleURLs.Dialin, kindSimpleURL)
	add("admin", t.SimpleURLs.Admin, kindAdminURL)
	return out
}

// isDefaultURL reports whether a simple URL is the default the reader
// filled in: key.D for the first SIP domain D, at its line.
func (t *Topology) isDefaultURL(key string, n Name) bool {
	if len(t.SIPDomains) == 0 {
		return false
	}
	d := t.SIPDomains[0]
	return n.Line == d.Line && n.FQDN == key+"."+d.FQDN
}

// clash says whether b, later in the file, may not have the name of a, and
// why when the rule is not the plain one (": reason", or ""). Names in
// different views are not compared (split-brain DNS). Allowed: a pool's
// name shared with its own server or web services name at the same
// addresses (sharesPoolName); simple URLs among themselves (a common base
// name); Edge services among themselves at the same addresses (one FQDN
// and IP address for the three); the registrar's web_internal as a simple
// URL, and a web_external as a simple URL or Office Web Apps name (the
// same records either way).
func (t *Topology) clash(a, b nameUse) (string, bool) {
	if !(a.internal && b.internal || a.external && b.external) {
		return "", false
	}
	if a.kind > b.kind {
		a, b = b, a
	}
	switch {
	case a.pool != nil && a.pool == b.pool && a.name == a.pool.FQDN:
		switch {
		case !a.sharesPoolName():
			return ": " + poolNameRule(a), true
		case !b.sharesPoolName():
			return ": " + poolNameRule(b), true
		}
		return "", false
	case isSimpleURL(a.kind) && isSimpleURL(b.kind):
		return "", false
	case a.kind == kindEdgeService && b.kind == kindEdgeService:
		if sameAddrs(a.addrs, b.addrs) {
			return "", false
		}
		return ": Edge services share a name only at the same addresses", true
	case a.kind == kindWebExternal && b.kind == kindWebExternal:
		return ": external web services names must be unique across pools", true
	case a.kind == kindWebExternal && (isSimpleURL(b.kind) || b.kind == kindOfficeWebApps):
		return "", false
	case a.kind == kindWebInternal && isSimpleURL(b.kind) && a.pool == t.Registrar():
		return "", false
	}
	return "", true
}

// isSimpleURL reports whether a kind is a simple URL.
func isSimpleURL(k nameKind) bool { return k == kindSimpleURL || k == kindAdminURL }

// sharesPoolName reports whether a pool's name, server or web services
// name may carry the pool's name: a server when it is the one server of a
// DNS-load-balanced pool (a Standard Edition server; a single computer
// pool), web_internal when the pool is hardware load balanced or has one
// server and the web services are at the pool name's addresses.
func (u nameUse) sharesPoolName() bool {
	p := u.pool
	switch u.kind {
	case kindPool:
		return true
	case kindServer:
		return p.LoadBalancing == LoadBalancingDNS && len(p.Servers) == 1
	case kindWebInternal:
		oneAddr := p.LoadBalancing == LoadBalancingHardware || len(p.Servers) == 1
		return oneAddr && sameAddrs(p.WebAddrs(), p.Addrs())
	}
	return false
}

// poolNameRule says why a server or web services name may not be its
// pool's name.
func poolNameRule(u nameUse) string {
	p := u.pool
	switch {
	case u.kind == kindWebInternal && p.LoadBalancing == LoadBalancingDNS && len(p.Servers) > 1:
		return "with DNS load balancing the internal web services name must differ from the pool name"
	case u.kind == kindWebInternal:
		return "the internal web services may have the pool's name only at the pool's addresses"
	case p.LoadBalancing == LoadBalancingHardware:
		return "the name of a hardware-load-balanced pool is its vip"
	}
	return "only a pool of one server may have its server's name"
}

// sameAddrs reports whether two lists hold the same addresses, in any
// order.
func sameAddrs(a, b []Address) bool {
	key := func(as []Address) []string {
		out := make([]string, len(as))
		for i, x := range as {
			out[i] = x.IP.String()
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(key(a), key(b))
}
