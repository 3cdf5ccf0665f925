package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkLinkLocalAAAA = &Check{
	ID:       "link-local-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "an AAAA record holds a link-local address (fe80::/10)",
	Text: "Link-local addresses are valid only on one link and need a zone index to be used; routers do " +
		"not forward them. Published in DNS they send clients to an address that is not theirs to reach. " +
		"This applies to every AAAA record in the zone, not only to Lync hosts.",
	Bad:       "fe01  AAAA  fe80::11",
	Good:      "fe01  AAAA  fd00:10::11",
	Ref:       "RFC 4291 §2.5.6; RFC 4472 §2.1; DISA DNS STIG WDNS-22-000031",
	run:       runLinkLocalAAAA,
	indexOnly: true,
}

func runLinkLocalAAAA(p *pass, c *Check) {
	for _, r := range p.ix.recs {
		if r.Type == zone.TypeAAAA && Scope(r.Addr()) == ScopeLinkLocal {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s AAAA %s is link-local and unreachable beyond its link", r.Name, r.Addr()))
		}
	}
}
