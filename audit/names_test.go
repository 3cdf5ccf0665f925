package audit

import (
	"fmt"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestNameTable: every name added is found with its id, through growth
// from a table made for far fewer names, and names not added are not.
func TestNameTable(t *testing.T) {
	var names []string
	tab := newNameTable(10, func(id int32) string { return names[id] })
	for i := range 50000 {
		names = append(names, fmt.Sprintf("host%d.example.", i))
		if _, ok := tab.get(names[i]); ok {
			t.Fatalf("%s found before it was added", names[i])
		}
		tab.add(tab.hash(names[i]), int32(i))
	}
	for i, name := range names {
		if id, ok := tab.get(name); !ok || id != int32(i) {
			t.Fatalf("get(%s) = %d, %v; want %d", name, id, ok, i)
		}
	}
	for _, name := range []string{"", "host50000.example.", "HOST1.example.", "host1.example"} {
		if id, ok := tab.get(name); ok {
			t.Errorf("get(%q) = %d, want none", name, id)
		}
	}
	if len(tab.slots) < 4*len(names)/3 {
		t.Errorf("%d slots for %d names: more than three quarters full", len(tab.slots), len(names))
	}
}

// TestIndexTableSize: the index's table of names is sized by the runs of
// owners, which are at least the owners, so it never grows, and it is no
// larger than a table for that many names needs.
func TestIndexTableSize(t *testing.T) {
	z := &zone.Zone{}
	for i := range 30000 {
		z.Records = append(z.Records, zone.Record{Name: fmt.Sprintf("h%d.example.", i/2%12000)}) // 15,000 runs of two; names come back
	}
	ix := newIndex([]*zone.Zone{z})
	if len(ix.heads) != 12000 {
		t.Fatalf("%d owners, want 12000", len(ix.heads))
	}
	// Room for the 15,000 runs at most three quarters full, made before the
	// names were added, and no more than that needs (TestSlotsFor's bound):
	// a table grown from a small one, or sized by the 30,000 records, has
	// another size.
	if n := len(ix.ids.slots); 3*n < 4*15000 || 3*n > 4*15000+3 {
		t.Errorf("%d slots after indexing 12,000 names in 15,000 runs, want %d or %d: grown, or made too large", n, 4*15000/3, (4*15000+3)/3)
	}
}

// TestSlotsFor: a table made for n names takes them without growing, at
// any size (the table's size need not be a power of two), and is not much
// larger than that needs.
func TestSlotsFor(t *testing.T) {
	for _, n := range []int{0, 1, 11, 12, 13, 14, 15, 16, 17, 100, 1001, 3 << 10, 99999} {
		var names []string
		tab := newNameTable(n, func(id int32) string { return names[id] })
		size := len(tab.slots)
		for i := range n {
			names = append(names, fmt.Sprintf("h%d.", i))
			tab.add(tab.hash(names[i]), int32(i))
		}
		if len(tab.slots) != size {
			t.Errorf("a table for %d names grew from %d to %d places", n, size, len(tab.slots))
		}
		if n >= 12 && 3*size > 4*n+3 {
			t.Errorf("a table for %d names has %d places, want at most %d", n, size, (4*n+3)/3)
		}
		for i, name := range names {
			if id, ok := tab.get(name); !ok || id != int32(i) {
				t.Fatalf("table for %d names: get(%s) = %d, %v; want %d", n, name, id, ok, i)
			}
		}
	}
}
