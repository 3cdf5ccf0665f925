package rrdiff

import (
	"cmp"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// Change is what changed in one RRset (one owner, class and type).
type Change struct {
	Name  string // owner name, canonical
	Class zone.Class
	Type  zone.Type
	// Removed holds the records only the old zone has, Added those only the
	// new zone has, each with its own TTL and position.
	Removed, Added []zone.Record
	// OldTTL and NewTTL are the TTLs of the records both zones hold, when
	// those changed from one uniform TTL to another; both zero otherwise.
	OldTTL, NewTTL uint32
}

// TTLChanged reports whether the TTL of the records both zones hold changed.
func (c Change) TTLChanged() bool { return c.OldTTL != c.NewTTL }

// Diff is the difference between two zones, RRset by RRset.
type Diff struct {
	// Changes holds one Change per changed RRset, in canonical order.
	Changes []Change
}

// Empty reports whether the two zones hold the same RRsets.
func (d Diff) Empty() bool { return len(d.Changes) == 0 }

// Compare returns the changes that turn the records of old into those of
// new. It keeps pointers to neither slice.
func Compare(old, new []zone.Record) Diff {
	o, n := entries(old), entries(new)
	var changes []Change
	for len(o) > 0 || len(n) > 0 {
		var os, ns []entry
		switch c := compareHeads(o, n); {
		case c < 0:
			os, o = cutSet(o)
		case c > 0:
			ns, n = cutSet(n)
		default:
			os, o = cutSet(o)
			ns, n = cutSet(n)
		}
		if ch, ok := compareSet(os, ns); ok {
			changes = append(changes, ch)
		}
	}
	sortChanges(changes)
	return Diff{Changes: changes}
}

// entry is a record with the key it is compared by.
type entry struct {
	set   rrset
	rdata string
	rec   *zone.Record
}

// rrset identifies an RRset.
type rrset struct {
	name  string
	class zone.Class
	typ   zone.Type
}

func compareRRsets(a, b rrset) int {
	return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(a.class, b.class), cmp.Compare(a.typ, b.typ))
}

// entries keys the records, sorts them by RRset and rdata, gives each the
// TTL its RRset is served with (served), and keeps one of each set of
// equal records.
func entries(rs []zone.Record) []entry {
	es := make([]entry, len(rs))
	for i := range rs {
		r := &rs[i]
		es[i] = entry{set: rrset{name: zone.Canonical(r.Name), class: r.Class, typ: r.Type}, rdata: rdataKey(r), rec: r}
	}
	slices.SortFunc(es, func(a, b entry) int {
		return cmp.Or(compareRRsets(a.set, b.set), strings.Compare(a.rdata, b.rdata),
			cmp.Compare(a.rec.TTL, b.rec.TTL), comparePos(a.rec.Pos(), b.rec.Pos()))
	})
	for rest := es; len(rest) > 0; {
		var set []entry
		set, rest = cutSet(rest)
		served(set)
	}
	return slices.CompactFunc(es, func(a, b entry) bool { return a.set == b.set && a.rdata == b.rdata })
}

// served gives the records of an RRset whose TTLs differ the one TTL BIND
// serves the set with (zone.RRsetTTL), each a copy: the diff compares
// what is served, so that a record written at another TTL that BIND sets
// to the set's is no change, and a change of the TTL served shows as one
// (test 21g #3: `pool01 3600 A`, `pool01 300 A` after two at 3600 showed
// a record removed and added, where BIND serves the set at 3600 still).
func served(set []entry) {
	if !slices.ContainsFunc(set, func(e entry) bool { return e.rec.TTL != set[0].rec.TTL }) {
		return
	}
	recs := make([]*zone.Record, len(set))
	for i := range set {
		recs[i] = set[i].rec
	}
	ttl := zone.RRsetTTL(recs).TTL
	for i := range set {
		r := *set[i].rec
		r.TTL = ttl
		set[i].rec = &r
	}
}

// rdataKey returns the rdata of r as it is compared: in presentation form,
// with the names of an SOA in lower case.
func rdataKey(r *zone.Record) string {
	if r.Type != zone.TypeSOA {
		return r.Rdata()
	}
	mname, rest, _ := strings.Cut(r.Data, " ")
	rname, rest, _ := strings.Cut(rest, " ")
	return strings.ToLower(mname) + " " + strings.ToLower(rname) + " " + rest
}

// compareHeads orders the first RRsets of o and n; an empty list sorts last.
func compareHeads(o, n []entry) int {
	switch {
	case len(o) == 0:
		return 1
	case len(n) == 0:
		return -1
	}
	return compareRRsets(o[0].set, n[0].set)
}

// cutSet splits the entries of the first RRset off es.
func cutSet(es []entry) (set, rest []entry) {
	i := 1
	for i < len(es) && es[i].set == es[0].set {
		i++
	}
	return es[:i], es[i:]
}

// compareSet compares the old and new records of one RRset, either of
// which may be empty, and reports whether they differ.
func compareSet(os, ns []entry) (Change, bool) {
	first := os
	if len(first) == 0 {
		first = ns
	}
	set := first[0].set
	ch := Change{Name: set.name, Class: set.class, Type: set.typ}
	var kept [][2]*zone.Record
	for len(os) > 0 || len(ns) > 0 {
		switch c := compareRdata(os, ns); {
		case c < 0:
			ch.Removed = append(ch.Removed, *os[0].rec)
			os = os[1:]
		case c > 0:
			ch.Added = append(ch.Added, *ns[0].rec)
			ns = ns[1:]
		default:
			kept = append(kept, [2]*zone.Record{os[0].rec, ns[0].rec})
			os, ns = os[1:], ns[1:]
		}
	}
	ch.compareTTLs(kept)
	slices.SortFunc(ch.Removed, compareRecords)
	slices.SortFunc(ch.Added, compareRecords)
	return ch, len(ch.Removed) > 0 || len(ch.Added) > 0 || ch.TTLChanged()
}

// compareRdata orders the first records of os and ns; an empty list sorts
// last.
func compareRdata(os, ns []entry) int {
	switch {
	case len(os) == 0:
		return 1
	case len(ns) == 0:
		return -1
	}
	return strings.Compare(os[0].rdata, ns[0].rdata)
}

// compareTTLs records the TTL changes of the records both zones hold: as
// OldTTL and NewTTL when they were uniform on each side, else as a removed
// and an added record for each record whose TTL changed.
func (c *Change) compareTTLs(kept [][2]*zone.Record) {
	if len(kept) == 0 {
		return
	}
	oldTTL, newTTL := kept[0][0].TTL, kept[0][1].TTL
	uniform, changed := true, false
	for _, k := range kept {
		uniform = uniform && k[0].TTL == oldTTL && k[1].TTL == newTTL
		changed = changed || k[0].TTL != k[1].TTL
	}
	switch {
	case !changed:
	case uniform:
		c.OldTTL, c.NewTTL = oldTTL, newTTL
	default:
		for _, k := range kept {
			if k[0].TTL != k[1].TTL {
				c.Removed = append(c.Removed, *k[0])
				c.Added = append(c.Added, *k[1])
			}
		}
	}
}

// compareRecords orders the records of one RRset for display.
func compareRecords(a, b zone.Record) int {
	return cmp.Or(a.Addr().Compare(b.Addr()), cmp.Compare(a.Priority(), b.Priority()),
		cmp.Compare(a.Weight(), b.Weight()), cmp.Compare(a.Port(), b.Port()),
		strings.Compare(a.Data, b.Data), cmp.Compare(a.TTL, b.TTL), comparePos(a.Pos(), b.Pos()))
}

func comparePos(a, b zone.Pos) int {
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
}
