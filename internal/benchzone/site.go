package benchzone

import (
	"fmt"
	"strconv"
)

// minSite is the smallest site that gets services and Lync tenants;
// smaller ones hold plain hosts only.
const minSite = 120

var cities = []string{
	"Amsterdam", "Berlin", "Chicago", "Dublin", "Frankfurt", "Hong Kong", "London", "Madrid",
	"Mumbai", "New York", "Paris", "Redmond", "Sao Paulo", "Singapore", "Sydney", "Tokyo",
}

// site writes one site: an $ORIGIN switch into its subdomain, its
// services, Lync tenants with plain hosts between them, and plain hosts to
// fill its share of the records.
func (g *gen) site() {
	budget := g.siteBudget()
	end := g.left - budget
	g.st.Sites++
	name := "site" + strconv.Itoa(g.st.Sites)
	g.raw("")
	g.raw(";; ------------------------------------------------------------ ", name, ": ", g.pick(cities))
	g.setOrigin(name + "." + g.apex)
	g.maybeTTL()
	plainNo := 0
	if budget >= minSite {
		g.services()
		plainNo = g.tenants(budget, end)
	}
	for g.left > end {
		plainNo = g.plainRun(min(g.left-end, g.between(20, 400)), plainNo)
	}
}

// siteBudget draws the number of records of the next site, between half
// and one and a half times SiteRecords, and all that is left when the
// rest would make a small site.
func (g *gen) siteBudget() int {
	n := g.opt.SiteRecords/2 + g.rng.IntN(g.opt.SiteRecords+1)
	if g.left-n < g.opt.SiteRecords/4 {
		return g.left
	}
	return max(n, 1)
}

// maybeTTL changes the $TTL at about one site in seven, once in the
// BIND unit syntax.
func (g *gen) maybeTTL() {
	switch g.rng.IntN(20) {
	case 0:
		g.ttl = 3600
		g.raw("$TTL 1h")
	case 1:
		g.setTTL(7200)
	case 2:
		g.setTTL(3600)
	}
}

// services writes a site's mail, SPF, DMARC and domain controller records
// (12 records).
func (g *gen) services() {
	g.put(rec{owner: "@", typ: "MX", rdata: "10 mail"})
	g.put(rec{typ: "MX", rdata: "20 mail." + g.apex})
	g.spf("@")
	g.put(rec{owner: "_dmarc", typ: "TXT", rdata: `"v=DMARC1; p=quarantine; rua=mailto:dmarc@` + g.apex[:len(g.apex)-1] + `"`})
	g.put(rec{owner: "_ldap._tcp", typ: "SRV", rdata: "0 100 389 " + g.target("dc01")})
	g.put(rec{typ: "SRV", rdata: "0 100 389 " + g.target("dc02")})
	g.put(rec{owner: "_kerberos._udp", typ: "SRV", rdata: "0 100 88 " + g.target("dc01")})
	g.host("mail", g.plainAddrs(1), true, 0)
	g.host("dc01", g.plainAddrs(1), true, 0)
	g.host("dc02", g.plainAddrs(1), false, 0)
	g.st.PlainHosts += 3
}

// tenants writes Lync tenants until they hold the site's share of Lync
// records, each followed by plain hosts in proportion. It returns the
// number of plain hosts written.
func (g *gen) tenants(budget, end int) int {
	lyncLeft := int(float64(budget) * g.opt.LyncShare)
	perLync := (1 - g.opt.LyncShare) / g.opt.LyncShare / 2
	plainNo := 0
	for {
		t := g.planTenant()
		n := t.records()
		if n > lyncLeft || g.left-n < end {
			return plainNo
		}
		g.writeTenant(t)
		lyncLeft -= n
		run := min(int(float64(n)*perLync), g.left-end-lyncLeft)
		plainNo = g.plainRun(run, plainNo)
	}
}

var plainKinds = []struct{ prefix, comment string }{
	{"ws", "workstations (DHCP reservations)"},
	{"ws", "workstations, floor %d"},
	{"prn", "printers, floor %d"},
	{"phone", "Lync Phone Edition devices, floor %d"},
	{"srv", "file and application servers"},
	{"ap", "wireless access points"},
}

// plainRun writes n hosts with an A record and no AAAA, after a comment.
// no numbers the hosts of the site; it returns the next number.
func (g *gen) plainRun(n, no int) int {
	if n <= 0 {
		return no
	}
	k := plainKinds[g.rng.IntN(len(plainKinds))]
	comment := k.comment
	if len(comment) > 2 && comment[len(comment)-2:] == "%d" {
		comment = fmt.Sprintf(comment, g.between(1, 12))
	}
	g.raw("; ", comment)
	for range n {
		no++
		name := fmt.Sprintf("%s-%05d", k.prefix, no)
		g.put(rec{owner: name, typ: "A", rdata: g.plain.take().String(), comment: g.remark()})
	}
	g.st.PlainHosts += n
	return no
}
