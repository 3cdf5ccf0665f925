package fix

import (
	"github.com/zonegen/zonegen/zone"
)

// cuts holds what makes a zone not authoritative for some of its names,
// as the audit finds it (docs/decisions.md, "Occluded records"): the
// zones of the set, whose origins take the names at and below them from
// a zone above, each zone's delegations, the owners of its NS records
// below its apex, and its DNAME owners, which redirect the names below
// them (RFC 6672 §2.4). fix neither edits such a record nor adds a record
// there: BIND never serves it (an AAAA after a parent's stale copy of a
// child's A, a PTR below a reverse zone's delegation).
type cuts struct {
	origins map[string]bool
	ns      map[*zone.Zone]map[string]bool // each zone's delegations
	dnames  map[*zone.Zone]map[string]bool // each zone's DNAME owners
}

// newCuts returns the cuts of zones; the NS owners come in by note.
func newCuts(zones []*zone.Zone) *cuts {
	c := &cuts{origins: make(map[string]bool, len(zones)), ns: map[*zone.Zone]map[string]bool{}, dnames: map[*zone.Zone]map[string]bool{}}
	for _, z := range zones {
		c.origins[z.Origin] = true
	}
	return c
}

// note takes in record r of zone z: an NS record below the apex is a
// delegation, a DNAME redirects the names below its owner.
func (c *cuts) note(z *zone.Zone, r *zone.Record) {
	switch {
	case r.Type == zone.TypeNS && r.Name != z.Origin:
		addName(c.ns, z, r.Name)
	case r.Type == zone.TypeDNAME:
		addName(c.dnames, z, r.Name)
	}
}

// addName adds name to the set of zone z in sets.
func addName(sets map[*zone.Zone]map[string]bool, z *zone.Zone, name string) {
	if sets[z] == nil {
		sets[z] = map[string]bool{}
	}
	sets[z][name] = true
}

// any reports whether some zone may be not authoritative for a name of
// its own: one has a delegation or a DNAME, or the origin of another lies
// below its origin. Most sets have neither, and then nothing needs to be looked up.
func (c *cuts) any() bool {
	if len(c.ns) > 0 || len(c.dnames) > 0 {
		return true
	}
	for o := range c.origins {
		for _, a, ok := zone.CutLabel(o); ok && a != ""; _, a, ok = zone.CutLabel(a) {
			if c.origins[a] {
				return true
			}
		}
	}
	return false
}

// occluded reports whether zone z is not authoritative for name: it lies
// at or below a delegation of z, at or below the origin of another zone
// of the set that lies below z's origin, or below a DNAME owner of z. A
// name outside z's origin (which a fragment without an SOA keeps) is z's
// as written.
func (c *cuts) occluded(z *zone.Zone, name string) bool {
	if !zone.InZone(name, z.Origin) {
		return false
	}
	for a := name; ; {
		if a != z.Origin && (c.origins[a] || c.ns[z][a]) || a != name && c.dnames[z][a] {
			return true
		}
		_, up, ok := zone.CutLabel(a)
		if a == z.Origin || !ok || up == "" {
			return false
		}
		a = up
	}
}
