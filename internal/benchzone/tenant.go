package benchzone

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

var tenantNames = []string{
	"adatum", "alpineskihouse", "blueyonder", "cohovineyard", "fabrikam", "fourthcoffee",
	"humongous", "litware", "lucerne", "margiestravel", "northwind", "proseware", "relecloud",
	"tailspin", "treyresearch", "wideworld", "wingtip", "woodgrove",
}

// tenant is one SIP domain with a Lync deployment, planned before it is
// written so that its size is known.
type tenant struct {
	name  string // the SIP domain's first label
	pools []*pool
	chain int // CNAME records from lyncdiscoverinternal to the front end pool
}

// pool is a DNS-load-balanced Lync pool: a name with one A record per
// server, and the servers.
type pool struct {
	role    string // fe, dir or med
	service string // the SRV owner prefix that points at it
	prio    int
	aaaa    []bool // whether the pool name ([0]) and each server have AAAA records
	badTTL  int    // the server whose AAAA has a short TTL, or -1
}

func (p *pool) name() string { return p.role + "pool1" }

func (p *pool) server(i int) string { return fmt.Sprintf("%s1-%02d", p.role, i) }

func (p *pool) servers() int { return len(p.aaaa) - 1 }

// planTenant draws a tenant: a front end pool of 2 to 12 servers, often a
// director pool and sometimes a mediation pool.
func (g *gen) planTenant() *tenant {
	t := &tenant{name: g.pick(tenantNames) + strconv.Itoa(g.st.Tenants+1), chain: g.between(1, 3)}
	if g.chance(0.5) {
		t.pools = append(t.pools, g.planPool("dir", "_sipinternaltls._tcp", 0, 2, 4))
	}
	t.pools = append(t.pools, g.planPool("fe", "_sipinternaltls._tcp", 10, 2, 12))
	if g.chance(0.3) {
		t.pools = append(t.pools, g.planPool("med", "_sipinternal._tcp", 0, 2, 4))
	}
	return t
}

// planPool draws a pool's size and how far its move to dual stack is:
// done, not begun, or begun name by name.
func (g *gen) planPool(role, service string, prio, lo, hi int) *pool {
	p := &pool{role: role, service: service, prio: prio, aaaa: make([]bool, 1+g.between(lo, hi)), badTTL: -1}
	share := g.opt.AAAAShare
	partial, all := g.chance(0.15), g.chance(share)
	for i := range p.aaaa {
		p.aaaa[i] = all
		if partial {
			p.aaaa[i] = g.chance(share)
		}
	}
	if i := g.between(1, p.servers()); p.aaaa[i] && g.chance(0.05) {
		p.badTTL = i
	}
	return p
}

// records returns the number of records the tenant writes.
func (t *tenant) records() int {
	n := len(t.pools) + t.chain + 3
	for _, p := range t.pools {
		for i, v6 := range p.aaaa {
			k := 1
			if i == 0 {
				k = p.servers()
			}
			n += k
			if v6 {
				n += k
			}
		}
	}
	return n
}

func (t *tenant) pool(role string) *pool {
	for _, p := range t.pools {
		if p.role == role {
			return p
		}
	}
	return nil
}

// writeTenant writes a tenant's SRV records, its CNAME chains and its
// pools.
func (g *gen) writeTenant(t *tenant) {
	g.st.Tenants++
	g.raw("")
	g.raw("; ", t.name, ": Lync Server 2013, ", t.summary())
	g.srv(t)
	g.cnames(t)
	for _, p := range t.pools {
		g.writePool(t, p)
	}
}

func (t *tenant) summary() string {
	parts := make([]string, len(t.pools))
	for i, p := range t.pools {
		parts[i] = fmt.Sprintf("%s (%d servers)", p.name(), p.servers())
	}
	return "pools " + strings.Join(parts, ", ")
}

// srv writes the SRV records that point at the pools, one RRset per
// service, continued with blank owners.
func (g *gen) srv(t *tenant) {
	last := ""
	for _, p := range t.pools {
		owner := p.service + "." + t.name
		port := "5061 "
		if p.role == "med" {
			port = "5068 "
		}
		if owner == last {
			owner = ""
		} else {
			last = owner
		}
		g.put(rec{owner: owner, typ: "SRV", rdata: strconv.Itoa(p.prio) + " 0 " + port + g.target(p.name()+"."+t.name)})
	}
}

// cnames writes the chain lyncdiscoverinternal -> webint -> webfarm ->
// front end pool (as long as t.chain says), and sip, meet and dialin.
func (g *gen) cnames(t *tenant) {
	fe := "fepool1." + t.name
	chain := []string{"lyncdiscoverinternal", "webint", "webfarm"}[:t.chain]
	for i, name := range chain {
		to := fe
		if i+1 < len(chain) {
			to = chain[i+1] + "." + t.name
		}
		g.put(rec{owner: name + "." + t.name, typ: "CNAME", rdata: g.target(to)})
	}
	sip := fe
	if t.pool("dir") != nil {
		sip = "dirpool1." + t.name
	}
	web := fe
	if t.chain > 1 {
		web = "webint." + t.name
	}
	g.put(rec{owner: "sip." + t.name, typ: "CNAME", rdata: g.target(sip)})
	g.put(rec{owner: "meet." + t.name, typ: "CNAME", rdata: g.target(web)})
	g.put(rec{owner: "dialin." + t.name, typ: "CNAME", rdata: g.target(web), comment: g.remark()})
}

// writePool writes the pool name with the servers' addresses, then each
// server.
func (g *gen) writePool(t *tenant, p *pool) {
	g.st.Pools++
	addrs := g.lyncAddrs(p.servers())
	g.raw("; ", p.name(), ": ", strconv.Itoa(p.servers()), " servers, DNS load balanced")
	g.host(p.name()+"."+t.name, addrs, p.aaaa[0], 0)
	g.lyncHost(p.aaaa[0], len(addrs))
	for i := 1; i <= p.servers(); i++ {
		ttl := uint32(0)
		if i == p.badTTL {
			ttl = 300
		}
		g.host(p.server(i)+"."+t.name, addrs[i-1:i], p.aaaa[i], ttl)
		g.lyncHost(p.aaaa[i], 1)
	}
}

// lyncHost counts a Lync host with a records.
func (g *gen) lyncHost(v6 bool, a int) {
	g.st.LyncNames++
	if !v6 {
		g.st.MissingAAAA += a
	}
}

func (g *gen) lyncAddrs(n int) []netip.Addr {
	out := make([]netip.Addr, n)
	for i := range out {
		out[i] = g.lync.take()
	}
	return out
}

func (g *gen) plainAddrs(n int) []netip.Addr {
	out := make([]netip.Addr, n)
	for i := range out {
		out[i] = g.plain.take()
	}
	return out
}
