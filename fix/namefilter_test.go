package fix

import (
	"strconv"
	"testing"
)

// TestNameFilter checks that the filter holds every name added, and lets
// few of the others through: index relies on the first for its output and
// on the second for its speed.
func TestNameFilter(t *testing.T) {
	const n = 10000
	nf := newNameFilter(n)
	for i := range n {
		nf.add("host" + strconv.Itoa(i) + ".contoso.com.")
	}
	through := 0
	for i := range n {
		if !nf.mayHold("host" + strconv.Itoa(i) + ".contoso.com.") {
			t.Fatalf("host%d: added, not held", i)
		}
		if nf.mayHold("other" + strconv.Itoa(i) + ".contoso.com.") {
			through++
		}
	}
	if through > n/8 {
		t.Errorf("%d of %d names never added let through, want at most an eighth", through, n)
	}
	if empty := newNameFilter(0); empty.mayHold("host.contoso.com.") {
		t.Error("an empty filter holds a name")
	}
}
