package audit

import (
	"net/netip"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestAddrFilter: every address added passes, and most others do not.
func TestAddrFilter(t *testing.T) {
	f := newAddrFilter(1000)
	in := func(i int) netip.Addr { return netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}) }
	for i := range 1000 {
		f.add(in(i))
	}
	for i := range 1000 {
		if !f.has(in(i)) {
			t.Fatalf("%v was added and does not pass", in(i))
		}
	}
	passed := 0
	for i := 1000; i < 101000; i++ {
		if f.has(in(i)) {
			passed++
		}
		if f.has(netip.AddrFrom16([16]byte{0xfd, 15: byte(i), 14: byte(i >> 8), 13: byte(i >> 16)})) {
			passed++
		}
	}
	if passed > 200000/4 { // eight bits an address: about one in eight passes
		t.Errorf("%d of 200,000 addresses outside the set pass the filter", passed)
	}
}

// TestGroup: the owners of each address in id order, each once, from the
// pairs of several ranges of owners.
func TestGroup(t *testing.T) {
	parts := [][]ownerPair{
		{{0, 1}, {2, 1}, {0, 1}, {0, 3}},
		{},
		{{2, 7}, {0, 9}, {0, 9}},
	}
	got := group(3, parts)
	want := [][]int32{{1, 3, 9}, {}, {1, 7}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("group = %v, want %v", got, want)
	}
}

// TestAddrMatch: a pool's addresses are matched the same way by search
// (few addresses) and by map (many).
func TestAddrMatch(t *testing.T) {
	rec := func(i int) *zone.Record {
		r := &zone.Record{Type: zone.TypeA}
		r.SetAddr(netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}))
		return r
	}
	for _, n := range []int{1, manyAddrs, manyAddrs + 1, 300} {
		var pool []*zone.Record
		for i := range n {
			pool = append(pool, rec(2*i)) // the even addresses
		}
		m := newAddrMatch(pool)
		if (m.set != nil) != (n > manyAddrs) {
			t.Errorf("%d addresses: map %v", n, m.set != nil)
		}
		if !m.holdsAll(pool) || !m.holdsAll(pool[n-1:]) {
			t.Errorf("%d addresses: the pool's own are not all held", n)
		}
		if m.holdsAll([]*zone.Record{pool[0], rec(1)}) || m.holdsAll([]*zone.Record{rec(2 * n)}) {
			t.Errorf("%d addresses: an address outside the pool is held", n)
		}
	}
}
