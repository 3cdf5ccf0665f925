package audit

import (
	"cmp"
	"net/netip"
	"runtime"
	"slices"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// index gives the checks fast access to the records of a zone set. The
// records of each owner lie together in one array, grouped by type, so
// that every lookup returns a part of that array and allocates nothing.
type index struct {
	recs  []*zone.Record // every record, by owner in first-seen order, by type within an owner
	ids   *nameTable     // each owner's id: its place in heads
	heads []*zone.Record // each owner's first record in file order, owners in first-seen order
	// starts holds where the records of each owner start in recs, by id,
	// and len(recs) last: an owner's end is the next one's start.
	starts []int32
	// aliases has a bit set for each owner with a CNAME record, by id:
	// discovery asks of every host it makes whether it is an alias, and a
	// bit is one read where the owner's records are one each, scattered
	// over the records (0.15 s at 5M records).
	aliases []uint64
	origins []string // origins of the zones read
	// cuts holds the origins, delegations and DNAME owners of the zones:
	// where a zone is not authoritative for its names (cuts.go).
	cuts *zone.Cuts
	// cnamesAtCuts holds, for each owner at or below a cut of its zone (a
	// delegation, a DNAME, a child zone) that has a CNAME there, its
	// records in that zone, in the order met: the index leaves most of
	// them out, but BIND's loader refuses a CNAME beside other data there
	// too (cname-other-data). Most zone sets have none.
	cnamesAtCuts [][]*zone.Record
	// dnames holds the DNAMEs of each owner in its zone, occluded or not,
	// in the order met: a name has one at most (RFC 6672 §2.4), and BIND
	// refuses a zone with two different ones there (cname-other-data).
	dnames [][]*zone.Record
	wild   *wildcards
}

// cutOwner is an owner in one zone, by the zone's origin.
type cutOwner struct{ origin, name string }

func newIndex(zones []*zone.Zone) *index {
	ix := &index{wild: &wildcards{}}
	for _, z := range zones {
		ix.origins = append(ix.origins, z.Origin)
	}
	ix.cuts = zone.NewCuts(ix.origins)
	ix.place(zones, ix.number(zones))
	return ix
}

// place puts the records into recs owner by owner, owner holding the id
// of each record in reading order (-1: occluded, left out), then orders
// each owner's by type. It
// makes starts of the counts number left in it: the number of records of
// owner id in starts[id+2]. Summed up, they put the start of owner id in
// starts[id+1], which each record placed moves on, to the start of the
// next owner: no second list of places is needed.
func (ix *index) place(zones []*zone.Zone, owner []int32) {
	s := ix.starts
	for i := 2; i < len(s); i++ {
		s[i] += s[i-1]
	}
	ix.recs = make([]*zone.Record, s[len(s)-1])
	ix.aliases = make([]uint64, (len(ix.heads)+63)/64)
	k := 0
	for _, z := range zones {
		for i := range z.Records {
			if id := owner[k]; id >= 0 { // not occluded
				ix.recs[s[id+1]] = &z.Records[i]
				s[id+1]++
				if z.Records[i].Type == zone.TypeCNAME {
					ix.aliases[id/64] |= 1 << (id % 64)
				}
			}
			k++
		}
	}
	ix.starts = s[:len(s)-1]
	for id := range ix.heads {
		sortByType(ix.recs[s[id]:s[id+1]])
	}
}

// ownerShares returns into how many ranges of owner ids the cores share
// a pass over the owners: one for each core, one in all below 16,384
// owners, where starting the cores costs more than it saves.
func (ix *index) ownerShares() int {
	if len(ix.heads) < 1<<14 {
		return 1
	}
	return runtime.GOMAXPROCS(0)
}

// ownerRange returns range w of n of the owner ids, [lo, hi).
func (ix *index) ownerRange(w, n int) (lo, hi int32) {
	return int32(w * len(ix.heads) / n), int32((w + 1) * len(ix.heads) / n)
}

// eachOwnerRange runs f on each of n ranges of the owner ids, side by
// side, and returns when all are done.
func (ix *index) eachOwnerRange(n int, f func(w int, lo, hi int32)) {
	var wg sync.WaitGroup
	for w := range n {
		lo, hi := ix.ownerRange(w, n)
		wg.Go(func() { f(w, lo, hi) })
	}
	wg.Wait()
}

// sortByType orders an owner's records by type, keeping file order within
// a type: by an insertion sort for the usual few, which is the fastest
// there and costs one pass over records already in order, and by a stable
// sort from longRun records on, where an insertion sort grows as the
// square (80k records of one owner with their types interleaved).
func sortByType(rs []*zone.Record) {
	if len(rs) >= longRun {
		slices.SortStableFunc(rs, func(a, b *zone.Record) int { return cmp.Compare(a.Type, b.Type) })
		return
	}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Type < rs[j-1].Type; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// longRun is the number of records of one owner from which sortByType
// sorts them with a stable sort.
const longRun = 64

// all returns the records of a name, grouped by type, in file order within
// a type.
func (ix *index) all(name string) []*zone.Record {
	id, ok := ix.ids.get(name)
	if !ok {
		return nil
	}
	return ix.allOf(id)
}

// allOf is all for an owner id.
func (ix *index) allOf(id int32) []*zone.Record {
	start, end := ix.starts[id], ix.starts[id+1]
	return ix.recs[start:end:end]
}

// firstOf returns the place in recs of the first record of type t of
// owner id (ofType(ix.allOf(id), t)[0]), which must have one.
func (ix *index) firstOf(id int32, t zone.Type) int32 {
	i := ix.starts[id]
	for ix.recs[i].Type < t {
		i++
	}
	return i
}

// ofType returns the records of type t of one owner's records.
func ofType(rs []*zone.Record, t zone.Type) []*zone.Record {
	i := 0
	for i < len(rs) && rs[i].Type < t {
		i++
	}
	j := i
	for j < len(rs) && rs[j].Type == t {
		j++
	}
	return rs[i:j:j]
}

// hasCNAME reports whether owner id has a CNAME record.
func (ix *index) hasCNAME(id int32) bool { return ix.aliases[id/64]&(1<<(id%64)) != 0 }

// name returns the name of owner id (its first record's: a list of the
// names beside them would be 11 MB more at 1M records).
func (ix *index) name(id int32) string { return ix.heads[id].Name }

// first returns the first record of a name in file order, or nil.
func (ix *index) first(name string) *zone.Record {
	if id, ok := ix.ids.get(name); ok {
		return ix.heads[id]
	}
	return nil
}

// id returns the place of a name in index.heads, and false for a name
// without records.
func (ix *index) id(name string) (int32, bool) {
	id, ok := ix.ids.get(name)
	return id, ok
}

// idOf returns the owner id of name, or -1 for a name without records
// (step's id).
func (ix *index) idOf(name string) int32 {
	if id, ok := ix.ids.get(name); ok {
		return id
	}
	return -1
}

// exists reports whether any record has this owner.
func (ix *index) exists(name string) bool { _, ok := ix.ids.get(name); return ok }

// holds reports whether name has an A or AAAA record with address a, of
// its own or of the wildcard that answers for it.
func (ix *index) holds(name string, a netip.Addr) bool {
	t := zone.TypeA
	if a.Is6() {
		t = zone.TypeAAAA
	}
	for _, r := range ofType(ix.answering(name), t) {
		if r.Addr() == a {
			return true
		}
	}
	return false
}
