package audit

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// host is a name the host checks look at.
type host struct {
	name    string
	roles   []string
	a, aaaa []*zone.Record
	pools   []*host // pools this host is a member of
	members []*host // for a pool: its members, in name order
}

func (h *host) addRole(role string) {
	for _, r := range h.roles {
		if r == role {
			return
		}
	}
	h.roles = append(h.roles, role)
}

// isPool reports whether the host is a DNS-load-balanced pool.
func (h *host) isPool() bool { return len(h.a) >= 2 || len(h.aaaa) >= 2 }

// discovery finds the Lync hosts of a zone set (DESIGN.md, "Which hosts
// are Lync hosts"): SRV targets, well-known names, --host names, then the
// closure over CNAME chains and pool membership.
type discovery struct {
	ix      *index
	hosts   map[string]*host
	queue   []*host
	domains []string
}

func discover(ix *index, opt Options) (hosts []*host, domains []string) {
	d := &discovery{ix: ix, hosts: map[string]*host{}}
	if opt.AllHosts {
		d.addressNames()
	} else {
		d.findDomains()
		for _, dom := range d.domains {
			d.srvTargets(dom)
			d.wellKnown(dom)
		}
		for _, name := range opt.Hosts {
			d.add(zone.Canonical(name), "host")
		}
	}
	d.closure(!opt.AllHosts)
	return d.sorted(), d.domains
}

// findDomains lists the SIP domains that show a Lync deployment.
func (d *discovery) findDomains() {
	seen := map[string]bool{}
	for _, name := range d.ix.sortedNames() {
		dom := ""
		if _, D, _, ok := lyncService(name); ok && d.ix.has(name, zone.TypeSRV) {
			dom = D
		} else if rest, ok := strings.CutPrefix(name, "lyncdiscover."); ok {
			dom = rest
		} else if rest, ok := strings.CutPrefix(name, "lyncdiscoverinternal."); ok {
			dom = rest
		}
		if dom != "" && !seen[dom] {
			seen[dom] = true
			d.domains = append(d.domains, dom)
		}
	}
	sort.Strings(d.domains)
}

func (d *discovery) srvTargets(dom string) {
	for _, s := range lyncServices {
		owner := s.prefix + dom
		for _, r := range d.ix.records(owner, zone.TypeSRV) {
			if r.Data != "." {
				d.add(r.Data, "srv:"+strings.TrimSuffix(s.prefix, "."))
			}
		}
	}
}

func (d *discovery) wellKnown(dom string) {
	for _, l := range wellKnownLabels {
		if name := l + "." + dom; d.ix.exists(name) {
			d.add(name, l)
		}
	}
}

// addressNames makes every name with an A or AAAA record a host.
func (d *discovery) addressNames() {
	for _, name := range d.ix.order {
		if d.ix.has(name, zone.TypeA) || d.ix.has(name, zone.TypeAAAA) {
			d.add(name, "address")
		}
	}
}

// add makes a name a host (or adds a role to it) and queues it for the
// closure.
func (d *discovery) add(name, role string) *host {
	h, ok := d.hosts[name]
	if !ok {
		h = &host{name: name, a: d.ix.records(name, zone.TypeA), aaaa: d.ix.records(name, zone.TypeAAAA)}
		d.hosts[name] = h
		d.queue = append(d.queue, h)
	}
	h.addRole(role)
	return h
}

// closure follows CNAME chains (when follow is set) and adds pool members
// until nothing new turns up. Aliases leave the host set: their final
// name stands for them.
func (d *discovery) closure(follow bool) {
	for len(d.queue) > 0 {
		h := d.queue[0]
		d.queue = d.queue[1:]
		if follow {
			if final, ok := d.chainEnd(h.name); ok {
				if final != h.name && d.ix.exists(final) {
					d.add(final, "cname:"+h.name)
				}
			}
		}
		if h.isPool() {
			h.addRole("pool")
			d.addMembers(h)
		}
	}
	for name, h := range d.hosts {
		if d.ix.has(name, zone.TypeCNAME) {
			delete(d.hosts, name)
			for _, p := range h.pools {
				p.members = removeHost(p.members, h)
			}
		}
	}
}

// chainEnd follows a CNAME chain inside the zone set; ok is false for a
// loop.
func (d *discovery) chainEnd(name string) (string, bool) {
	seen := map[string]bool{}
	for {
		c := d.ix.records(name, zone.TypeCNAME)
		if len(c) == 0 {
			return name, true
		}
		if seen[name] {
			return "", false
		}
		seen[name] = true
		name = c[0].Data
	}
}

// addMembers finds the names whose addresses all belong to the pool's.
func (d *discovery) addMembers(pool *host) {
	a, aaaa := addrSet(pool.a), addrSet(pool.aaaa)
	for _, name := range d.candidates(pool) {
		if name == pool.name || d.ix.has(name, zone.TypeCNAME) {
			continue
		}
		ownA := d.ix.records(name, zone.TypeA)
		ok := len(ownA) > 0 && subset(ownA, a)
		if len(ownA) == 0 {
			own6 := d.ix.records(name, zone.TypeAAAA)
			ok = len(own6) > 0 && subset(own6, aaaa)
		}
		if ok {
			m := d.add(name, "pool-member")
			m.pools = append(m.pools, pool)
			pool.members = append(pool.members, m)
		}
	}
	sort.Slice(pool.members, func(i, j int) bool { return pool.members[i].name < pool.members[j].name })
}

// candidates lists the names sharing an address with the pool.
func (d *discovery) candidates(pool *host) []string {
	seen := map[string]bool{}
	var out []string
	for _, rs := range [][]*zone.Record{pool.a, pool.aaaa} {
		for _, r := range rs {
			for _, name := range d.ix.byAddr[r.Addr] {
				if !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func (d *discovery) sorted() []*host {
	out := make([]*host, 0, len(d.hosts))
	for _, h := range d.hosts {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func addrSet(rs []*zone.Record) map[netip.Addr]bool {
	s := make(map[netip.Addr]bool, len(rs))
	for _, r := range rs {
		s[r.Addr] = true
	}
	return s
}

func subset(rs []*zone.Record, set map[netip.Addr]bool) bool {
	for _, r := range rs {
		if !set[r.Addr] {
			return false
		}
	}
	return true
}

func removeHost(hs []*host, h *host) []*host {
	out := hs[:0]
	for _, x := range hs {
		if x != h {
			out = append(out, x)
		}
	}
	return out
}
