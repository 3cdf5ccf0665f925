package audit

import (
	"cmp"
	"strings"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// wildcards knows the wildcard owners of the zone set, so that a name with
// no records of its own that a wildcard answers for counts as resolving
// (RFC 4592). Most zone sets have none, and then it costs one look at an
// empty map.
type wildcards struct {
	parents map[string]bool // W for each owner *.W
	// ents holds the empty non-terminals that matter, the names with no
	// records of their own and names below them (RFC 4592 §2.2.2), strictly
	// below some W: made once, the first time a name below a W asks.
	entsOnce sync.Once
	ents     map[string]bool
}

// noteWildcard notes an owner whose first label is "*", by its name. place
// calls it for every owner.
func (ix *index) noteWildcard(name string) {
	if parent, ok := strings.CutPrefix(name, "*."); ok {
		ix.wild.parents[cmp.Or(parent, ".")] = true
	}
}

// answering returns the records that answer a query for name, grouped by
// type: its own, or, for a name without records, those of the wildcard
// that covers it (wildcardOf), or none.
func (ix *index) answering(name string) []*zone.Record {
	if id, ok := ix.ids.get(name); ok {
		return ix.allOf(id)
	}
	if id, ok := ix.wildcardOf(name); ok {
		return ix.allOf(id)
	}
	return nil
}

// wildcardOf returns the wildcard owner that answers for name, a name
// without records of its own, by RFC 4592 §3.3.1: name must not exist as
// an empty non-terminal either; its closest encloser is its longest
// ancestor that exists (records, an empty non-terminal, or an origin of
// the set); the wildcard is "*." and the closest encloser, when that has
// records. A wildcard that is only an empty non-terminal (a.*.example.)
// answers with no data and is not counted (docs/decisions.md).
func (ix *index) wildcardOf(name string) (int32, bool) {
	if len(ix.wild.parents) == 0 || !ix.belowWildcard(name) || ix.isEmptyNonTerminal(name) {
		return -1, false
	}
	for enc := parentName(name); enc != ""; enc = parentName(enc) {
		if ix.exists(enc) || ix.originSet[enc] || ix.isEmptyNonTerminal(enc) {
			if enc == "." {
				return ix.id("*.")
			}
			return ix.id("*." + enc)
		}
	}
	return -1, false
}

// belowWildcard reports whether a proper ancestor of name has a wildcard
// child: no other name can be covered, and those are spared the set of
// empty non-terminals.
func (ix *index) belowWildcard(name string) bool {
	for enc := parentName(name); enc != ""; enc = parentName(enc) {
		if ix.wild.parents[enc] {
			return true
		}
	}
	return false
}

// parentName returns the name one label up, "." for a top-level name,
// and "" for the root.
func parentName(name string) string {
	_, parent, ok := strings.Cut(name, ".")
	switch {
	case !ok || name == ".":
		return ""
	case parent == "":
		return "."
	}
	return parent
}

// isEmptyNonTerminal reports whether names lie below name, a name
// strictly below a wildcard's parent (the only ones wildcardOf asks
// about). An owner is one too: the caller asks whether name exists.
func (ix *index) isEmptyNonTerminal(name string) bool {
	ix.wild.entsOnce.Do(ix.findEmptyNonTerminals)
	return ix.wild.ents[name]
}

// findEmptyNonTerminals fills wild.ents with the proper ancestors of every
// owner that lie strictly below a wildcard's parent: one walk up the
// labels of each owner, made once per audit and only for a zone set with
// wildcards where a name without records is asked about.
func (ix *index) findEmptyNonTerminals() {
	ix.wild.ents = map[string]bool{}
	var room [16]string
	for id := range ix.heads {
		up := room[:0]
		top := -1 // the place in up of the highest wildcard parent
		for enc := parentName(ix.name(int32(id))); enc != ""; enc = parentName(enc) {
			if ix.wild.parents[enc] {
				top = len(up)
			}
			up = append(up, enc)
		}
		for _, enc := range up[:max(top, 0)] {
			ix.wild.ents[enc] = true
		}
	}
}
