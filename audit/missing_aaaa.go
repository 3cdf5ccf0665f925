package audit

var checkMissingAAAA = &Check{
	ID:       "missing-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "a Lync host has A records and no AAAA",
	Text: "In a dual-stack deployment every Lync host name (pools, servers, SRV targets, the well-known " +
		"names) needs an AAAA record beside its A records, or IPv6 clients fall back to IPv4 or fail. " +
		"Keep the A records: IPv4 clients remain. A DNS-load-balanced pool needs one AAAA per server. " +
		"`zonegen fix --plan` writes the missing records from an address plan.",
	Bad:  "fe01  3600  IN  A     10.0.1.11",
	Good: "fe01  3600  IN  A     10.0.1.11\nfe01  3600  IN  AAAA  fd00:10::11",
	Ref:  "Lync Server 2013: Technical requirements for IPv6 (JJ205278); Determine DNS requirements (Gg398758)",
	host: hostMissingAAAA,
}

func hostMissingAAAA(p *pass, c *Check, h *host) {
	if len(h.a) > 0 && len(h.aaaa) == 0 {
		// built in the pass's buffer, kept in its arena with hundreds of
		// others: a million findings, a few hundred allocations
		b := append(append(p.buf[:0], h.name...), " has "...)
		b = append(appendPlural(b, len(h.a), "A record"), " ("...)
		b = append(appendAddrs(b, h.a), ") and no AAAA"...)
		p.buf = b
		p.report(c, h.name, h.a[0].Pos, p.msgs.String(b))
	}
}
