package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkDanglingCNAME = &Check{
	ID:       "dangling-cname",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a CNAME whose target should be in the zone set and is not",
	Text: "The alias points at a name inside one of the zones given, and that name has no records: the " +
		"lookup ends in NXDOMAIN. Targets outside the zone set are not checked, a target that a " +
		"wildcard covers (RFC 4592) exists, and a target below a DNAME (RFC 6672) is checked at the name " +
		"the DNAME makes of it." + recordScope,
	Bad:       "lyncdiscover  CNAME  webext     ; webext does not exist",
	Good:      "lyncdiscover  CNAME  webext\nwebext        A      198.51.100.20",
	Ref:       "RFC 1034 §3.6.2; RFC 6672 §2.2",
	run:       runDanglingCNAME,
	indexOnly: true,
}

func runDanglingCNAME(p *pass, c *Check) {
	for _, r := range p.ix.recs {
		if r.Type != zone.TypeCNAME || !p.isLync(r.Name) {
			continue
		}
		end, dname := p.ix.pastDNAMEs(r.Data)
		if !p.ix.cuts.InSet(end) || len(p.ix.answering(end)) > 0 {
			continue
		}
		if dname == nil {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points at %s, which has no records", r.Name, r.Data))
			continue
		}
		p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points at %s, which the DNAME of %s makes %s, which has no records",
			r.Name, r.Data, dname.Name, end), Related{Pos: dname.Pos(), Note: "the DNAME of " + dname.Name})
	}
}
