package audit

import "github.com/zonegen/zonegen/zone"

// aliasOf returns the name that a query for name goes on to, and the
// record that sends it there: the name's own CNAME, or that of the
// wildcard that covers a name without records (RFC 4592 §2.1.2: the
// wildcard's CNAME is the name's). ok is false for a name that is no
// alias.
func (ix *index) aliasOf(name string) (target string, via *zone.Record, ok bool) {
	if c := ofType(ix.answering(name), zone.TypeCNAME); len(c) > 0 {
		return c[0].Data, c[0], true
	}
	return "", nil, false
}

// aliasNote describes the record that makes name an alias, for a
// finding's related note: its CNAME, or the wildcard's that covers it.
func aliasNote(name string, via *zone.Record) string {
	if via.Name == name {
		return "the CNAME of " + name
	}
	return "the " + via.Type.String() + " of " + via.Name + ", which covers " + name
}
