package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/addrscope"
)

var checkReservedAAAA = &Check{
	ID:       "reserved-aaaa",
	Severity: Error,
	Stage:    "audit",
	Title:    "an AAAA record holds an address no server can have",
	Text: "The unspecified address ::, the loopback ::1, multicast ff00::/8, IPv4-mapped ::ffff:0:0/96 and " +
		"IPv4-compatible ::/96 addresses, deprecated site-local fec0::/10 and addresses outside the unicast " +
		"blocks in use are not server addresses. An AAAA that holds one is a typo or a placeholder that " +
		"clients will try.",
	Bad:  "fe01  AAAA  ::ffff:10.0.1.11",
	Good: "fe01  AAAA  fd00:10::11",
	Ref:  "RFC 4291 §2.5, §2.7; RFC 3879",
	host: hostReservedAAAA,
}

func hostReservedAAAA(p *pass, c *Check, h *host) {
	for _, r := range h.aaaa {
		if addrscope.Of(r.Addr()) == addrscope.Reserved {
			p.reportHost(c, c.Severity, h, r.Pos(), fmt.Sprintf("%s AAAA %s is %s", h.name, r.Addr(), addrscope.ReservedKind(r.Addr())))
		}
	}
}
