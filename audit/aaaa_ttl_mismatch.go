package audit

import "fmt"

var checkAAAATTLMismatch = &Check{
	ID:       "aaaa-ttl-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "the A and AAAA records of one name have different TTLs",
	Text: "When the A and AAAA of a host expire at different times, caches hold one family longer than " +
		"the other; a renumbering or a failover then reaches IPv4 and IPv6 clients at different times. " +
		"Give both the same TTL.",
	Bad:  "fe01  3600  A     10.0.1.11\nfe01  300   AAAA  fd00:10::11",
	Good: "fe01  3600  A     10.0.1.11\nfe01  3600  AAAA  fd00:10::11",
	Ref:  "RFC 2181 §5.2 (by analogy); Lync Server 2013: DNS load balancing (Gg398634)",
	host: hostAAAATTLMismatch,
}

func hostAAAATTLMismatch(p *pass, c *Check, h *host) {
	if len(h.a) == 0 {
		return
	}
	ttl := h.a[0].TTL
	for _, r := range h.aaaa {
		if r.TTL != ttl {
			p.reportHost(c, c.Severity, h, r.Pos(), fmt.Sprintf("%s AAAA has TTL %d, its A has TTL %d", h.name, r.TTL, ttl),
				Related{Pos: h.a[0].Pos(), Note: "the A record"})
			return
		}
	}
}
