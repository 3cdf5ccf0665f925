package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkSRVTargetOtherDomain = &Check{
	ID:       "srv-target-other-domain",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a Lync SRV target is not in the SRV's own DNS domain",
	Text: "Lync clients use strict domain matching: the target of _sipinternaltls._tcp.contoso.com must " +
		"be a host directly in contoso.com (pool01.contoso.com), not pool01.contoso.net nor " +
		"pool01.corp.contoso.com. Other targets work only where the DisableStrictDNSNaming policy " +
		"switches clients to suffix matching, or with pin-point zones. Targets under lync.com and " +
		"outlook.com (Lync Online, Office 365: _sip._tls to sipdir.online.lync.com.) are trusted by " +
		"the clients and not reported.",
	Bad:  "_sipinternaltls._tcp.contoso.com.  SRV  0 0 5061 pool01.contoso.net.",
	Good: "_sipinternaltls._tcp.contoso.com.  SRV  0 0 5061 pool01.contoso.com.",
	Ref:  "Lync Server 2013: Determine DNS requirements (Gg398758), strict domain matching",
	run:  runSRVTargetOtherDomain,
}

func runSRVTargetOtherDomain(p *pass, c *Check) {
	p.eachSRV(func(r *zone.Record) {
		_, dom, _, ok := lyncService(r.Name)
		if !ok || r.Data == "." || trustedHosted(r.Data) {
			return
		}
		if _, parent, found := zone.CutLabel(r.Data); !found || parent != dom {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("SRV target %s of %s is not a host in %s; Lync's strict domain matching rejects it", r.Data, r.Name, dom))
		}
	})
}

// trustedHosted reports whether a target lies in a domain Lync clients
// trust without strict matching: Microsoft's hosted Lync and Office 365.
// Labels are compared, not text: evil\.lync.com. is the label "evil.lync"
// below com.
func trustedHosted(target string) bool {
	for _, dom := range [...]string{"lync.com.", "outlook.com."} {
		if target != dom && zone.IsSubdomain(dom, target) {
			return true
		}
	}
	return false
}
