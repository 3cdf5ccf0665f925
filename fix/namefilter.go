package fix

import (
	"hash/maphash"
	"math/bits"
)

// nameFilter answers, for most names that a set of names does not hold,
// that it does not, with one bit read from a table small enough for the
// processor's caches. index asks of each of the zone's A and AAAA records
// whether fix needs its owner: at 5M records a lookup in a map of 600k
// names misses the caches each time, for 4.5M records of which one in
// seven is needed. The filter turns most of those lookups into a bit
// read; a name it may hold is then looked up in the map.
type nameFilter struct {
	seed maphash.Seed
	bits []uint64
	mask uint64 // the number of bits less one: a power of two
}

// filterBitsPerName sets the filter's size: with one hash, 16 bits a
// name let about one name in 16 that the set does not hold through.
const filterBitsPerName = 16

// newNameFilter returns an empty filter for about n names.
func newNameFilter(n int) *nameFilter {
	size := uint64(1) << bits.Len64(uint64(max(n, 1)*filterBitsPerName-1))
	return &nameFilter{seed: maphash.MakeSeed(), bits: make([]uint64, max(size/64, 1)), mask: max(size, 64) - 1}
}

// add puts name into the set.
func (nf *nameFilter) add(name string) {
	b := maphash.String(nf.seed, name) & nf.mask
	nf.bits[b/64] |= 1 << (b % 64)
}

// mayHold reports false when name was never added; true when it was, and
// for a few names that were not.
func (nf *nameFilter) mayHold(name string) bool {
	b := maphash.String(nf.seed, name) & nf.mask
	return nf.bits[b/64]&(1<<(b%64)) != 0
}
