package fix

import (
	"fmt"
	"net/netip"
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// placeAddr is a new AAAA's place (the A record it follows) and address:
// the zones that read one file and get the same AAAA there share its line.
type placeAddr struct {
	pos  zone.Pos
	addr netip.Addr
}

// fileReaders returns the zones that read each file, by its name in
// positions, for the files that more than one zone reads.
func fileReaders(zones []*zone.Zone) map[string][]*zone.Zone {
	all := map[string][]*zone.Zone{}
	for _, z := range zones {
		for _, f := range append([]string{z.File}, z.Includes...) {
			if !slices.Contains(all[f], z) {
				all[f] = append(all[f], z)
			}
		}
	}
	for f, zs := range all {
		if len(zs) < 2 {
			delete(all, f)
		}
	}
	return all
}

// sharedFinding is the aaaa-shared-file finding of the host of addition
// a, left out because zone other reads the file its line would go into.
func (f *fixer) sharedFinding(a *Addition, other *zone.Zone) audit.Finding {
	name, what := a.Record.Name, "an AAAA"
	if a.completes {
		what = fmt.Sprintf("AAAA %s (a member's) as a pool", a.Record.Addr())
	}
	return audit.AAAASharedFile().Finding(name, a.Record.Pos(),
		fmt.Sprintf("%s needs %s in %s, and its %s is in %s, which %s reads too and does not get that AAAA in this run: not written; write it in %s's own file",
			name, what, a.Zone.File, anchorName(a), a.Record.Pos().File, other.File, a.Zone.File),
		audit.Related{Pos: zone.Pos{File: other.File}, Note: "reads " + a.Record.Pos().File + " too"})
}

// anchorName names the record that new record a goes after, which its
// findings point at: an A record, or a pool name's last AAAA record
// (placeAfterAAAA).
func anchorName(a *Addition) string {
	if a.afterAAAA {
		return "last AAAA record"
	}
	return "A record"
}
