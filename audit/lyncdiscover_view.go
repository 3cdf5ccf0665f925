package audit

import "fmt"

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
		} else if _, w := p.ix.wildcardRecord(name, isAddressOrAlias); w != nil {
			p.report(c, name, w.Pos(), fmt.Sprintf("%s is answered in the external view by the wildcard %s (RFC 4592); "+
				"external clients try it first and do not fall through to lyncdiscover", name, w.Name))
		}
	}
}
