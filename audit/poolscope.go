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
	// PoolNames are the names of Names that are pool names of this
	// address set (coPool) in a set with servers, sorted:
	// pool-aaaa-mismatch compares the set's pool names with the servers,
	// not with these (sip and pool01 at the same servers, test 18 D2), and
	// fix gives none of the set's pool names an address for theirs. Only
	// these exceptions are kept (Compares): at a million records they are
	// 10k names, the names compared with 50k (review 18b #5). Nil in a set
	// without servers, whose pool names are compared with one another, and
	// in a pool without members.
	PoolNames []string
	View      int          // the view the pool is in: 0 without views, else its place among them
	Zones     []*zone.Zone // the zones of that view (a zone given once is in every view)
	// AAAA are the AAAA addresses of the pool names and members (the
	// hosts that have them, which are not in Names), each once, in order.
	AAAA []netip.Addr
	// PoolOnlyAAAA are the addresses of AAAA that only pool names of the
	// set hold, no host they are compared with (a stale AAAA that pool01
	// and sip both kept), each once, in order: AAAA without them is the
	// union pool-aaaa-mismatch compares the pool names with (ComparedHas).
	// Nil where there are none, in a set without servers, and in a pool
	// without members.
	PoolOnlyAAAA []netip.Addr
}

// Compares reports whether pool-aaaa-mismatch compares the pool names of
// p's address set with name, one of Names: whether it is no pool name of
// the set (PoolNames), a server or a member of a set without servers.
func (p *Pool) Compares(name string) bool {
	_, pool := slices.BinarySearch(p.PoolNames, name)
	return !pool
}

// ComparedHas reports whether a host that the pool names of p's address
// set are compared with (a name of Names that it Compares, or a host with
// AAAA records that is no pool name of the set) has AAAA address a:
// whether a is in AAAA and not in PoolOnlyAAAA.
func (p *Pool) ComparedHas(a netip.Addr) bool {
	return holdsAddr(p.AAAA, a) && !holdsAddr(p.PoolOnlyAAAA, a)
}

// holdsAddr reports whether the sorted addresses as hold a.
func holdsAddr(as []netip.Addr, a netip.Addr) bool {
	_, ok := slices.BinarySearchFunc(as, a, netip.Addr.Compare)
	return ok
}

// pools returns the pools among the hosts discovery made (by owner id):
// the pools of one address set once, with their shared members (links),
// and a pool without members alone. The result is sized for every pool
// host first (pools of one set share a Pool, so that is an upper bound):
// grown by append, the 24k Pools of a million records' zone cost five
// times their 4.6 MB (review 18b #4).
func pools(byID []*host, zones []*zone.Zone) []Pool {
	n := 0
	var late map[*poolLinks][]*host // the pools of links that are none of their hosts
	for _, h := range byID {
		if h == nil || !h.isPool() {
			continue
		}
		n++
		if l := h.links; l != nil && !slices.Contains(l.hosts, h) { // a pool whose addresses its members' do not all hold
			if late == nil {
				late = map[*poolLinks][]*host{}
			}
			late[l] = append(late[l], h)
		}
	}
	out := make([]Pool, 0, n)
	done := map[*poolLinks]bool{}
	var room poolRoom
	for _, h := range byID {
		if h == nil || !h.isPool() {
			continue
		}
		switch l := h.links; {
		case l == nil:
			out = append(out, Pool{Name: h.name, Zones: zones})
			room.reset()
			out[len(out)-1].add(h, nil, true, &room)
			out[len(out)-1].AAAA = sortedSet(out[len(out)-1].AAAA)
		case !done[l]:
			done[l] = true
			out = append(out, Pool{Name: l.pool.name, Zones: zones})
			out[len(out)-1].addLinks(l, late[l], &room)
		}
	}
	return out
}

// poolRoom is room for the AAAA addresses of one Pool's hosts while
// pools sorts them out, used again for the next: those of the hosts the
// pool names are compared with, and those of the others.
type poolRoom struct {
	compared, others []netip.Addr
}

func (r *poolRoom) reset() { r.compared, r.others = r.compared[:0], r.others[:0] }

// addLinks adds to p the hosts of links l, then the pools of l that are
// none of them (late), and works out AAAA, PoolNames and PoolOnlyAAAA.
// pool-aaaa-mismatch's comparison is worked out once for l: with h nil,
// every pool name of the set is left out, the pool itself too (fix leaves
// each pool name out of its own comparison).
func (p *Pool) addLinks(l *poolLinks, late []*host, room *poolRoom) {
	room.reset()
	c := l.comparison()
	for _, m := range l.hosts {
		p.add(m, l, c.compared(nil, m), room)
	}
	for _, h := range late {
		p.add(h, l, c.compared(nil, h), room)
	}
	p.AAAA = sortedSet(p.AAAA)
	slices.Sort(p.PoolNames)
	compared := sortedSet(room.compared)
	only := slices.DeleteFunc(sortedSet(room.others), func(a netip.Addr) bool { return holdsAddr(compared, a) })
	if len(only) > 0 {
		p.PoolOnlyAAAA = slices.Clone(only)
	}
}

// add adds host h to p, the pool of the links set: a pool name of
// another set (a smaller pool among this one's members) is a member here,
// and a head (Heads, Full) of its own set's Pool only. compared says
// whether pool-aaaa-mismatch compares the pool names with h: a name
// without AAAA that it does not compare them with is one of PoolNames.
// h's AAAA addresses go to AAAA, and to room by compared.
func (p *Pool) add(h *host, set *poolLinks, compared bool, room *poolRoom) {
	pool := h.isPool() && h.hasMembers() && h.links == set // pool-aaaa-mismatch looks at it
	switch {
	case len(h.aaaa) == 0:
		p.Names = append(p.Names, h.name)
		if pool {
			p.Heads = append(p.Heads, h.name)
		}
		if !compared {
			p.PoolNames = append(p.PoolNames, h.name)
		}
	case pool:
		p.Full = append(p.Full, h.name)
	}
	for _, r := range h.aaaa {
		p.AAAA = append(p.AAAA, r.Addr())
	}
	if compared {
		room.compared = addrs(room.compared, h.aaaa)
	} else {
		room.others = addrs(room.others, h.aaaa)
	}
}
