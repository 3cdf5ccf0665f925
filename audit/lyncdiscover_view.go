package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkLyncdiscoverView = &Check{
	ID:       "lyncdiscover-view",
	Severity: Warning,
	Stage:    "audit",
	Title:    "with --view external: lyncdiscoverinternal published outside",
	Text: "lyncdiscoverinternal.<domain> points clients at the internal web services and belongs to the " +
		"internal view only; split-brain DNS is not supported for the LyncDiscover records. " +
		"(lyncdiscover must resolve inside and out, so it is not flagged in the internal view.) " +
		"A wildcard with an address or an alias that answers for it outside is flagged too, at its record: " +
		"clients try lyncdiscoverinternal first and do not fall through to lyncdiscover. " +
		"Runs only with --view external.",
	Bad:  "lyncdiscoverinternal  A  198.51.100.20",
	Good: "lyncdiscover          A  198.51.100.20",
	Ref:  "Lync Server 2013: DNS requirements for automatic client sign-in (Gg425884); Determine DNS requirements (Gg398758)",
	run:  runLyncdiscoverView,

	externalOnly: true,
}

func runLyncdiscoverView(p *pass, c *Check) {
	for _, d := range p.domains {
		name := "lyncdiscoverinternal." + d
		if first := p.ix.first(name); first != nil {
			p.report(c, name, first.Pos(), fmt.Sprintf("%s is published in the external view; it belongs in the internal view only", name))
		} else if w := p.ix.wildcardAddress(name); w != nil {
			p.report(c, name, w.Pos(), fmt.Sprintf("%s is answered in the external view by the wildcard %s (RFC 4592); "+
				"external clients try it first and do not fall through to lyncdiscover", name, w.Name))
		}
	}
}

// wildcardAddress returns the first A, AAAA or CNAME record of the
// wildcard that answers for name, a name without records of its own, or
// nil: a wildcard in the external view that answers lyncdiscoverinternal
// sends the clients that try it first elsewhere (test 20a #3), where one of
// other records only answers their address queries with no data.
func (ix *index) wildcardAddress(name string) *zone.Record {
	id, ok := ix.wildcardOf(name)
	if !ok {
		return nil
	}
	for _, r := range ix.allOf(id) {
		if r.Type == zone.TypeA || r.Type == zone.TypeAAAA || r.Type == zone.TypeCNAME {
			return r
		}
	}
	return nil
}
