package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/addrscope"
)

var checkExternalLocalAAAA = &Check{
	ID:       "external-local-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "with --view external: a unique-local or link-local AAAA",
	Text: "The external view is what remote users and federation partners resolve. Unique local " +
		"(fc00::/7) and link-local (fe80::/10) addresses are not reachable from the Internet; they belong " +
		"in the internal view only. Runs only with --view external; with it, zonegen fix writes no such " +
		"address that the plan derives, and reports the host instead.",
	Bad:  "sip  AAAA  fd00:20::5",
	Good: "sip  AAAA  2001:db8:100::10",
	Ref:  "RFC 4193 §4.4; RFC 4472 §2.1; Lync Server 2013: Edge Server IPv6 (JJ204984)",
	host: hostExternalLocalAAAA,

	externalOnly: true,
}

// ExternalLocalAAAA is the check external-local-aaaa, which fix applies to the addresses it would give hosts in the external view.
func ExternalLocalAAAA() *Check { return checkExternalLocalAAAA.copy() }

func hostExternalLocalAAAA(p *pass, c *Check, h *host) {
	for _, r := range h.aaaa {
		if s, local := addrscope.Local(r.Addr()); local {
			p.reportHost(c, c.Severity, h, r.Pos(), fmt.Sprintf("%s AAAA %s is %s and cannot be reached from outside", h.name, r.Addr(), s))
		}
	}
}
