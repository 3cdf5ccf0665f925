package audit

import (
	"fmt"
	"testing"
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
		tab.add(names[i], int32(i))
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
