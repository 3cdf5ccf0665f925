package audit

import (
	"encoding/binary"
	"math/bits"
	"net/netip"
	"runtime"
	"slices"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// addrOwners tells, for each address of a set, the owners whose A or AAAA
// records hold it: how discovery finds the members of a round of pools.
type addrOwners struct {
	slot map[netip.Addr]int32 // each address's place in ids
	ids  [][]int32            // the owners of each address, by id, in id order
}

// of returns the owners of address a, which must be of the set.
func (o *addrOwners) of(a netip.Addr) []int32 { return o.ids[o.slot[a]] }

// owners finds the owners of the addresses in one pass over the records,
// a range of owners on each core. A filter of the addresses' hashes spares
// most records a lookup in the map of the set (the pools' addresses are a
// few percent of a large zone's).
func (ix *index) owners(addrs []netip.Addr) *addrOwners {
	o := &addrOwners{slot: make(map[netip.Addr]int32, len(addrs))}
	f := newAddrFilter(len(addrs))
	for _, a := range addrs {
		if _, ok := o.slot[a]; !ok {
			o.slot[a] = int32(len(o.slot))
			f.add(a)
		}
	}
	parts := make([][]ownerPair, runtime.GOMAXPROCS(0))
	if len(ix.spans) < 1<<14 {
		parts = parts[:1]
	}
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*len(ix.spans)/len(parts), (w+1)*len(ix.spans)/len(parts)
		wg.Go(func() { parts[w] = ix.ownerPairs(int32(lo), int32(hi), o.slot, f) })
	}
	wg.Wait()
	o.ids = group(len(o.slot), parts)
	return o
}

// ownerPair says that owner id holds the address in slot.
type ownerPair struct{ slot, id int32 }

// ownerPairs lists the pairs of the owners with ids in [lo, hi), in id
// order.
func (ix *index) ownerPairs(lo, hi int32, slot map[netip.Addr]int32, f addrFilter) []ownerPair {
	var out []ownerPair
	for id := lo; id < hi; id++ {
		for _, r := range ix.allOf(id) {
			if (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && f.has(r.Addr()) {
				if s, ok := slot[r.Addr()]; ok {
					out = append(out, ownerPair{s, id})
				}
			}
		}
	}
	return out
}

// group makes the lists of owners of each slot from the pairs (a counting
// sort, which keeps id order), each owner once.
func group(slots int, parts [][]ownerPair) [][]int32 {
	start := make([]int32, slots+1)
	for _, ps := range parts {
		for _, p := range ps {
			start[p.slot+1]++
		}
	}
	for s := range slots {
		start[s+1] += start[s]
	}
	flat, next := make([]int32, start[slots]), slices.Clone(start[:slots])
	for _, ps := range parts {
		for _, p := range ps {
			flat[next[p.slot]] = p.id
			next[p.slot]++
		}
	}
	out := make([][]int32, slots)
	for s := range out {
		// an owner may hold an address twice: its ids lie side by side
		out[s] = slices.Compact(flat[start[s]:start[s+1]:start[s+1]])
	}
	return out
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

func (f addrFilter) add(a netip.Addr) {
	h := addrHash(a) >> f.shift
	f.bits[h/64] |= 1 << (h % 64)
}

func (f addrFilter) has(a netip.Addr) bool {
	h := addrHash(a) >> f.shift
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
