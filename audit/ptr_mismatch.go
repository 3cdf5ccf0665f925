package audit

import (
	"fmt"
	"net/netip"

	"github.com/zonegen/zonegen/zone"
)

var checkPTRMismatch = &Check{
	ID:       "ptr-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a PTR names another host than the one whose address it is",
	Text: "The reverse zone has a PTR for a Lync host's address, and the name it gives does not hold that " +
		"address: a renamed or renumbered server left behind. A PTR to any name of the zone set that " +
		"holds the address is fine (a pool's address names its server); names outside the set are not judged. " +
		"Each PTR of a reverse name is judged on its own: a stale PTR beside a right one is reported, since " +
		"servers rotate the RRset and a client that takes the first name gets each PTR in turn. " +
		"A CNAME at the address's name (RFC 2317 classless delegation), or a DNAME above it, is followed inside the zone set to the PTR.",
	Bad:  "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0  PTR  fe-old.contoso.com.",
	Good: "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0  PTR  fe01.contoso.com.",
	Ref:  "RFC 1035 §3.5; RFC 3596 §2.5; RFC 2317",
	run:  runPTRMismatch,
}

// runPTRMismatch judges each PTR of an address on its own: servers rotate
// a reverse name's PTR RRset, so one stale PTR beside a right one gives a
// client that takes the first name, in turn, a name that does not resolve
// back (test 18 D1). Each wrong PTR is a finding of its own, at
// the host's record, with that PTR related first: a zonegen:ignore on the
// PTR's line silences that PTR alone (suppressed).
func runPTRMismatch(p *pass, c *Check) {
	for _, pc := range p.ptrCases() {
		for _, ptr := range pc.ptrs {
			if p.wrongPTR(ptr, pc.rec.Addr()) {
				p.report(c, pc.name, pc.rec.Pos(), fmt.Sprintf("PTR for %s %s names %s, which does not have that address",
					pc.name, pc.rec.Addr(), ptr.Data), append([]Related{{Pos: ptr.Pos(), Note: "the PTR record"}}, pc.member...)...)
			}
		}
	}
}

// wrongPTR reports whether ptr names a name inside the zone set that does
// not hold address a: a name outside the set is not judged, and any name
// of the set that holds the address is a right one (a pool's address may
// name its server or the pool).
func (p *pass) wrongPTR(ptr *zone.Record, a netip.Addr) bool {
	return !p.ix.holds(ptr.Data, a) && p.ix.cuts.InSet(ptr.Data)
}
