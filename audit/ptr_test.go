package audit

import (
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestUnder compares under, which looks up a reverse name's parents, with
// zone.IsSubdomain against each origin, on reverse names of random
// addresses and origins cut from them.
func TestUnder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		var list []string
		set := map[string]bool{}
		for range rng.IntN(6) {
			o := randomReverse(rng)
			labels := strings.Split(o, ".")
			o = strings.Join(labels[rng.IntN(len(labels)-2):], ".")
			list, set[o] = append(list, o), true
		}
		for range 50 {
			name := randomReverse(rng)
			want := false
			for _, o := range list {
				want = want || zone.IsSubdomain(o, name)
			}
			if got := under(name, set); got != want {
				t.Fatalf("round %d: under(%s, %v) = %v, IsSubdomain says %v", round, name, list, got, want)
			}
		}
	}
}

// randomReverse returns the reverse name of one of few addresses, IPv4
// or IPv6, so that names and origins meet.
func randomReverse(rng *rand.Rand) string {
	a := netip.AddrFrom4([4]byte{10, 0, byte(rng.IntN(3)), byte(rng.IntN(4))})
	if rng.IntN(2) == 0 {
		a = netip.AddrFrom16([16]byte{0xfd, 15: byte(rng.IntN(4))})
	}
	rev, err := zone.ReverseName(a.String())
	if err != nil {
		panic(err)
	}
	return rev
}
