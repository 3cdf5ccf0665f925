package plan

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"
)

// linearLookup is lookup as it was first written: the first subnet, most
// specific first, that holds a.
func linearLookup(p *Plan, a netip.Addr) (subnet, bool) {
	for _, s := range p.subnets {
		if s.ipv4.Contains(a) {
			return s, true
		}
	}
	return subnet{}, false
}

// TestLookupMatchesLinear compares lookup with a linear search of the
// subnets on random plans of nested prefixes and random addresses.
func TestLookupMatchesLinear(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		p, err := Parse("random.yaml", randomPlan(rng, 1+n%60))
		if err != nil {
			t.Fatalf("plan %d: %v", n, err)
		}
		for range 500 {
			a := randomAddr(rng)
			gotS, gotOK := p.lookup(a)
			wantS, wantOK := linearLookup(p, a)
			if gotS != wantS || gotOK != wantOK {
				t.Fatalf("plan %d: lookup(%s) = %v, %v; linear search gives %v, %v", n, a, gotS.ipv4, gotOK, wantS.ipv4, wantOK)
			}
		}
	}
}

// randomPlan writes a plan of up to n subnets with distinct ipv4
// prefixes, of lengths that nest and overlap, each in its own IPv6 prefix.
func randomPlan(rng *rand.Rand, n int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nsubnets:\n")
	seen := map[netip.Prefix]bool{}
	for i := range n {
		bits := []int{0, 8, 12, 16, 20, 22, 23, 24, 25, 28, 30, 31, 32}[rng.IntN(13)]
		pfx := netip.PrefixFrom(randomAddr(rng), bits).Masked()
		if seen[pfx] {
			continue
		}
		seen[pfx] = true
		scheme, ipv6 := "mimic", fmt.Sprintf("fd00:0:%x::/64", i)
		if bits == 32 {
			scheme, ipv6 = "embed", fmt.Sprintf("fd00:0:%x::/96", i)
		}
		fmt.Fprintf(&b, "  - ipv4: %s\n    ipv6: %q\n    host: %s\n", pfx, ipv6, scheme)
	}
	return []byte(b.String())
}

// randomAddr returns an address of 10.0.0.0/22 most of the time, so that
// prefixes and addresses meet, and any IPv4 address otherwise.
func randomAddr(rng *rand.Rand) netip.Addr {
	if rng.IntN(8) == 0 {
		var v4 [4]byte
		for i := range v4 {
			v4[i] = byte(rng.IntN(256))
		}
		return netip.AddrFrom4(v4)
	}
	return netip.AddrFrom4([4]byte{10, 0, byte(rng.IntN(4)), byte(rng.IntN(256))})
}
