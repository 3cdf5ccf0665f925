package fix

import (
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// cuts holds what makes a zone not authoritative for some of its names,
// as the audit finds it (docs/decisions.md, "Occluded records"): the
// zones of the set, whose origins take the names at and below them from
// a zone above, and each zone's delegations, the owners of its NS records
// below its apex. fix neither edits such a record nor adds a record
// there: BIND never serves it (an AAAA after a parent's stale copy of a
// child's A, a PTR below a reverse zone's delegation).
type cuts struct {
	origins map[string]bool
	ns      map[*zone.Zone]map[string]bool
}

// newCuts returns the cuts of zones; the NS owners come in by note.
func newCuts(zones []*zone.Zone) *cuts {
	c := &cuts{origins: make(map[string]bool, len(zones)), ns: map[*zone.Zone]map[string]bool{}}
	for _, z := range zones {
		c.origins[z.Origin] = true
	}
	return c
}

// note takes in record r of zone z: an NS record below the apex is a
// delegation.
func (c *cuts) note(z *zone.Zone, r *zone.Record) {
	if r.Type != zone.TypeNS || r.Name == z.Origin {
		return
	}
	if c.ns[z] == nil {
		c.ns[z] = map[string]bool{}
	}
	c.ns[z][r.Name] = true
}

// any reports whether some zone may be not authoritative for a name of
// its own: one has a delegation, or the origin of another lies below its
// origin. Most sets have neither, and then nothing needs to be looked up.
func (c *cuts) any() bool {
	if len(c.ns) > 0 {
		return true
	}
	for o := range c.origins {
		for a := parent(o); a != ""; a = parent(a) {
			if c.origins[a] {
				return true
			}
		}
	}
	return false
}

// occluded reports whether zone z is not authoritative for name: it lies
// at or below a delegation of z, or at or below the origin of another
// zone of the set that lies below z's origin. A name outside z's origin
// (which a fragment without an SOA keeps) is z's as written.
func (c *cuts) occluded(z *zone.Zone, name string) bool {
	if !zone.IsSubdomain(z.Origin, name) {
		return false
	}
	for a := name; a != z.Origin && a != ""; a = parent(a) {
		if c.origins[a] || c.ns[z][a] {
			return true
		}
	}
	return false
}

// parent returns name without its first label ("" after the last).
// Reverse names and the owners fix looks up have no escaped dots.
func parent(name string) string {
	_, after, _ := strings.Cut(name, ".")
	return after
}
