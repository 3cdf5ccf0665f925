package fix

import (
	"math/rand/v2"
	"net/netip"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestDistinctAddrs: each A record's place names its address, each
// address comes once, in the order of its first record, for short lists
// (searched) and long ones (looked up in a map) alike.
func TestDistinctAddrs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		n := 1 + rng.IntN(40)
		as := make([]ref, n)
		for i := range as {
			r := &zone.Record{Type: zone.TypeA}
			r.SetAddr(netip.AddrFrom4([4]byte{10, 0, 0, byte(rng.IntN(n))}))
			as[i] = ref{r: r}
		}
		v4, at := distinctAddrs(as, nil, nil)
		for i, a := range as {
			if v4[at[i]] != a.r.Addr() {
				t.Fatalf("round %d: record %d has %v, its place names %v", round, i, a.r.Addr(), v4[at[i]])
			}
		}
		if want := firstSeen(as); !slices.Equal(v4, want) {
			t.Fatalf("round %d: distinct %v, want %v", round, v4, want)
		}
	}
}

// firstSeen returns the addresses of as, each once, the slow way.
func firstSeen(as []ref) []netip.Addr {
	var out []netip.Addr
	for _, a := range as {
		if !slices.Contains(out, a.r.Addr()) {
			out = append(out, a.r.Addr())
		}
	}
	return out
}
