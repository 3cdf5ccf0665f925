package audit

import (
	"slices"

	"github.com/zonegen/zonegen/zone"
)

// aliasOf returns the name that a query for name goes on to, and the
// record that sends it there (aliasIn). ok is false for a name that is
// no alias.
func (ix *index) aliasOf(name string) (target string, via *zone.Record, ok bool) {
	return aliasIn(name, ix.answering(name))
}

// step returns the name a CNAME chain goes on to from name, and the record
// that sends it there: the name's own CNAME, or for a name without records
// the CNAME of the wildcard that covers it or the DNAME above it (aliasIn).
// ok is false where the chain ends. id is the owner id of name, or -1 when
// it has no records or its id is not at hand (then name is looked up).
//
// Every walk along a chain takes this step: discovery's (chainEnd), which
// goes on wherever the set has records, and those of the checks that judge
// a chain only inside the zone set (loopFinder, ptrsFor, pastDNAMEs),
// which stop where it leaves (outside).
func (ix *index) step(id int32, name string) (next string, via *zone.Record, ok bool) {
	if id < 0 {
		return ix.aliasOf(name)
	}
	return aliasIn(name, ix.allOf(id))
}

// outside reports whether a chain at name has left the zone set: name is
// no name of it (zone.Cuts.InSet) and no DNAME above it takes the chain
// on. A name below a DNAME's owner is not in the set either (RFC 6672
// §2.4), but the DNAME makes it a name that may be. The checks judge
// nothing past such a name; discovery does not ask (a fragment's names of
// another domain are data too).
func (ix *index) outside(name string) bool {
	return !ix.cuts.InSet(name) && len(ix.dnameOf(name)) == 0
}

// chainSeen is the loop guard of a walk along a chain: the names it went
// on from. Chains are short, so the first eight are kept in place and only
// a longer chain (a zone made to be slow) takes a map.
type chainSeen struct {
	n    int
	room [8]string
	more map[string]bool
}

// again reports whether the walk was at name before, and notes it.
func (s *chainSeen) again(name string) bool {
	if slices.Contains(s.room[:min(s.n, len(s.room))], name) || s.more[name] {
		return true
	}
	if s.n < len(s.room) {
		s.room[s.n] = name
	} else {
		if s.more == nil {
			s.more = map[string]bool{}
		}
		s.more[name] = true
	}
	s.n++
	return false
}

// aliasIn is aliasOf for the records that answer for name: the name's own
// CNAME, that of the wildcard that covers a name without records (RFC
// 4592 §2.1.2: the wildcard's CNAME is the name's), or the DNAME of an
// ancestor, which makes the name another (RFC 6672 §2.2). A DNAME of the
// name itself redirects only the names below it.
func aliasIn(name string, rs []*zone.Record) (target string, via *zone.Record, ok bool) {
	if c := ofType(rs, zone.TypeCNAME); len(c) > 0 {
		return c[0].Data, c[0], true
	}
	if d := ofType(rs, zone.TypeDNAME); len(d) > 0 && redirects(d[0], name) {
		return substitute(name, d[0])
	}
	return "", nil, false
}

// redirects reports whether a DNAME redirects name: name lies strictly
// below its owner. A DNAME of the name itself does not, nor does that of
// a wildcard that covers the name, whose owner is no ancestor of it.
func redirects(dname *zone.Record, name string) bool {
	return name != dname.Name && zone.InZone(name, dname.Name)
}

// substitute returns the name a DNAME makes of name, a name below its
// owner (redirects): the owner's part replaced by the DNAME's target. ok is false
// when the result is longer than a name may be (RFC 6672 §2.2: the
// answer is then YXDOMAIN), which also ends a DNAME that points below
// itself.
func substitute(name string, dname *zone.Record) (target string, via *zone.Record, ok bool) {
	prefix := name[:len(name)-len(dname.Name)]
	target = prefix + dname.Data
	if dname.Data == "." {
		target = prefix
	}
	if len(target) > maxNameLength {
		return "", nil, false
	}
	return target, dname, true
}

// maxNameLength is the longest a name may be written, with its final dot
// and no escapes: 255 octets on the wire (RFC 1035 §2.3.4).
const maxNameLength = 254

// dnameOf returns the DNAME records of the closest ancestor of name that
// has one, within the zone that serves name: the walk up stops at a
// delegation and at an origin of the set. The records below a DNAME's
// owner are occluded (zone.Cuts), so a name with records of its own has
// none, and a nested DNAME none either. Nil for most zone sets, which
// have no DNAME.
func (ix *index) dnameOf(name string) []*zone.Record {
	if !ix.cuts.HasDNAME() {
		return nil
	}
	for a := zone.ParentName(name); a != "" && !ix.cuts.IsDelegation(a); a = zone.ParentName(a) {
		if ix.cuts.IsDNAME(a) {
			if d := ofType(ix.all(a), zone.TypeDNAME); len(d) > 0 {
				return d
			}
		}
		if ix.cuts.IsOrigin(a) {
			return nil
		}
	}
	return nil
}

// aliasNote describes the record that makes name an alias, for a
// finding's related note: its CNAME, or the wildcard's or DNAME that
// covers it.
func aliasNote(name string, via *zone.Record) string {
	if via.Name == name {
		return "the CNAME of " + name
	}
	return "the " + via.Type.String() + " of " + via.Name + ", which covers " + name
}

// aliasText says what an alias is, for a finding's message: "CNAME to
// T", or, below a DNAME, the DNAME and the name it makes.
func aliasText(target string, via *zone.Record) string {
	if via.Type == zone.TypeDNAME {
		return "below the DNAME of " + via.Name + ", which makes it " + target
	}
	return "CNAME to " + target
}

// pastDNAMEs returns the name that the DNAMEs above name make of it, in
// turn, and the last DNAME that did (nil: name itself, under none). A
// DNAME that makes a name it met before (a loop) ends the walk there: the
// end is then a name of the loop, below a DNAME, which is all the caller
// needs to know (which name of the loop depends on where the walk began).
// What a walk of two DNAMEs or more finds, it keeps in kept for each name
// it rewrote, so that many names below one long chain of DNAMEs, or one
// loop of them, walk it once between them (test 18c D2: 10,000 CNAMEs into
// a chain of 10,000 DNAMEs, 21.8 s; 3,000 into a loop of 3,000, 3.6 s).
func (ix *index) pastDNAMEs(name string, kept dnameEnds) (string, *zone.Record) {
	var last *zone.Record
	var seen chainSeen
	var rewrote []string
	for !seen.again(name) {
		if end, ok := kept[name]; ok {
			kept.note(rewrote, end)
			return end.name, end.via
		}
		next, via, ok := ix.step(-1, name)
		if !ok || via.Type != zone.TypeDNAME {
			break
		}
		rewrote = append(rewrote, name)
		name, last = next, via
	}
	if len(rewrote) > 1 {
		kept.note(rewrote, dnameEnd{name, last})
	}
	return name, last
}

// dnameEnds holds, for names that DNAMEs rewrote, the name the DNAMEs above
// make of each in the end, and the last DNAME that did (pastDNAMEs).
type dnameEnds map[string]dnameEnd

type dnameEnd struct {
	name string
	via  *zone.Record
}

// note keeps end for each of names.
func (k dnameEnds) note(names []string, end dnameEnd) {
	for _, n := range names {
		k[n] = end
	}
}
