package audit

import (
	"net/netip"
	"slices"

	"github.com/zonegen/zonegen/zone"
)

// Pool is a pool as pool-scope-mixed sees it: the pool names of one
// address set and their members, and the AAAA addresses they have. fix
// reads it to write no address that would leave a pool of mixed scopes;
// of the names it needs those without an AAAA only (a pool of a million
// records' zone has some 700k names, most with an AAAA).
type Pool struct {
	Name  string   // the first pool name of the set
	Names []string // the pool names and their members that have no AAAA, which fix may give one
	// Heads are the names of Names that are pools of this address set
	// themselves (two or more A records): pool-aaaa-mismatch compares each
	// one's AAAA set with its members', so fix gives none of them an
	// address it keeps from a member. A pool of a smaller set that is a
	// member here (sub at two of pool's three servers) is a head of its
	// own set's Pool only: its members are the names whose addresses all
	// belong to its own A set, not this pool's (tester 9's D3).
	Heads []string
	// Full are the pool names of this address set that have AAAA records
	// and members: pool-aaaa-mismatch compares their AAAA set with their
	// members' too, so fix gives each one the new address of a member
	// that its set lacks.
	Full  []string
	View  int          // the view the pool is in: 0 without views, else its place among them
	Zones []*zone.Zone // the zones of that view (a zone given once is in every view)
	AAAA  []netip.Addr // the AAAA addresses of Names, each once, in order
}

// pools returns the pools among the hosts discovery made (by owner id):
// the pools of one address set once, with their shared members (links),
// and a pool without members alone.
func pools(byID []*host, zones []*zone.Zone) []Pool {
	var out []Pool
	at := map[*poolLinks]int{} // the place in out of each links' pool
	for _, h := range byID {
		if h == nil || !h.isPool() {
			continue
		}
		if h.links == nil {
			out = append(out, Pool{Name: h.name, Zones: zones})
			out[len(out)-1].add(h, nil)
			continue
		}
		i, ok := at[h.links]
		if !ok {
			i = len(out)
			at[h.links] = i
			out = append(out, Pool{Name: h.links.pool.name, Zones: zones})
			for _, m := range h.links.hosts {
				out[i].add(m, h.links)
			}
		}
		if !slices.Contains(h.links.hosts, h) { // a pool whose addresses its members' do not all hold
			out[i].add(h, h.links)
		}
	}
	for i := range out {
		slices.SortFunc(out[i].AAAA, netip.Addr.Compare)
		out[i].AAAA = slices.Compact(out[i].AAAA)
	}
	return out
}

// add adds host h to p, the pool of the links set: a pool name of
// another set (a smaller pool among this one's members) is a member here,
// and a head (Heads, Full) of its own set's Pool only.
func (p *Pool) add(h *host, set *poolLinks) {
	pool := h.isPool() && h.hasMembers() && h.links == set // pool-aaaa-mismatch looks at it
	switch {
	case len(h.aaaa) == 0:
		p.Names = append(p.Names, h.name)
		if pool {
			p.Heads = append(p.Heads, h.name)
		}
	case pool:
		p.Full = append(p.Full, h.name)
	}
	for _, r := range h.aaaa {
		p.AAAA = append(p.AAAA, r.Addr())
	}
}
