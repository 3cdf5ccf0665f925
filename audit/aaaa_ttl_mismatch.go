package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

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

// AAAATTLMismatch is the check of that name: review matches its findings with
// the TTL (a TTL change may make or end one).
func AAAATTLMismatch() *Check { return checkAAAATTLMismatch.copy() }

// hostAAAATTLMismatch compares two TTLs that BIND serves h's records at:
// its AAAA records' and its A records' (zone.RRsetTTL: the first
// record's of the last run, which fix gives a new AAAA too), and reports
// a difference at the AAAA record whose TTL is served. A set of mixed TTLs
// is rrset-ttl-mismatch's: `h 300 A`, `h 300 AAAA`, `h 600 AAAA` is served
// at 300 for both, and is no finding here (test 18 D3).
func hostAAAATTLMismatch(p *pass, c *Check, h *host) {
	if len(h.a) == 0 || len(h.aaaa) == 0 {
		return
	}
	a, aaaa := zone.RRsetTTL(h.a), zone.RRsetTTL(h.aaaa)
	if aaaa.TTL != a.TTL {
		p.reportHost(c, c.Severity, h, aaaa.Pos(), fmt.Sprintf("%s AAAA has TTL %d, its A has TTL %d", h.name, aaaa.TTL, a.TTL),
			Related{Pos: a.Pos(), Note: "the A record"})
	}
}
