package audit

var checkBindDivergence = &Check{
	ID:       "bind-divergence",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a line that miekg/dns reads differently from BIND",
	Text: "zonegen reads zone files as BIND does, because BIND serves them, and says so where the Go DNS " +
		"library it parses with would read the line otherwise: a $GENERATE without a TTL (BIND: the $TTL " +
		"in force; miekg/dns: 3600), an SOA without a TTL and no $TTL (BIND: the SOA minimum, for it and the records after it without a TTL), a TTL " +
		"above 2^31-1 (BIND: 0, RFC 2181 §8), a TXT " +
		"string over 255 bytes, a record of another class than the zone's, $GENERATE nibble modifiers, " +
		"a quoted owner name (BIND reads the name in the quotes; miekg/dns refuses it). " +
		"Other tools built on miekg/dns (DNSControl, CoreDNS) may read such a file differently.",
	Bad:  "$TTL 300\n$GENERATE 1-10 host$ A 10.0.2.$",
	Good: "$TTL 300\n$GENERATE 1-10 host$ 300 A 10.0.2.$",
	Ref:  "BIND 9 ARM, zone file directives; github.com/miekg/dns",
	run:  runBindDivergence,
}

func runBindDivergence(p *pass, c *Check) {
	for _, z := range p.zones {
		for _, d := range z.Divergences {
			p.report(c, z.Origin, d.Pos, d.Message)
		}
	}
}
