package audit

import (
	"encoding/binary"
	"math/bits"
	"net/netip"
	"runtime"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// addrOwners tells, for each address of a set, the owners whose A or AAAA
// records hold it: how discovery finds the members of a round of pools.
// The set is cut into shares by the low bits of each address's hash (as
// many as the largest power of two up to the number of cores; one for
// fewer than 16,384 addresses), so that the cores fill the tables and the
// lists side by side (a million addresses at 5M records).
type addrOwners struct {
	shares []addrShare
}

// addrShare is the part of the set whose hashes end in its number.
type addrShare struct {
	slots  addrTable // each address's place in start and end
	filter addrFilter
	// The owners of the address in slot s, by id, in id order, are
	// ids[start[s]:end[s]]: one list for the share, where a slice for each
	// address took 16 bytes more an address.
	ids        []int32
	start, end []int32
}

// share returns the share of the address of hash h.
func (o *addrOwners) share(h uint64) *addrShare { return &o.shares[h&uint64(len(o.shares)-1)] }

// of returns the owners of address a, which must be of the set.
func (o *addrOwners) of(a netip.Addr) []int32 {
	h := addrHash(a)
	sh := o.share(h)
	s, _ := sh.slots.find(h, a)
	return sh.ids[sh.start[s]:sh.end[s]:sh.end[s]]
}

// owners finds the owners of the addresses in one pass over the records,
// a range of owners on each core. A filter of the addresses' hashes spares
// most records a lookup in the table of the set (the pools' addresses are
// a few percent of a large zone's).
func (ix *index) owners(addrs []netip.Addr) *addrOwners {
	n := 1 // shares: a power of two, one when there is little to share
	for len(addrs) >= 1<<14 && 2*n <= runtime.GOMAXPROCS(0) {
		n *= 2
	}
	o := &addrOwners{shares: make([]addrShare, n)}
	var wg sync.WaitGroup
	for i := range o.shares {
		wg.Go(func() { o.shares[i].fill(addrs, uint64(i), uint64(n-1)) })
	}
	wg.Wait()
	ranges := make([][]chunkList[ownerPair], ix.ownerShares()) // by range of owners, then by share
	ix.eachOwnerRange(len(ranges), func(w int, lo, hi int32) { ranges[w] = ix.ownerPairs(lo, hi, o) })
	for i := range o.shares {
		wg.Go(func() {
			var parts [][]ownerPair
			for _, r := range ranges {
				parts = append(parts, r[i].chunks()...)
			}
			sh := &o.shares[i]
			sh.ids, sh.start, sh.end = group(len(sh.slots.addrs), parts)
		})
	}
	wg.Wait()
	return o
}

// fill puts into the share the addresses whose hash ends in i (its bits
// under mask), numbered in the order of addrs.
func (sh *addrShare) fill(addrs []netip.Addr, i, mask uint64) {
	n := 0
	for _, a := range addrs {
		if addrHash(a)&mask == i {
			n++
		}
	}
	sh.slots, sh.filter = newAddrTable(n), newAddrFilter(n)
	for _, a := range addrs {
		if h := addrHash(a); h&mask == i {
			if _, added := sh.slots.add(h, a); added {
				sh.filter.add(h)
			}
		}
	}
}

// ownerPair says that owner id holds the address in slot (of its share).
type ownerPair struct{ slot, id int32 }

// ownerPairs lists the pairs of the owners with ids in [lo, hi), in id
// order, by share. The lists are made of chunks: a list grown by append
// makes some five times its length in copies (16 MB at 1M records, for
// 3 MB of pairs).
func (ix *index) ownerPairs(lo, hi int32, o *addrOwners) []chunkList[ownerPair] {
	out := make([]chunkList[ownerPair], len(o.shares))
	for id := lo; id < hi; id++ {
		for _, r := range ix.allOf(id) {
			if r.Type != zone.TypeA && r.Type != zone.TypeAAAA {
				continue
			}
			a := r.Addr()
			h := addrHash(a)
			if sh := o.share(h); sh.filter.has(h) {
				if s, ok := sh.slots.find(h, a); ok {
					*out[h&uint64(len(o.shares)-1)].add() = ownerPair{s, id}
				}
			}
		}
	}
	return out
}

// group makes the lists of owners of the slots from the pairs, in order:
// the owners of slot s are ids[start[s]:end[s]], in id order, each once.
// It is a counting sort that fills each slot's place from its end, the
// pairs taken last to first, so that an owner holding an address twice,
// whose pairs come one after the other in the slot's order, is seen at
// once and kept once.
func group(slots int, parts [][]ownerPair) (ids, start, end []int32) {
	end = make([]int32, slots) // the number of pairs of each slot, then its end
	for _, ps := range parts {
		for _, p := range ps {
			end[p.slot]++
		}
	}
	start = make([]int32, slots)
	at := int32(0)
	for s := range end {
		at += end[s]
		end[s], start[s] = at, at
	}
	ids = make([]int32, at)
	for k := len(parts) - 1; k >= 0; k-- {
		ps := parts[k]
		for j := len(ps) - 1; j >= 0; j-- {
			p := ps[j]
			if st := start[p.slot]; st < end[p.slot] && ids[st] == p.id {
				continue
			}
			start[p.slot]--
			ids[start[p.slot]] = p.id
		}
	}
	return ids, start, end
}

// addrFilter is a set of addresses as bits set at a hash of each: has is
// false for most addresses outside the set, and true for all inside.
type addrFilter struct {
	bits  []uint64
	shift uint // a hash shifted right by shift is a bit's number
}

// newAddrFilter makes a filter for n addresses, of eight bits or more
// each (one address in eight outside the set passes).
func newAddrFilter(n int) addrFilter {
	size := max(64, 1<<bits.Len(uint(8*n))) // a power of two
	return addrFilter{bits: make([]uint64, size/64), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// add puts in the address of hash h (addrHash).
func (f addrFilter) add(h uint64) {
	h >>= f.shift
	f.bits[h/64] |= 1 << (h % 64)
}

// has reports whether the address of hash h may be in the set.
func (f addrFilter) has(h uint64) bool {
	h >>= f.shift
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// addrHash mixes the 16 bytes of an address into 64 bits whose top bits
// are well spread.
func addrHash(a netip.Addr) uint64 {
	b := a.As16()
	x := binary.LittleEndian.Uint64(b[:8]) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(b[8:]), 31)
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return x * 0x9e3779b97f4a7c15
}

// addrTable numbers a set of addresses: a hash table with open addressing
// over arrays (the hashes and numbers without pointers, which the
// collector does not scan). A Go map keyed by netip.Addr took 474 ms to
// fill with the million addresses of the pools of a 5M-record zone, on
// one core.
type addrTable struct {
	hashes []uint64     // the hash of the address in each place, 0 for an empty place
	slots  []int32      // the number of the address in each place
	addrs  []netip.Addr // the addresses, by number
	shift  uint         // a hash shifted right by shift is a place
}

// newAddrTable makes a table for up to n addresses, with places for at
// least twice as many: probes stay short.
func newAddrTable(n int) addrTable {
	size := max(16, 1<<bits.Len(uint(2*n)))
	return addrTable{hashes: make([]uint64, size), slots: make([]int32, size),
		addrs: make([]netip.Addr, 0, n), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// add puts in address a of hash h and returns its number; added is false
// when it was there already. The table holds at most the n addresses it
// was made for: a table full to the last place would be searched forever.
func (t *addrTable) add(h uint64, a netip.Addr) (slot int32, added bool) {
	if len(t.addrs) == cap(t.addrs) {
		if s, ok := t.find(h, a); ok {
			return s, false
		}
		panic("audit: addrTable: more addresses than it was made for")
	}
	h = max(h, 1) // 0 marks an empty place
	mask := len(t.hashes) - 1
	for i := int(h >> t.shift); ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case 0:
			t.hashes[i], t.slots[i] = h, int32(len(t.addrs))
			t.addrs = append(t.addrs, a)
			return t.slots[i], true
		case h:
			if t.addrs[t.slots[i]] == a {
				return t.slots[i], false
			}
		}
	}
}

// find returns the number of address a of hash h, and false when it is
// not in the table.
func (t *addrTable) find(h uint64, a netip.Addr) (int32, bool) {
	h = max(h, 1)
	mask := len(t.hashes) - 1
	for i := int(h >> t.shift); ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case 0:
			return 0, false
		case h:
			if t.addrs[t.slots[i]] == a {
				return t.slots[i], true
			}
		}
	}
}
