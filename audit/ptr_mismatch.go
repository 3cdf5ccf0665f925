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

// PTRMismatch is the check ptr-mismatch, which fix applies to the PTRs it finds where it would write one.
func PTRMismatch() *Check { return checkPTRMismatch.copy() }

// runPTRMismatch judges each PTR of an address on its own: servers rotate
// a reverse name's PTR RRset, so one stale PTR beside a right one gives a
// client that takes the first name, in turn, a name that does not resolve
// back (test 18 D1). Each wrong PTR is a finding of its own, at
// the host's record, with that PTR related first: a zonegen:ignore on the
// PTR's line silences that PTR alone (suppressed). A PTR that names an
// alias (its own CNAME, a wildcard's, or a DNAME above it: aliasOf) is said
// to (test 20a D6: "which does not have that address" read as wrong, since
// the alias resolves to it; review 20b #12).
func runPTRMismatch(p *pass, c *Check) {
	for _, pc := range p.ptrCases() {
		for _, ptr := range pc.ptrs {
			a := pc.rec.Addr()
			if StalePTR(ptr, func(n string) bool { return p.ix.holds(n, a) }, p.ix.cuts.InSet) {
				msg := PTRMismatchMessage(pc.name, a, ptr.Data)
				if _, via, ok := p.ix.aliasOf(ptr.Data); ok {
					msg = fmt.Sprintf("PTR for %s %s names %s, an alias (%s): a PTR names the host that has the address", pc.name, a, ptr.Data, via.Type)
				}
				p.report(c, pc.name, pc.rec.Pos(), msg,
					append([]Related{{Pos: ptr.Pos(), Note: "the PTR record"}}, pc.member...)...)
			}
		}
	}
}

// StalePTR is ptr-mismatch's rule for one PTR record of an address's
// reverse name, which the audit and fix (for the PTRs it finds where it
// would write one) both apply: ptr is stale when the name it gives is
// inside the zone set (inSet) and does not hold the address (holds). A
// name outside the set is not judged, and any name of the set that holds
// the address is a right one (a pool's address may name its server or the
// pool). Each PTR is judged on its own (test 18 D1).
func StalePTR(ptr *zone.Record, holds, inSet func(name string) bool) bool {
	return !holds(ptr.Data) && inSet(ptr.Data)
}

// PTRMismatchMessage is ptr-mismatch's message for a PTR of name's address
// a that gives target.
func PTRMismatchMessage(name string, a netip.Addr, target string) string {
	return fmt.Sprintf("PTR for %s %s names %s, which does not have that address", name, a, target)
}
