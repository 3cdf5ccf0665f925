package audit

import (
	"net/netip"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// index gives the checks fast access to the records of a zone set. The
// records of each owner lie together in one array, grouped by type, so
// that every lookup returns a part of that array and allocates nothing.
type index struct {
	recs    []*zone.Record // every record, by owner in first-seen order, by type within an owner
	ids     *nameTable     // each owner's id: its place in spans
	spans   []span         // owners in first-seen order: where their records lie in recs
	origins []string       // origins of the zones read
	// originSet holds the origins, so that inSet walks up a name's labels
	// instead of comparing it with every origin (2,000 zones in a directory).
	originSet map[string]bool
}

// span is where an owner's records lie in index.recs; head is its first
// record in file order.
type span struct {
	start, end int32
	head       *zone.Record
}

func newIndex(zones []*zone.Zone) *index {
	ix := &index{originSet: map[string]bool{}}
	for _, z := range zones {
		ix.origins = append(ix.origins, z.Origin)
		ix.originSet[z.Origin] = true
	}
	owner, count := ix.number(zones)
	ix.place(zones, owner, count)
	return ix
}

// place puts the records into recs owner by owner (count holds how many
// each owner has; it is used up), then orders each owner's by type.
func (ix *index) place(zones []*zone.Zone, owner, count []int32) {
	next := make([]int32, len(count))
	at := int32(0)
	for id, n := range count {
		next[id] = at
		at += n
	}
	ix.recs = make([]*zone.Record, len(owner))
	k := 0
	for _, z := range zones {
		for i := range z.Records {
			id := owner[k]
			ix.recs[next[id]] = &z.Records[i]
			next[id]++
			k++
		}
	}
	for id := range ix.spans {
		sp := &ix.spans[id]
		sp.start, sp.end = next[id]-count[id], next[id]
		sortByType(ix.recs[sp.start:sp.end])
	}
}

// sortByType orders an owner's few records by type, keeping file order
// within a type (an insertion sort: the groups are small).
func sortByType(rs []*zone.Record) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Type < rs[j-1].Type; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

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
	sp := ix.spans[id]
	return ix.recs[sp.start:sp.end:sp.end]
}

// firstOf returns the place in recs of the first record of type t of
// owner id (ofType(ix.allOf(id), t)[0]), which must have one.
func (ix *index) firstOf(id int32, t zone.Type) int32 {
	i := ix.spans[id].start
	for ix.recs[i].Type < t {
		i++
	}
	return i
}

// records returns the records of a name with a given type, in file order.
func (ix *index) records(name string, t zone.Type) []*zone.Record {
	return ofType(ix.all(name), t)
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

// name returns the name of owner id (its first record's: a list of the
// names beside them would be 11 MB more at 1M records).
func (ix *index) name(id int32) string { return ix.spans[id].head.Name }

// first returns the first record of a name in file order, or nil.
func (ix *index) first(name string) *zone.Record {
	if id, ok := ix.ids.get(name); ok {
		return ix.spans[id].head
	}
	return nil
}

// id returns the place of a name in index.spans, and false for a name
// without records.
func (ix *index) id(name string) (int32, bool) {
	id, ok := ix.ids.get(name)
	return id, ok
}

// has reports whether the name holds a record of type t.
func (ix *index) has(name string, t zone.Type) bool { return len(ix.records(name, t)) > 0 }

// exists reports whether any record has this owner.
func (ix *index) exists(name string) bool { _, ok := ix.ids.get(name); return ok }

// inSet reports whether a name lies at or below the origin of a zone of
// the set, so that its records, if any, would be in the set.
func (ix *index) inSet(name string) bool {
	for {
		if ix.originSet[name] {
			return true
		}
		_, parent, ok := strings.Cut(name, ".")
		if !ok || parent == "" {
			return ix.originSet["."]
		}
		name = parent
	}
}

// holds reports whether name has an A or AAAA record with address a.
func (ix *index) holds(name string, a netip.Addr) bool {
	t := zone.TypeA
	if a.Is6() {
		t = zone.TypeAAAA
	}
	for _, r := range ix.records(name, t) {
		if r.Addr() == a {
			return true
		}
	}
	return false
}
