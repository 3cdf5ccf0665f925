package audit

import (
	"cmp"
	"strings"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// wildcards knows the wildcard owners of the zone set, so that a name with
// no records of its own that a wildcard answers for counts as resolving
// (RFC 4592). It is worked out when a name without records is first asked
// about: the names of a zone set whose targets all exist are never read
// for it.
type wildcards struct {
	parentsOnce sync.Once
	parents     map[string]bool // W for each owner *.W
	// ents holds, for every proper ancestor of an owner (every empty
	// non-terminal, RFC 4592 §2.2.2, among them), whether it lies strictly
	// below some W: made once, the first time a name below a W asks.
	entsOnce sync.Once
	ents     map[string]bool
}

// findWildcards fills wild.parents from the owners whose first label is
// "*": one pass over the owners' names, once per audit.
func (ix *index) findWildcards() {
	ix.wild.parents = map[string]bool{}
	for _, h := range ix.heads {
		if parent, ok := strings.CutPrefix(h.Name, "*."); ok {
			ix.wild.parents[cmp.Or(parent, ".")] = true
		}
	}
}

// answering returns the records that answer a query for name, grouped by
// type: its own, or, for a name without records, the DNAME of an ancestor
// (dnameOf: the name is an alias, aliasIn), or those of the wildcard that
// covers it (wildcardOf), or none.
func (ix *index) answering(name string) []*zone.Record {
	if id, ok := ix.ids.get(name); ok {
		return ix.allOf(id)
	}
	if d := ix.dnameOf(name); len(d) > 0 {
		return d
	}
	if id, ok := ix.wildcardOf(name); ok {
		return ix.allOf(id)
	}
	return nil
}

// wildcardRecord returns the wildcard owner that answers for name, a name
// without records of its own (wildcardOf), and its first record of a type
// that keep takes; -1 and nil when there is none.
func (ix *index) wildcardRecord(name string, keep func(zone.Type) bool) (int32, *zone.Record) {
	id, ok := ix.wildcardOf(name)
	if !ok {
		return -1, nil
	}
	for _, r := range ix.allOf(id) {
		if keep(r.Type) {
			return id, r
		}
	}
	return -1, nil
}

// isAddress reports whether t is A or AAAA: a wildcard with such records
// gives a Lync name it answers for its addresses (discovery, test 20a #2).
func isAddress(t zone.Type) bool { return t == zone.TypeA || t == zone.TypeAAAA }

// isAddressOrAlias reports whether t is A, AAAA or CNAME: a wildcard with
// such records answers a client's address query for the names it covers
// (lyncdiscover-view, test 20a #3); one of other records only answers it
// with no data.
func isAddressOrAlias(t zone.Type) bool { return isAddress(t) || t == zone.TypeCNAME }

// wildcardOf returns the wildcard owner that answers for name, a name
// without records of its own, by RFC 4592 §3.3.1: name must not exist as
// an empty non-terminal either; its closest encloser is its longest
// ancestor that exists (records, an empty non-terminal, an origin of the
// set, or a wildcard's parent, which ents does not mark unless it lies
// below another); the wildcard is "*." and the closest encloser, when that
// has records. A wildcard that is only an empty non-terminal (a.*.example.)
// answers with no data and is not counted (docs/decisions.md).
func (ix *index) wildcardOf(name string) (int32, bool) {
	ix.wild.parentsOnce.Do(ix.findWildcards)
	if len(ix.wild.parents) == 0 || !ix.belowWildcard(name) || ix.isEmptyNonTerminal(name) {
		return -1, false
	}
	for enc := zone.ParentName(name); enc != ""; enc = zone.ParentName(enc) {
		if ix.exists(enc) || ix.cuts.IsOrigin(enc) || ix.wild.parents[enc] || ix.isEmptyNonTerminal(enc) {
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
	for enc := zone.ParentName(name); enc != ""; enc = zone.ParentName(enc) {
		if ix.wild.parents[enc] {
			return true
		}
	}
	return false
}

// isEmptyNonTerminal reports whether names lie below name, a name
// strictly below a wildcard's parent (the only ones wildcardOf asks
// about). An owner is one too: the caller asks whether name exists.
func (ix *index) isEmptyNonTerminal(name string) bool {
	ix.wild.entsOnce.Do(ix.findEmptyNonTerminals)
	return ix.wild.ents[name]
}

// findEmptyNonTerminals fills wild.ents with the proper ancestors of every
// owner, each true when it lies strictly below a wildcard's parent: made
// once per audit, and only for a zone set with wildcards where a name
// without records is asked about. Owners share their parents, so most
// cost one lookup of their parent (belowParent).
func (ix *index) findEmptyNonTerminals() {
	ix.wild.ents = map[string]bool{}
	for id := range ix.heads {
		ix.wild.belowParent(zone.ParentName(ix.name(int32(id))))
	}
}

// belowParent reports whether name lies strictly below a wildcard's
// parent, and notes that of name and of the ancestors it had to look at
// in ents.
func (w *wildcards) belowParent(name string) bool {
	if name == "" {
		return false
	}
	if below, ok := w.ents[name]; ok {
		return below
	}
	up := zone.ParentName(name)
	below := w.parents[up] || w.belowParent(up)
	w.ents[name] = below
	return below
}
