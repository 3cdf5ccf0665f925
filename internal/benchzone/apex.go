package benchzone

import (
	"net/netip"
	"strconv"
)

// apexRecords writes the head of the zone: a comment, $ORIGIN, $TTL, the
// SOA over several lines, NS, MX, an SPF record and the name servers' and
// mail server's addresses (MinRecords records).
func (g *gen) apexRecords() {
	g.raw("; ", g.apex, " -- INTERNAL view. Written by zonegen's benchmark generator (internal/benchzone),")
	g.raw("; seed ", strconv.FormatUint(g.opt.Seed, 10), ", ", strconv.Itoa(g.left), " records: not a real zone.")
	g.raw(";")
	g.setOrigin(g.apex)
	g.setTTL(3600)
	g.raw("@                       IN SOA  ns1.", g.apex, " hostmaster.", g.apex, " (")
	g.raw("                                2024061402 ; serial")
	g.raw("                                3600       ; refresh")
	g.raw("                                900        ; retry")
	g.raw("                                1209600    ; expire")
	g.raw("                                300 )      ; negative caching TTL")
	g.owned = true
	g.count("SOA")
	g.put(rec{typ: "NS", rdata: "ns1"})
	g.put(rec{typ: "NS", rdata: "ns2." + g.apex})
	g.put(rec{typ: "MX", rdata: "10 mail"})
	g.spf("")
	g.raw("")
	g.raw(";; ------------------------------------------------------------ infrastructure")
	for _, name := range []string{"ns1", "ns2", "mail"} {
		g.host(name, []netip.Addr{g.plain.take()}, true, 0)
	}
}

// spf writes a TXT record over two lines in parentheses, with a comment
// inside them.
func (g *gen) spf(owner string) {
	g.raw(string(pad([]byte(owner), 24)), "IN TXT  ( \"v=spf1 mx ip4:10.128.0.0/9\"  ; the plain hosts' range")
	g.raw("                                \" include:_spf.", g.apex, " -all\" )")
	g.owned = true
	g.count("TXT")
}

// host writes the A records of a name and, when v6, an AAAA record for
// each, with the TTL aaaaTTL (0: the TTL in force).
func (g *gen) host(name string, v4 []netip.Addr, v6 bool, aaaaTTL uint32) {
	for i, a := range v4 {
		owner := ""
		if i == 0 {
			owner = name
		}
		g.put(rec{owner: owner, typ: "A", rdata: a.String(), comment: g.remark()})
	}
	if !v6 {
		return
	}
	for _, a := range v4 {
		comment := ""
		if aaaaTTL != 0 {
			comment = "short TTL for the cut-over"
		}
		g.put(rec{ttl: aaaaTTL, typ: "AAAA", rdata: mimic(a).String(), comment: comment})
	}
}
