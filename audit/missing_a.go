package audit

import "fmt"

var checkMissingA = &Check{
	ID:       "missing-a",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a Lync host has AAAA records and no A",
	Text: "Lync supports IPv6-only servers in labs only; production deployments are IPv4 or dual stack, " +
		"and IPv4-only clients need the A record. A Lync host with AAAA and no A is a warning, and an " +
		"error with --view external, where IPv4-only users and federation partners are certain.",
	Bad:  "av  3600  IN  AAAA  2001:db8:100::12",
	Good: "av  3600  IN  A     198.51.100.12\nav  3600  IN  AAAA  2001:db8:100::12",
	Ref:  "Lync Server 2013: Overview of IP address types (JJ205363); Migration and coexistence for IPv6 (JJ205068)",
	host: hostMissingA,
}

func hostMissingA(p *pass, c *Check, h *host) {
	if len(h.aaaa) == 0 || len(h.a) > 0 {
		return
	}
	sev := c.Severity
	if p.opt.external() {
		sev = Error
	}
	p.reportHost(c, sev, h, h.aaaa[0].Pos(),
		fmt.Sprintf("%s has %s (%s) and no A; IPv4 clients cannot reach it", h.name, plural(len(h.aaaa), "AAAA record"), joinAddrs(h.aaaa)))
}

// MissingA is the check missing-a, which review knows by it.
func MissingA() *Check { return checkMissingA.copy() }
