package audit

import (
	"github.com/zonegen/zonegen/zone"
)

// noteCut notes an owner, by its records grouped by type, as a delegation
// when it has NS records and is no origin of the set: the zone cut of a
// child zone (RFC 1034 §4.2.1), whose NS records are the parent's copy.
// place calls it for every owner while their records are at hand.
func (ix *index) noteCut(rs []*zone.Record) {
	if len(ofType(rs, zone.TypeNS)) > 0 && !ix.originSet[rs[0].Name] {
		ix.cuts[rs[0].Name] = true
	}
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
