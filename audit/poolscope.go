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
	Full []string
	// Compared are the names of Names whose AAAA addresses, old and new,
	// pool-aaaa-mismatch compares the pool names of this address set
	// with: the servers, the names that are no pool name of the set (sip
	// and pool01 at the same servers compare with the servers, not with
	// each other, test 18 D2); in a set without servers, all of Names,
	// for the pool names are then compared with one another.
	Compared []string
	View     int          // the view the pool is in: 0 without views, else its place among them
	Zones    []*zone.Zone // the zones of that view (a zone given once is in every view)
	AAAA     []netip.Addr // the AAAA addresses of Names, each once, in order
	// ComparedAAAA are the AAAA addresses of the names compared with
	// (Compared, and those of them that have AAAA records), each once,
	// in order.
	ComparedAAAA []netip.Addr
}

// pools returns the pools among the hosts discovery made (by owner id):
// the pools of one address set once, with their shared members (links),
// and a pool without members alone. The result is sized for every pool
// host first (pools of one set share a Pool, so that is an upper bound):
// grown by append, the 24k Pools of a million records' zone cost five
// times their 4.6 MB (review 18b #4).
func pools(byID []*host, zones []*zone.Zone) []Pool {
	n := 0
	for _, h := range byID {
		if h != nil && h.isPool() {
			n++
		}
	}
	out := make([]Pool, 0, n)
	at := map[*poolLinks]int{} // the place in out of each links' pool
	for _, h := range byID {
		if h == nil || !h.isPool() {
			continue
		}
		if h.links == nil {
			out = append(out, Pool{Name: h.name, Zones: zones})
			out[len(out)-1].add(h, nil, true)
			continue
		}
		l := h.links
		i, ok := at[l]
		if !ok {
			i = len(out)
			at[l] = i
			out = append(out, Pool{Name: l.pool.name, Zones: zones})
			// Compared holds every host the set's pool names are compared
			// with (no pool excluded: fix leaves each pool name out of its
			// own comparison).
			c := l.comparison()
			for _, m := range l.hosts {
				out[i].add(m, l, c.compared(nil, m))
			}
		}
		if !slices.Contains(l.hosts, h) { // a pool whose addresses its members' do not all hold
			out[i].add(h, l, l.comparison().compared(nil, h))
		}
	}
	for i := range out {
		out[i].AAAA = sortedSet(out[i].AAAA)
		out[i].ComparedAAAA = sortedSet(out[i].ComparedAAAA)
	}
	return out
}

// add adds host h to p, the pool of the links set: a pool name of
// another set (a smaller pool among this one's members) is a member here,
// and a head (Heads, Full) of its own set's Pool only. compared says
// whether pool-aaaa-mismatch compares the pool names with h (Compared).
func (p *Pool) add(h *host, set *poolLinks, compared bool) {
	pool := h.isPool() && h.hasMembers() && h.links == set // pool-aaaa-mismatch looks at it
	switch {
	case len(h.aaaa) == 0:
		p.Names = append(p.Names, h.name)
		if pool {
			p.Heads = append(p.Heads, h.name)
		}
		if compared {
			p.Compared = append(p.Compared, h.name)
		}
	case pool:
		p.Full = append(p.Full, h.name)
	}
	for _, r := range h.aaaa {
		p.AAAA = append(p.AAAA, r.Addr())
		if compared {
			p.ComparedAAAA = append(p.ComparedAAAA, r.Addr())
		}
	}
}
