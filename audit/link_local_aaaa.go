package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/zone"
)

var checkLinkLocalAAAA = &Check{
	ID:       "link-local-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "an AAAA record holds a link-local address (fe80::/10)",
	Text: "Link-local addresses are valid only on one link and need a zone index to be used; routers do " +
		"not forward them. Published in DNS they send clients to an address that is not theirs to reach. " +
		"This applies to every AAAA record in the zone, not only to Lync hosts, glue included.",
	Bad:  "fe01  AAAA  fe80::11",
	Good: "fe01  AAAA  fd00:10::11",
	Ref:  "RFC 4291 §2.5.6; RFC 4472 §2.1; DISA DNS STIG WDNS-22-000031",
	run:  runLinkLocalAAAA,
}

// runLinkLocalAAAA reports every link-local AAAA record the zones serve:
// those of the index, and the glue the index leaves out with the other
// records below a delegation, which BIND serves in its referrals all the
// same (test 18 D4: a link-local address for a child's name server).
func runLinkLocalAAAA(p *pass, c *Check) {
	for _, r := range p.ix.recs {
		if r.Type == zone.TypeAAAA && addrscope.Of(r.Addr()) == addrscope.LinkLocal {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s AAAA %s is link-local and unreachable beyond its link", r.Name, r.Addr()))
		}
	}
	for _, r := range p.glue() {
		if r.Type == zone.TypeAAAA && addrscope.Of(r.Addr()) == addrscope.LinkLocal {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s AAAA %s is link-local and unreachable beyond its link; "+
				"it is glue, served in referrals", r.Name, r.Addr()))
		}
	}
}

// glue returns the address records that the zones serve as glue and the
// index leaves out: the A and AAAA records of the names that a zone's NS
// records below its apex name, where the zone is not authoritative (at or
// below a delegation or a child zone of the set). Only the zones that may
// have occluded records are read, and most sets have none.
func (p *pass) glue() []*zone.Record {
	var out []*zone.Record
	for _, z := range p.zones {
		if !p.ix.cuts.MayOcclude(z.Origin) {
			continue
		}
		servers := map[string]bool{}
		for i := range z.Records {
			if r := &z.Records[i]; r.Type == zone.TypeNS && r.Name != z.Origin && r.Class == z.Class {
				servers[r.Data] = true
			}
		}
		for i := range z.Records {
			r := &z.Records[i]
			if (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && r.Class == z.Class && servers[r.Name] &&
				!p.ix.cuts.Authority(r.Name, z.Origin).Keeps(r.Type) {
				out = append(out, r)
			}
		}
	}
	return out
}
