package audit

import (
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// ptrCase is one address of a Lync host that a reverse zone of the set
// covers, with the PTR records found at its reverse name.
type ptrCase struct {
	name string // the host's
	rec  *zone.Record
	rev  string
	ptrs []*zone.Record
}

// ptrCases lists the host addresses whose reverse zone is in the set (a
// reverse zone that delegates the address's name does not cover it). An
// address shared by a pool and its member is listed once, for the member:
// the PTR names the server, not the pool.
func (p *pass) ptrCases() []ptrCase {
	reverse := map[string]bool{}
	for _, o := range p.ix.origins {
		if strings.HasSuffix(o, ".in-addr.arpa.") || strings.HasSuffix(o, ".ip6.arpa.") {
			reverse[o] = true
		}
	}
	if len(reverse) == 0 {
		return nil
	}
	var out []ptrCase
	done := map[string]bool{}
	for _, pools := range []bool{false, true} {
		for h := range p.hosts.all() {
			if h.isPool() != pools {
				continue
			}
			for _, r := range append(append([]*zone.Record(nil), h.a...), h.aaaa...) {
				rev, err := zone.ReverseName(r.Addr().String())
				if err != nil || done[rev] || !under(rev, reverse) || !p.ix.inSet(rev) {
					continue
				}
				done[rev] = true
				out = append(out, ptrCase{name: h.name, rec: r, rev: rev, ptrs: p.ix.records(rev, zone.TypePTR)})
			}
		}
	}
	return out
}

// under reports whether a reverse name lies at or below one of the
// origins, looking up the name and each of its parents: a directory of a
// thousand reverse zones is not read through for each address. A reverse
// name has no escapes, and names and origins are canonical, so this finds
// what zone.IsSubdomain would.
func under(name string, origins map[string]bool) bool {
	for name != "" {
		if origins[name] {
			return true
		}
		_, name, _ = strings.Cut(name, ".")
	}
	return false
}
