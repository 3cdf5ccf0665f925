package audit

import "github.com/zonegen/zonegen/zone"

var checkMissingAAAA = &Check{
	ID:       "missing-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "a Lync host has A records and no AAAA",
	Text: "In a dual-stack deployment every Lync host name (pools, servers, SRV targets, the well-known " +
		"names) needs an AAAA record beside its A records, or IPv6 clients fall back to IPv4 or fail. " +
		"Keep the A records: IPv4 clients remain. A DNS-load-balanced pool needs one AAAA per server. " +
		"`zonegen fix --plan` writes the missing records from an address plan.",
	Bad:      "fe01  3600  IN  A     10.0.1.11",
	Good:     "fe01  3600  IN  A     10.0.1.11\nfe01  3600  IN  AAAA  fd00:10::11",
	Ref:      "Lync Server 2013: Technical requirements for IPv6 (JJ205278); Determine DNS requirements (Gg398758)",
	host:     hostMissingAAAA,
	describe: describeMissingAAAA,
}

func hostMissingAAAA(p *pass, c *Check, h *host) {
	if len(h.a) > 0 && len(h.aaaa) == 0 {
		p.note(c, p.ix.firstOf(h.id, zone.TypeA), h.id) // h.a[0]: most of a million findings, the message is made when read
	}
}

// describeMissingAAAA makes the message of a missing-aaaa note:
// "fe01.contoso.com. has 2 A records (10.0.1.11, 10.0.1.12) and no AAAA";
// a wildcard's says that it answers for the Lync names it stands for
// (review 20b #6: the text output never said why a wildcard was judged).
func describeMissingAAAA(ix *index, owner int32, b []byte) []byte {
	a := ofType(ix.allOf(owner), zone.TypeA) // what hostMissingAAAA saw as h.a
	name := ix.name(owner)
	b = append(append(b, name...), " has "...)
	b = append(appendPlural(b, len(a), "A record"), " ("...)
	b = append(appendAddrs(b, a), ") and no AAAA"...)
	if zone.IsWildcard(name) {
		b = append(b, ", for every name it answers for (RFC 4592)"...)
	}
	return b
}

// MissingAAAA is the check missing-aaaa: fix asks the audit for its
// findings, and review and generate know them by it.
func MissingAAAA() *Check { return checkMissingAAAA.copy() }
