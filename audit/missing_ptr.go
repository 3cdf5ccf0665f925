package audit

import "fmt"

var checkMissingPTR = &Check{
	ID:       "missing-ptr",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a reverse zone in the set covers a Lync host's address and has no PTR for it",
	Text: "When the reverse zone (in-addr.arpa or ip6.arpa) of a Lync host's address is among the zones " +
		"audited, it should name the host: logs, certificates checks and some SIP peers look the address " +
		"up. An address shared by a pool and its server is expected to name the server. A CNAME at the " +
		"address's name (RFC 2317 classless delegation), or a DNAME above it, is followed inside the zone set to the PTR.",
	Bad:  "; ip6.arpa zone for fd00:10::/64 with no PTR for fe01's fd00:10::11",
	Good: "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0  PTR  fe01.contoso.com.",
	Ref:  "RFC 1035 §3.5; RFC 3596 §2.5; RFC 2317",
	run:  runMissingPTR,
}

func runMissingPTR(p *pass, c *Check) {
	for _, pc := range p.ptrCases() {
		if len(pc.ptrs) == 0 {
			p.report(c, pc.name, pc.rec.Pos(), fmt.Sprintf("no PTR at %s for %s %s", ptrPlace(pc), pc.name, pc.rec.Addr()), pc.member...)
		}
	}
}

// ptrPlace names where the PTR of a case is missing: the reverse name,
// and the end of its chain when a CNAME or a DNAME above it sends it
// elsewhere (RFC 2317, RFC 6672): "the CNAME target" said so of a DNAME's
// too (test 18c D4).
func ptrPlace(pc ptrCase) string {
	if pc.at == pc.rev {
		return pc.rev
	}
	return pc.at + " (where the chain from " + pc.rev + " ends)"
}
