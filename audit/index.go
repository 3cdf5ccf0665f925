package audit

import (
	"net/netip"
	"sort"

	"github.com/zonegen/zonegen/zone"
)

// index gives the checks fast access to the records of a zone set.
type index struct {
	names   map[string][]*zone.Record // by owner, in file order
	order   []string                  // owners in first-seen order
	origins []string                  // origins of the zones read
	byAddr  map[netip.Addr][]string   // owners of each A and AAAA address
}

func newIndex(zones []*zone.Zone) *index {
	ix := &index{names: map[string][]*zone.Record{}, byAddr: map[netip.Addr][]string{}}
	for _, z := range zones {
		ix.origins = append(ix.origins, z.Origin)
		for i := range z.Records {
			r := &z.Records[i]
			if _, seen := ix.names[r.Name]; !seen {
				ix.order = append(ix.order, r.Name)
			}
			ix.names[r.Name] = append(ix.names[r.Name], r)
			if r.Type == zone.TypeA || r.Type == zone.TypeAAAA {
				owners := ix.byAddr[r.Addr]
				if len(owners) == 0 || owners[len(owners)-1] != r.Name {
					ix.byAddr[r.Addr] = append(owners, r.Name)
				}
			}
		}
	}
	return ix
}

// records returns the records of a name with a given type.
func (ix *index) records(name string, t zone.Type) []*zone.Record {
	var out []*zone.Record
	for _, r := range ix.names[name] {
		if r.Type == t {
			out = append(out, r)
		}
	}
	return out
}

// has reports whether the name holds a record of type t.
func (ix *index) has(name string, t zone.Type) bool {
	for _, r := range ix.names[name] {
		if r.Type == t {
			return true
		}
	}
	return false
}

// exists reports whether any record has this owner.
func (ix *index) exists(name string) bool { return len(ix.names[name]) > 0 }

// inSet reports whether a name lies at or below the origin of a zone of
// the set, so that its records, if any, would be in the set.
func (ix *index) inSet(name string) bool {
	for _, o := range ix.origins {
		if zone.IsSubdomain(o, name) {
			return true
		}
	}
	return false
}

// sortedNames returns the owners in lexical order.
func (ix *index) sortedNames() []string {
	out := append([]string(nil), ix.order...)
	sort.Strings(out)
	return out
}

// holds reports whether name has an A or AAAA record with address a.
func (ix *index) holds(name string, a netip.Addr) bool {
	for _, o := range ix.byAddr[a] {
		if o == name {
			return true
		}
	}
	return false
}
