package audit

import (
	"github.com/zonegen/zonegen/zone"
)

// A name is served by the zone of the set with the longest origin that
// holds it, and a zone is not authoritative below its own delegations
// (RFC 1034 §4.2.1). The records a zone has where it is not authoritative
// are occluded: a parent's copy of the names at and below a child zone of
// the set (the child's apex included), and its records below a
// delegation (glue included) or beside one, but for the delegation's NS
// and DS records. So are a zone's records below a DNAME's owner, which
// the DNAME redirects (RFC 6672 §2.4). The index leaves them out, so that
// no check sees them as data of their names (docs/decisions.md,
// "Occluded records").

// isCutter reports whether records of type t may cut the names below
// their owner off the zone: hashRuns notes those records for findCuts.
func isCutter(t zone.Type) bool { return t == zone.TypeNS || t == zone.TypeDNAME }

// findCuts notes the delegations of the zones in cuts: the owners of NS
// records that are no origin of the set, and the owners of DNAME records
// (an apex too) in dnames, where their zone is authoritative (a record
// occluded by a more specific zone of the set cuts nothing in it). It
// then notes in nested the origins of the zones that may have occluded
// records.
func (ix *index) findCuts(parts []part) {
	for _, pt := range parts {
		for _, i := range pt.cutters {
			r := &pt.rs[i]
			switch {
			case ix.belowNestedOrigin(r.Name, pt.origin):
			case r.Type == zone.TypeDNAME:
				ix.dnames[r.Name] = true
			case !ix.originSet[r.Name]:
				ix.cuts[r.Name] = true
			}
		}
	}
	ix.findNested()
}

// belowNestedOrigin reports whether name lies at or below an origin of the
// set that lies strictly below origin, the origin of the zone that has a
// record of name: that zone is then not authoritative for it.
func (ix *index) belowNestedOrigin(name, origin string) bool {
	if !zone.InZone(name, origin) {
		return false
	}
	for a := name; a != origin && a != ""; a = parentName(a) {
		if ix.originSet[a] {
			return true
		}
	}
	return false
}

// findNested notes in nested every origin of the set with another origin
// or a delegation strictly below it, or a DNAME at or below it: only those
// zones may have occluded records, so that occlude reads no other zone's
// names.
func (ix *index) findNested() {
	mark := func(a string) {
		for ; a != ""; a = parentName(a) {
			if ix.originSet[a] {
				ix.nested[a] = true
			}
		}
	}
	for _, o := range ix.origins {
		mark(parentName(o))
	}
	for c := range ix.cuts {
		mark(parentName(c))
	}
	for d := range ix.dnames {
		mark(d)
	}
}

// occlude marks in owner, which holds the runStart marks, the records
// that are not authoritative data of their owner (authority), reading
// only the parts of zones that may have such records, on every core.
func (ix *index) occlude(parts []part, owner []int32) {
	if len(ix.nested) == 0 {
		return
	}
	eachPart(parts, func(pt *part) {
		if !ix.nested[pt.origin] {
			return
		}
		auth := authAll
		for i := pt.lo; i < pt.hi; i++ {
			o := &owner[pt.at+i-pt.lo]
			if *o&runStart != 0 {
				auth = ix.authority(pt.rs[i].Name, pt.origin)
			}
			if !auth.keeps(pt.rs[i].Type) {
				*o |= occluded
			}
		}
	})
}

// authority says which records of one owner in one zone are
// authoritative data of the owner.
type authority uint8

const (
	authAll        authority = iota // every record
	authDelegation                  // the NS and DS records of a delegation, which the parent holds
	authNone                        // none: the name is another zone's
)

// keeps reports whether a record of type t is authoritative.
func (a authority) keeps(t zone.Type) bool {
	switch a {
	case authAll:
		return true
	case authDelegation:
		return t == zone.TypeNS || t == zone.TypeDS
	}
	return false
}

// authority returns which records of name in the zone with the given
// origin are authoritative, walking up from name to the origin: none at
// or below another origin of the set, below a delegation or below a
// DNAME's owner (RFC 6672 §2.4); at a delegation, its NS and DS records.
// A record outside its zone's origin (kept by a fragment, a file without
// SOA) is left as it is.
func (ix *index) authority(name, origin string) authority {
	if !zone.InZone(name, origin) {
		return authAll
	}
	auth := authAll
	for a := name; a != origin && a != ""; a = parentName(a) {
		switch {
		case ix.originSet[a], a != name && ix.dnames[a]:
			return authNone
		case !ix.cuts[a]:
		case a == name:
			auth = authDelegation
		default:
			return authNone
		}
	}
	if name != origin && ix.dnames[origin] {
		return authNone
	}
	return auth
}

// inSet reports whether a name lies in a zone of the set: at or below the
// origin of one, and not at or below a delegation of that zone to a child
// zone the set does not hold, whose records, if any, would be elsewhere.
// It walks up the labels of the name to the closest origin; a child zone
// the set holds is an origin, and so it is met before its delegation.
func (ix *index) inSet(name string) bool {
	for {
		if ix.originSet[name] {
			return true
		}
		if ix.cuts[name] {
			return false
		}
		_, parent, ok := zone.CutLabel(name)
		if !ok || parent == "" {
			return ix.originSet["."]
		}
		name = parent
	}
}
