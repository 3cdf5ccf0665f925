package audit

import (
	"fmt"
	"runtime"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestIndexNumbering: on one core and on three, the index numbers the
// owners in first-seen order over the zones and holds each owner's records
// by type, in file order within a type, as a plain map would have it. The
// zones have runs of an owner across the edge of two parts, owners that
// come back later in a zone and in another zone, and an empty zone.
func TestIndexNumbering(t *testing.T) {
	big := &zone.Zone{}
	for i := range 2*partSize + 100 {
		// runs of three, the second part starting inside one; every
		// fifth run an owner met before
		n := i / 3
		if n%5 == 4 {
			n = n / 7
		}
		big.Records = append(big.Records, zone.Record{Name: fmt.Sprintf("h%d.example.", n), Type: zone.Type(3 - i%3)})
	}
	if big.Records[partSize-1].Name != big.Records[partSize].Name {
		t.Fatal("no run across the edge of the first two parts")
	}
	small := &zone.Zone{Records: []zone.Record{
		{Name: "h1.example.", Type: zone.TypeA}, {Name: "new.example."}, {Name: "h0.example.", Type: zone.TypeNS},
	}}
	zones := []*zone.Zone{{}, big, small, {}}
	for _, procs := range []int{1, 3} {
		t.Run(fmt.Sprint(procs, " cores"), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			ix := newIndex(zones)
			var names []string
			byName := map[string][]*zone.Record{}
			for _, z := range zones {
				for i := range z.Records {
					r := &z.Records[i]
					if byName[r.Name] == nil {
						names = append(names, r.Name)
					}
					byName[r.Name] = append(byName[r.Name], r)
				}
			}
			if len(ix.heads) != len(names) {
				t.Fatalf("%d owners, want %d", len(ix.heads), len(names))
			}
			for id, name := range names {
				want := slices.Clone(byName[name])
				slices.SortStableFunc(want, func(a, b *zone.Record) int { return int(a.Type) - int(b.Type) })
				if got, ok := ix.id(name); !ok || got != int32(id) {
					t.Fatalf("id of %s = %d, %v; want %d", name, got, ok, id)
				}
				if ix.heads[id] != byName[name][0] {
					t.Fatalf("first record of %s is not its first in file order", name)
				}
				if got := ix.allOf(int32(id)); !slices.Equal(got, want) {
					t.Fatalf("records of %s: %d, want %d in type order", name, len(got), len(want))
				}
			}
		})
	}
}
