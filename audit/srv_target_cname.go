package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkSRVTargetCNAME = &Check{
	ID:       "srv-target-cname",
	Severity: Error,
	Stage:    "audit",
	Title:    "an SRV target is an alias",
	Text: "RFC 2782 requires the target of an SRV record to be a name with address records, not an alias. " +
		"Lync clients and the Access Edge follow the RFC; point the SRV at the pool or Edge name itself. " +
		"A target that a wildcard CNAME covers (RFC 4592), or that lies below a DNAME (RFC 6672), is an " +
		"alias too." + recordScope,
	Bad:  "_sipinternaltls._tcp  SRV    0 0 5061 sipfe\nsipfe                 CNAME  pool01",
	Good: "_sipinternaltls._tcp  SRV    0 0 5061 pool01",
	Ref:  "RFC 2782 (Target); RFC 6672 §2.2; Lync Server 2013: Determine DNS requirements (Gg398758)",
	run:  runSRVTargetCNAME,
}

func runSRVTargetCNAME(p *pass, c *Check) {
	p.eachSRV(func(r *zone.Record) {
		if r.Data == "." {
			return
		}
		if target, via, ok := p.ix.aliasOf(r.Data); ok {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("SRV target %s of %s is an alias (%s)", r.Data, r.Name, aliasText(target, via)),
				Related{Pos: via.Pos(), Note: aliasNote(r.Data, via)})
		}
	})
}
