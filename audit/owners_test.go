package audit

import (
	"fmt"
	"net/netip"
	"runtime"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestAddrFilter: every address added passes, and most others do not.
func TestAddrFilter(t *testing.T) {
	f := newAddrFilter(1000)
	in := func(i int) netip.Addr { return netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}) }
	for i := range 1000 {
		f.add(addrHash(in(i)))
	}
	for i := range 1000 {
		if !f.has(addrHash(in(i))) {
			t.Fatalf("%v was added and does not pass", in(i))
		}
	}
	passed := 0
	for i := 1000; i < 101000; i++ {
		if f.has(addrHash(in(i))) {
			passed++
		}
		if f.has(addrHash(netip.AddrFrom16([16]byte{0xfd, 15: byte(i), 14: byte(i >> 8), 13: byte(i >> 16)}))) {
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
		{{2, 7}, {0, 9}},
		{{0, 9}}, // an owner's second pair of a slot in the next chunk
	}
	ids, start, end := group(3, parts)
	var got [][]int32
	for s := range start {
		got = append(got, ids[start[s]:end[s]])
	}
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

// TestAddrTable: addresses are numbered in the order first added, each
// once, and found again; addresses of one hash (forced here) stay apart.
func TestAddrTable(t *testing.T) {
	var addrs []netip.Addr
	for i := range 3000 {
		addrs = append(addrs, netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}),
			netip.AddrFrom16([16]byte{0x20, 0x01, 0x0d, 0xb8, 14: byte(i >> 8), 15: byte(i)}))
	}
	tab := newAddrTable(len(addrs))
	for round := range 2 { // the second round adds nothing new
		for i, a := range addrs {
			s, added := tab.add(addrHash(a), a)
			if s != int32(i) || added != (round == 0) {
				t.Fatalf("round %d: add(%v) = %d, %v; want %d, %v", round, a, s, added, i, round == 0)
			}
		}
	}
	for i, a := range addrs {
		if s, ok := tab.find(addrHash(a), a); !ok || s != int32(i) {
			t.Errorf("find(%v) = %d, %v; want %d", a, s, ok, i)
		}
	}
	if _, ok := tab.find(addrHash(netip.MustParseAddr("192.0.2.1")), netip.MustParseAddr("192.0.2.1")); ok {
		t.Error("an address never added is found")
	}

	same := newAddrTable(8) // one hash for four addresses, the hash 0 for four more
	hash := func(i int) uint64 { return uint64(7 * (1 - i/4)) }
	for i, a := range addrs[:8] {
		if s, added := same.add(hash(i), a); s != int32(i) || !added {
			t.Errorf("hash %d: add(%v) = %d, %v; want %d, true", hash(i), a, s, added, i)
		}
	}
	for i, a := range addrs[:8] {
		if s, ok := same.find(hash(i), a); !ok || s != int32(i) {
			t.Errorf("hash %d: find(%v) = %d, %v; want %d", hash(i), a, s, ok, i)
		}
	}
	if _, ok := same.find(7, addrs[8]); ok {
		t.Error("one hash: an address never added is found")
	}
}

// TestAddrTableWraps: a search that starts at the last place goes on at
// the first; a table holds the addresses it was made for and no more.
func TestAddrTableWraps(t *testing.T) {
	tab := newAddrTable(3) // 16 places: a hash's top 4 bits are its place
	last := uint64(0xf) << 60
	as := []netip.Addr{netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("192.0.2.2"), netip.MustParseAddr("2001:db8::1")}
	for i, a := range as {
		if s, added := tab.add(last, a); s != int32(i) || !added {
			t.Fatalf("add(%v) = %d, %v; want %d, true", a, s, added, i)
		}
	}
	if tab.hashes[15] == 0 || tab.hashes[0] == 0 || tab.hashes[1] == 0 {
		t.Fatalf("places 15, 0 and 1 not taken: %x", tab.hashes)
	}
	for i, a := range as {
		if s, ok := tab.find(last, a); !ok || s != int32(i) {
			t.Errorf("find(%v) = %d, %v; want %d", a, s, ok, i)
		}
		if s, added := tab.add(last, a); s != int32(i) || added { // full, but known
			t.Errorf("add(%v) again = %d, %v; want %d, false", a, s, added, i)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a fourth address was taken by a table made for three")
		}
	}()
	tab.add(last, netip.MustParseAddr("192.0.2.4"))
}

// TestOwnersShared: the owners of each address are the same when the set
// is cut into shares for four cores as when it is whole, for addresses
// held by one owner, by several, by none, and twice by one.
func TestOwnersShared(t *testing.T) {
	z := &zone.Zone{}
	addr := func(i int) netip.Addr { return netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}) }
	var set []netip.Addr
	for i := range 20000 {
		name := fmt.Sprintf("h%d.example.", i)
		for _, a := range []netip.Addr{addr(i), addr(i / 3), netip.AddrFrom16([16]byte{0xfd, 15: byte(i % 7)})} {
			r := zone.Record{Name: name, Type: zone.TypeA}
			if a.Is6() {
				r.Type = zone.TypeAAAA
			}
			r.SetAddr(a)
			z.Records = append(z.Records, r)
		}
		set = append(set, addr(i), addr(i+30000)) // the second held by none
	}
	ix := newIndex([]*zone.Zone{z})
	set = append(set, netip.AddrFrom16([16]byte{0xfd, 15: 3}), addr(5)) // an address twice
	owners := func(procs int) (*addrOwners, [][]int32) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		o := ix.owners(set)
		var got [][]int32
		for _, a := range set {
			got = append(got, o.of(a))
		}
		return o, got
	}
	one, whole := owners(1)
	four, shared := owners(4)
	if len(one.shares) != 1 || len(four.shares) != 4 {
		t.Fatalf("%d and %d shares, want 1 and 4", len(one.shares), len(four.shares))
	}
	if !slices.EqualFunc(whole, shared, slices.Equal) {
		t.Error("the owners of the addresses differ in four shares from one")
	}
	if got := whole[2*5]; !slices.Equal(got, []int32{5, 15, 16, 17}) {
		t.Errorf("owners of %v = %v, want [5 15 16 17]", set[10], got)
	}
	if got := whole[len(whole)-2]; len(got) != 2857 { // i%7 == 3 for i < 20000
		t.Errorf("owners of %v: %d, want 2857", set[len(set)-2], len(got))
	}
}
