package fix

import (
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// addrHolders are the names that hold a new address after the run: the
// names of its new AAAA records (same, places in added) and its older
// holders (old).
type addrHolders struct {
	added []Addition
	same  []int
	old   oldAAAA
}

// holds reports whether name holds the address after the run in the view
// of zone fz, the new AAAA's (fixer.sameView): a name of another view does
// not answer there (test 14 D2; test 20e D1: the views of a shared reverse
// zone counted too).
func (f *fixer) holds(h addrHolders, name string, fz *zone.Zone) bool {
	for _, i := range h.same {
		if a := &h.added[i]; a.Record.Name == name && f.sameView(a.Zone, fz) {
			return true
		}
	}
	for _, o := range h.old[h.added[h.same[0]].Record.Addr()] {
		if o.name == name && f.sameView(o.z, fz) {
			return true
		}
	}
	return false
}

// judgePTRs reports, as ptr-mismatch, each PTR record of ptrs that a
// reverse zone already has at the name of new AAAA a's address and that
// the audit's rule (audit.StalePTR) finds stale, with the names that hold
// the address after the run (h) and the names of the set in the view of
// the new AAAA's zone, as the audit judges it. fix writes no second PTR
// there and removes no line, so the engineer hears of the stale PTR when
// the address is given, not at the next audit (test 11 D4).
func (f *fixer) judgePTRs(ptrs []*zone.Record, a *Addition, h addrHolders) {
	holds := func(name string) bool { return f.holds(h, name, a.Zone) }
	inSet := func(name string) bool { return f.inSet(name, a.Zone) }
	for _, p := range ptrs {
		if audit.StalePTR(p, holds, inSet) {
			f.reportStale(p, a)
		}
	}
}

// reportStale reports stale PTR p at the name of new AAAA a's address.
// The finding is at the PTR, the line to change, and names the host the
// PTR would have named; a PTR that two views read is reported once.
func (f *fixer) reportStale(p *zone.Record, a *Addition) {
	fd := audit.PTRMismatch().Finding(a.Record.Name, p.Pos(),
		audit.PTRMismatchMessage(a.Record.Name, a.Record.Addr(), p.Data)+": fix leaves the PTR as it is")
	if k := (staleKey{fd.Pos, fd.Message}); !f.ptr.staleSeen[k] {
		if f.ptr.staleSeen == nil {
			f.ptr.staleSeen = map[staleKey]bool{}
		}
		f.ptr.staleSeen[k] = true
		f.ptr.stale = append(f.ptr.stale, fd)
	}
}

// staleKey is what tells two stale-PTR findings apart: a PTR that two
// views read is one finding. A set, not a search of the list: with each
// PTR its own finding, thousands of stale PTRs made the search grow as
// their square (review 18b #21).
type staleKey struct {
	pos zone.Pos
	msg string
}

// inSet reports whether name is a name that the zone set answers for in
// some view that reads zone fz, the new AAAA's zone (zone.Cuts.InSet), as
// the audit judges the names a PTR gives (audit.StalePTR): in the host's
// view, not in every view that reads a shared reverse zone (test 20d D2).
func (f *fixer) inSet(name string, fz *zone.Zone) bool {
	return slices.ContainsFunc(f.cuts[fz], func(c *zone.Cuts) bool { return c.InSet(name) })
}
