package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkSRVTargetUnresolved = &Check{
	ID:       "srv-target-unresolved",
	Severity: Error,
	Stage:    "audit",
	Title:    "an SRV target inside the zone set has no A or AAAA",
	Text: "The target of an SRV record lies in a zone zonegen was given, and that zone has no address " +
		"record for it: clients find the service and cannot reach it. Targets outside the zone set are " +
		"not checked, and the target \".\" (service not available) is fine. A target that a wildcard " +
		"covers (RFC 4592) has the wildcard's records." + recordScope,
	Bad:  "_sip._tls  SRV  0 0 443 sip-edge     ; no record for sip-edge",
	Good: "_sip._tls  SRV  0 0 443 sip\nsip        A    198.51.100.10\nsip        AAAA 2001:db8:100::10",
	Ref:  "RFC 2782",
	run:  runSRVTargetUnresolved,
}

func runSRVTargetUnresolved(p *pass, c *Check) {
	p.eachSRV(func(r *zone.Record) {
		t := r.Data
		if t == "." || !p.ix.cuts.InSet(t) {
			return
		}
		rs := p.ix.answering(t) // a wildcard's, for a target it covers
		if _, _, alias := aliasIn(t, rs); alias {
			return // srv-target-cname's
		}
		if len(ofType(rs, zone.TypeA)) == 0 && len(ofType(rs, zone.TypeAAAA)) == 0 {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("SRV target %s of %s has no A or AAAA record", t, r.Name))
		}
	})
}
