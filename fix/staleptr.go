package fix

import (
	"fmt"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// checkPTRMismatch is the audit's check of a PTR that names another name
// than the ones that hold its address.
const checkPTRMismatch = "ptr-mismatch"

// addrHolders are the names that hold a new address after the run: the
// names of its new AAAA records (same, places in added) and its older
// holders (old).
type addrHolders struct {
	added []Addition
	same  []int
	old   oldAAAA
}

// holds reports whether name holds the address after the run.
func (h addrHolders) holds(name string) bool {
	for _, i := range h.same {
		if h.added[i].Record.Name == name {
			return true
		}
	}
	for _, o := range h.old[h.added[h.same[0]].Record.Addr()] {
		if o.name == name {
			return true
		}
	}
	return false
}

// judgePTRs reports, as ptr-mismatch, the PTR records ptrs that a reverse
// zone of the set already has at the name of new AAAA a's address, when
// none names a holder of the address (h) and each names a name of the
// set. fix writes no second PTR there and removes no line, so the
// engineer hears of the stale PTR when the address is given, not at the
// next audit (test 11 D4). As in the audit, a PTR to a name outside the
// zone set is not judged. The finding is at the PTR, the line to change,
// and names the host the PTR would have named.
func (f *fixer) judgePTRs(ptrs []*zone.Record, a *Addition, h addrHolders) {
	names := make([]string, 0, len(ptrs))
	for _, p := range ptrs {
		if h.holds(p.Data) || !f.inSet(p.Data) {
			return
		}
		names = append(names, p.Data)
	}
	c, _ := audit.Lookup(checkPTRMismatch)
	f.stale = append(f.stale, audit.Finding{
		Check: c.ID, Severity: c.Severity, Name: a.Record.Name, Pos: ptrs[0].Pos(),
		Message: fmt.Sprintf("PTR for %s %s names %s, which does not have that address: fix leaves the PTR as it is",
			a.Record.Name, a.Record.Addr(), strings.Join(names, ", ")),
	})
}

// inSet reports whether name is a name of the zone set that the zone
// set answers for: at or below the origin of one of its zones, and not
// occluded there by a delegation or a DNAME (cuts), as the audit judges
// the names a PTR gives.
func (f *fixer) inSet(name string) bool {
	if f.origins == nil {
		f.origins = make(map[string]*zone.Zone, len(f.zones))
		for _, z := range f.zones {
			if f.origins[z.Origin] == nil {
				f.origins[z.Origin] = z
			}
		}
	}
	for n := name; ; {
		if z := f.origins[n]; z != nil {
			return f.cuts == nil || !f.cuts.occluded(z, name)
		}
		_, parent, ok := zone.CutLabel(n)
		switch {
		case n == "." || !ok:
			return false
		case parent == "":
			parent = "."
		}
		n = parent
	}
}
