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

// dropSharedConflicts leaves without an AAAA, in its zone, every host
// whose new line would go into a file that another zone reads and that
// zone does not get the same AAAA at that place: it has one already (two
// views $INCLUDE one part, and one view gave the host its AAAA in its own
// file), or another rule left the host out there. The other zone would
// read the line too, and the read-back check would stop the whole run
// (the last tester's D1). Zones that get the same line, such as two zones
// of two origins that $INCLUDE one part, share it, as before. Leaving a
// host out may leave another place without its twin, so it is done until
// nothing changes.
func (f *fixer) dropSharedConflicts() {
	readers := fileReaders(f.zones)
	for {
		gets := map[placeAddr][]*zone.Zone{}
		for i := range f.res.Added {
			a := &f.res.Added[i]
			k := placeAddr{a.Record.Pos(), a.Record.Addr()}
			gets[k] = append(gets[k], a.Zone)
		}
		drop := map[hostZone]bool{}
		for i := range f.res.Added {
			a := &f.res.Added[i]
			key := hostZone{a.Record.Name, a.Zone}
			if drop[key] {
				continue
			}
			if other := f.missing(a, readers, gets); other != nil {
				drop[key] = true
				f.res.Left = append(f.res.Left, f.sharedFinding(a, other))
			}
		}
		if len(drop) == 0 {
			return
		}
		f.res.Added = slices.DeleteFunc(f.res.Added, func(a Addition) bool { return drop[hostZone{a.Record.Name, a.Zone}] })
	}
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

// missing returns a zone that reads the file of addition a's line and
// gets no AAAA of a's address at that place, or nil.
func (f *fixer) missing(a *Addition, readers map[string][]*zone.Zone, gets map[placeAddr][]*zone.Zone) *zone.Zone {
	pos := a.Record.Pos()
	for _, y := range readers[pos.File] {
		if y != a.Zone && !slices.Contains(gets[placeAddr{pos, a.Record.Addr()}], y) {
			return y
		}
	}
	return nil
}

// sharedFinding is the aaaa-shared-file finding of the host of addition
// a, left out because zone other reads the file its line would go into.
func (f *fixer) sharedFinding(a *Addition, other *zone.Zone) audit.Finding {
	c := audit.AAAASharedFile()
	name := a.Record.Name
	return audit.Finding{Check: c.ID, Severity: c.Severity, Name: name, Pos: a.Record.Pos(),
		Message: fmt.Sprintf("%s needs an AAAA in %s, and its A record is in %s, which %s reads too without getting it: not written; write it in %s's own file",
			name, a.Zone.File, a.Record.Pos().File, other.File, a.Zone.File),
		Related: []audit.Related{{Pos: zone.Pos{File: other.File}, Note: "reads " + a.Record.Pos().File + " too"}},
	}
}
