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
		"lookup ends in NXDOMAIN. Targets outside the zone set are not checked, and a target that a " +
		"wildcard covers (RFC 4592) exists." + recordScope,
	Bad:  "lyncdiscover  CNAME  webext     ; webext does not exist",
	Good: "lyncdiscover  CNAME  webext\nwebext        A      198.51.100.20",
	Ref:  "RFC 1034 §3.6.2",
	run:  runDanglingCNAME,
}

func runDanglingCNAME(p *pass, c *Check) {
	for _, r := range p.ix.recs {
		if r.Type == zone.TypeCNAME && p.isLync(r.Name) && p.ix.inSet(r.Data) && len(p.ix.answering(r.Data)) == 0 {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points at %s, which has no records", r.Name, r.Data))
		}
	}
}
