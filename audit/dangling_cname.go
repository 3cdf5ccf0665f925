package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkDanglingCNAME = &Check{
	ID:       "dangling-cname",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a CNAME whose target should be in the zone set and is not, or whose chain loops",
	Text: "The alias points at a name inside one of the zones given, and that name has no records: the " +
		"lookup ends in NXDOMAIN. Or its chain loops inside the zone set (a CNAME of itself, or a -> b -> a, " +
		"through the CNAMEs of names, of wildcards and the DNAMEs above them) and never reaches data: a " +
		"resolver answers SERVFAIL. Each alias whose chain loops is reported, with the loop. Targets outside " +
		"the zone set are not checked, a target that a wildcard covers (RFC 4592) exists, and a target below " +
		"a DNAME (RFC 6672) is checked at the name the DNAME makes of it. A long chain that ends at data is " +
		"no finding, however long." + recordScope,
	Bad:  "lyncdiscover  CNAME  webext     ; webext does not exist",
	Good: "lyncdiscover  CNAME  webext\nwebext        A      198.51.100.20",
	Ref:  "RFC 1034 §3.6.2; RFC 6672 §2.2",
	run:  runDanglingCNAME,
}

func runDanglingCNAME(p *pass, c *Check) {
	loops := &loopFinder{ix: p.ix}
	dnames := dnameEnds{}
	for _, r := range p.ix.recs {
		if r.Type != zone.TypeCNAME || !p.isLync(r.Name) {
			continue
		}
		end, dname := p.ix.pastDNAMEs(r.Data, dnames)
		if p.ix.outside(end) { // the chain leaves the zone set: not judged
			continue
		}
		// Past a DNAME, end may still be below one: the DNAMEs loop.
		switch rs := p.ix.answering(end); {
		case len(rs) == 0:
			reportDangling(p, c, r, end, dname)
		case isAlias(end, rs) && loops.loops(r.Data):
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points into a loop: %s", r.Name, loops.describe(r.Name, r.Data)))
		}
	}
}

// isAlias reports whether name, whose records (or the wildcard's, or the
// DNAME above it) are rs, is an alias: the chain goes on past it, and may
// loop. Most targets hold data, and their chain is not walked.
func isAlias(name string, rs []*zone.Record) bool {
	_, _, ok := aliasIn(name, rs)
	return ok
}

// reportDangling reports CNAME r, whose target is end past the DNAMEs
// above it (the last of them dname, or nil), a name without records.
func reportDangling(p *pass, c *Check, r *zone.Record, end string, dname *zone.Record) {
	if dname == nil {
		p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points at %s, which has no records", r.Name, r.Data))
		return
	}
	p.report(c, r.Name, r.Pos(), fmt.Sprintf("CNAME %s points at %s, which the DNAME of %s makes %s, which has no records",
		r.Name, r.Data, dname.Name, end), Related{Pos: dname.Pos(), Note: "the DNAME of " + dname.Name})
}
