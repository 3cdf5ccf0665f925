package audit

import (
	"fmt"
	"strings"
)

var checkPTRMismatch = &Check{
	ID:       "ptr-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a PTR names another host than the one whose address it is",
	Text: "The reverse zone has a PTR for a Lync host's address, and the name it gives does not hold that " +
		"address: a renamed or renumbered server left behind. A PTR to any name of the zone set that " +
		"holds the address is fine (a pool's address names its server); names outside the set are not judged. " +
		"A CNAME at the address's name (RFC 2317 classless delegation) is followed inside the zone set to the PTR.",
	Bad:  "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0  PTR  fe-old.contoso.com.",
	Good: "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0  PTR  fe01.contoso.com.",
	Ref:  "RFC 1035 §3.5; RFC 3596 §2.5; RFC 2317",
	run:  runPTRMismatch,
}

func runPTRMismatch(p *pass, c *Check) {
cases:
	for _, pc := range p.ptrCases() {
		if len(pc.ptrs) == 0 {
			continue
		}
		var wrong []string
		judged := true
		for _, ptr := range pc.ptrs {
			if p.ix.holds(ptr.Data, pc.rec.Addr()) {
				continue cases
			}
			judged = judged && p.ix.cuts.InSet(ptr.Data)
			wrong = append(wrong, ptr.Data)
		}
		if judged {
			p.report(c, pc.name, pc.rec.Pos(), fmt.Sprintf("PTR for %s %s names %s, which does not have that address",
				pc.name, pc.rec.Addr(), strings.Join(wrong, ", ")), append([]Related{{Pos: pc.ptrs[0].Pos(), Note: "the PTR record"}}, pc.member...)...)
		}
	}
}
