package audit

import "hash/maphash"

// nameTable maps owner names to ids in the index. It holds no names: a
// slot holds an id and its name's 32-bit hash, which gives its first
// place (first), and the name is read from the owner's first record when
// the hashes agree. A slot is 8 bytes
// where a map[string]int32 spends about 40 on each name, and memory is
// what costs most on the machines zonegen is measured on.
type nameTable struct {
	seed  maphash.Seed
	slots []uint64 // hash<<32 | id+1; 0: empty
	n     int      // ids held
	name  func(id int32) string
	// warmed sums what warm read: a read whose value goes nowhere could
	// be dropped by the compiler.
	warmed uint64
}

// newNameTable makes a table for up to n names without growing, reading
// each id's name with name.
func newNameTable(n int, name func(int32) string) *nameTable {
	return &nameTable{seed: maphash.MakeSeed(), slots: make([]uint64, slotsFor(n)), name: name}
}

// slotsFor returns the size of a table for up to n names: three quarters
// full. Any size will do (first); a power of two took 64 MB at 5M records
// where 39 do.
func slotsFor(n int) int { return max(16, n+(n+2)/3) }

// first returns the first place of hash h: the hash scaled to the table's
// size (a multiplication and a shift, where a power of two would take
// the low bits).
func (t *nameTable) first(h uint32) int { return int(uint64(h) * uint64(len(t.slots)) >> 32) }

// reserve makes an empty table room for n names, so that it does not grow
// while they are added. The seed stays, and with it the hashes made
// before: the index hashes its names before it knows how many there are.
func (t *nameTable) reserve(n int) {
	if t.n == 0 && len(t.slots) < slotsFor(n) {
		t.slots = make([]uint64, slotsFor(n))
	}
}

// hash returns the hash of name that get and add use. It is 32 bits, so
// that the index's list of its runs' hashes, with room for one a record,
// takes 4 MB at 1M records.
func (t *nameTable) hash(name string) uint32 { return uint32(maphash.String(t.seed, name)) }

// warm reads the first place of hash h, so that a lookup of its name a
// little later finds it in the cache: at 5M records the table is 39 MB and
// almost every first read of a place misses the cache. The lookups of the
// index are made in file order, so the reads of the names ahead run side by
// side with the work on the names before them.
func (t *nameTable) warm(h uint32) { t.warmed += t.slots[t.first(h)] }

// get returns the id of name.
func (t *nameTable) get(name string) (int32, bool) { return t.getHashed(t.hash(name), name) }

// getHashed is get for a name whose hash is h.
func (t *nameTable) getHashed(h uint32, name string) (int32, bool) {
	tag := uint64(h)
	for i := t.first(h); ; i++ {
		if i == len(t.slots) {
			i = 0
		}
		s := t.slots[i]
		if s == 0 {
			return -1, false
		}
		if s>>32 == tag {
			if id := int32(uint32(s)) - 1; t.name(id) == name {
				return id, true
			}
		}
	}
}

// add adds a name of hash h with id, which the name function must
// already know; the name must not be in the table.
func (t *nameTable) add(h uint32, id int32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	t.put(h, id)
	t.n++
}

func (t *nameTable) put(h uint32, id int32) {
	i := t.first(h)
	for t.slots[i] != 0 {
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	t.slots[i] = uint64(h)<<32 | uint64(uint32(id+1))
}

// grow doubles the table, hashing each name again.
func (t *nameTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	for _, s := range old {
		if s != 0 {
			id := int32(uint32(s)) - 1
			t.put(t.hash(t.name(id)), id)
		}
	}
}
