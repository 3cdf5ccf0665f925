package audit

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/zonegen/zonegen/zone"
)

// TestOcclude: the index keeps only the records a zone is authoritative
// for: a parent's records at and below a child zone of the set, and below
// or beside its own delegations (but the delegation's NS and DS), and
// below a DNAME's owner, are left out, and an owner left without records
// does not exist.
func TestOcclude(t *testing.T) {
	files := fstest.MapFS{
		"db.example": {Data: []byte(`$ORIGIN example.
@ SOA ns hm 1 2 3 4 5
@ NS ns
ns A 192.0.2.1
child NS ns.child
child A 192.0.2.9
child DS 1 8 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE
ns.child A 192.0.2.2
set NS ns
set A 192.0.2.5
a.set A 192.0.2.3
b.set A 192.0.2.4
old DNAME example.net.
old A 192.0.2.7
a.old A 192.0.2.8
`)},
		"db.set.example": {Data: []byte(`$ORIGIN set.example.
@ SOA ns.example. hm 1 2 3 4 5
@ NS ns.example.
a A 192.0.2.6
`)},
	}
	ix := newIndex(readFiles(files, "db.example", "db.set.example"))
	for _, c := range []struct {
		name string
		want []string // the types of the records kept, with the address of an A
	}{
		{name: "ns.example.", want: []string{"A 192.0.2.1"}},
		{name: "child.example.", want: []string{"NS", "DS"}},    // the delegation
		{name: "ns.child.example.", want: nil},                  // glue
		{name: "set.example.", want: []string{"NS", "SOA"}},     // the child's apex
		{name: "a.set.example.", want: []string{"A 192.0.2.6"}}, // the child's own
		{name: "b.set.example.", want: nil},                     // the parent's only
	} {
		var got []string
		for _, r := range ix.all(c.name) {
			s := r.Type.String()
			if r.Type == zone.TypeA {
				s += " " + r.Addr().String()
			}
			got = append(got, s)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: records %q, want %q", c.name, got, c.want)
		}
		if ix.exists(c.name) != (len(c.want) > 0) {
			t.Errorf("%s: exists %v", c.name, ix.exists(c.name))
		}
	}
}

// readFiles reads the zone files of fsys named, in that order.
func readFiles(fsys fstest.MapFS, names ...string) []*zone.Zone {
	var zones []*zone.Zone
	for _, f := range names {
		zones = append(zones, zone.Read(fsys, f, zone.Options{}))
	}
	return zones
}

// TestResultCuts: each zone gets the cuts of each view it was audited in,
// so that fix adds no record where the audit's view occludes it; a zone
// set without cuts gets none.
func TestResultCuts(t *testing.T) {
	files := fstest.MapFS{
		"internal/db.example": {Data: []byte("$ORIGIN example.\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nold DNAME example.net.\n")},
		"external/db.example": {Data: []byte("$ORIGIN example.\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nold A 192.0.2.7\n")},
		"db.example.org":      {Data: []byte("$ORIGIN example.org.\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\n")},
	}
	zones := readFiles(files, "internal/db.example", "external/db.example", "db.example.org")
	res, err := Run(zones, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cuts := res.Cuts()
	for i, want := range []zone.Authority{zone.AuthNone, zone.AuthAll, zone.AuthAll} {
		z := zones[i]
		views := []int{1, 1, 2}[i] // db.example.org, given once, is read in both views
		if len(cuts[z]) != views {
			t.Fatalf("%s: cuts of %d views, want %d", z.File, len(cuts[z]), views)
		}
		for _, c := range cuts[z] {
			if got := c.Authority("a.old."+z.Origin, z.Origin); got != want {
				t.Errorf("%s: a.old.%s: %d, want %d", z.File, z.Origin, got, want)
			}
		}
	}
	res, err = Run(zones[1:], Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := res.Cuts()
	if len(all) != len(zones[1:]) {
		t.Errorf("cuts of %d zones, want %d: one entry for each zone", len(all), len(zones[1:]))
	}
	for z, cuts := range all {
		if len(cuts) == 0 || slices.ContainsFunc(cuts, (*zone.Cuts).MayOccludeAny) {
			t.Errorf("%s: %d cuts, which may occlude in a set without cuts", z.File, len(cuts))
		}
	}
}
