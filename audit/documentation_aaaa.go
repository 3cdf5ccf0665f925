package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/addrscope"
)

var checkDocumentationAAAA = &Check{
	ID:       "documentation-aaaa",
	Severity: Warning,
	Stage:    "audit",
	Title:    "an AAAA record holds a documentation address (2001:db8::/32)",
	Text: "2001:db8::/32 is reserved for examples and is never routed. A Lync host with such an AAAA was " +
		"probably copied from documentation, or still carries a placeholder.",
	Bad:  "sip  AAAA  2001:db8:100::10",
	Good: "sip  AAAA  2a00:1450:100::10   ; your own global prefix",
	Ref:  "RFC 3849",
	host: hostDocumentationAAAA,
}

func hostDocumentationAAAA(p *pass, c *Check, h *host) {
	for _, r := range h.aaaa {
		if addrscope.Of(r.Addr()) == addrscope.Documentation {
			p.reportHost(c, c.Severity, h, r.Pos(), fmt.Sprintf("%s AAAA %s is a documentation address (2001:db8::/32)", h.name, r.Addr()))
		}
	}
}
