package audit

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"iter"
	"net/netip"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

// poolLinks holds, in name order, the names whose addresses all belong to
// one address set, a pool's A set and AAAA set: the members of every pool
// with that set, and the pools themselves among them (a pool is not its own
// member). The pools of one set share one poolLinks, and the checks work
// out what the set's pools have in common once: a thousand hosted SIP
// domains whose sip names have the same two addresses are a thousand pools,
// each a member of all the others. A member points back at the links of the
// first pool that took it (host.memberOf), whose findings name that pool
// (memberRelated): a pointer in the host, where a list of its pools for
// each of 100k pool members was 200k allocations at 1M records.
type poolLinks struct {
	hosts []*host
	pool  *host // the pool the links were made for, which members name

	relatedOnce sync.Once // for related and placeOf
	related     []Related // "pool member of" pool, at each of its A records, then AAAA
	// placeOf holds, for a pool of many addresses, the place in related
	// of the first record of each address (holding): 32k members of a
	// pool of 32k addresses, each searched for, were a second of CPU.
	placeOf map[netip.Addr]int

	mixedOnce sync.Once // for mixed
	mixed     bool      // the hosts' AAAA addresses are of several scopes

	mismatchOnce   sync.Once // for missing and extra
	missing, extra []string  // by aaaaMismatch
}

// members yields the members of a pool, in name order.
func (h *host) members() iter.Seq[*host] {
	return func(yield func(*host) bool) {
		if h.links == nil {
			return
		}
		for _, m := range h.links.hosts {
			if m != h && !yield(m) {
				return
			}
		}
	}
}

// comparison is what compared asks of a links for each of its hosts,
// worked out once by each reader of the links (aaaaMismatch, pools):
// whether a server is in the zone set, and how many distinct addresses
// coPool counts for the links' pool. Counted for each host, that was a
// sort of the pool's addresses per pool name, with an allocation above 32
// (review 18b #13).
type comparison struct {
	l         *poolLinks
	servers   bool // hasServers
	poolAddrs int  // with servers, the distinct addresses of l.pool that coPool counts: A, else AAAA
}

// comparison works out the links' comparison. Without servers, compared
// asks coPool nothing, and the pool's addresses are not counted.
func (l *poolLinks) comparison() comparison {
	c := comparison{l: l, servers: l.hasServers()}
	if !c.servers {
		return c
	}
	if p := l.pool; len(p.a) > 0 {
		c.poolAddrs = distinct(p.a)
	} else {
		c.poolAddrs = distinct(p.aaaa)
	}
	return c
}

// compared reports whether pool-aaaa-mismatch compares pool h of the
// links with host m of them: m is a server, a host that is no pool name
// of the links' address set (coPool). Pool names that share their
// servers are members of each other (decisions.md, "Pools"), but counting
// them would let an AAAA that both kept stand for a server's (test 18
// D2). In a set without servers in the zone set (hasServers: hosted SIP
// domains' sip names at one Edge's addresses, a pool whose servers are in
// a zone not given) it is every member of h, the other pool names: they
// are all there is to compare with, and they must agree. pools asks with
// h nil, for each host of the links in turn.
func (c comparison) compared(h, m *host) bool {
	return m != h && (!c.servers || !c.coPool(m))
}

// hasServers reports whether a server of the links is in the zone set: a
// host of one address of each family, no pool name at all. A smaller pool
// name among the members (dialin at two of pool01's three addresses) is
// no sign of one: without servers, pool01 and sip at all three would be
// compared with dialin alone, and its two addresses would make the third
// of theirs "no member's" (test 18b D2). Where servers are there, the
// pool names are compared with every member that is no pool name of
// their address set (coPool), a smaller pool too: a server with two
// addresses is one.
func (l *poolLinks) hasServers() bool {
	return slices.ContainsFunc(l.hosts, func(m *host) bool { return !m.isPool() })
}

// coPool reports whether host m of the links is a pool name of the links'
// address set: a pool whose addresses the links' pool has, as a member's,
// and that has all of the pool's, as a pool of which the pool is a member
// (the A addresses, or, for a pool without A records, the AAAA
// addresses). m's are the pool's already, so the two hold as many
// distinct addresses: m's are counted here, the pool's once (poolAddrs).
func (c comparison) coPool(m *host) bool {
	p := c.l.pool
	switch {
	case m == p:
		return true
	case !m.isPool():
		return false
	case len(p.a) > 0:
		return distinct(m.a) == c.poolAddrs
	default:
		return len(m.a) == 0 && distinct(m.aaaa) == c.poolAddrs
	}
}

// distinct returns how many distinct addresses records rs hold.
func distinct(rs []*zone.Record) int {
	var room [32]netip.Addr // the usual few, without an allocation
	return len(sortedSet(addrs(room[:0], rs)))
}

// hasMembers reports whether a pool has members.
func (h *host) hasMembers() bool { return h.links != nil }

// poolSet is what discovery knows of one address set of pools.
type poolSet struct {
	ids   []int32    // the owners whose addresses all belong to the set, in id order
	first *host      // the first pool of the set, whose addresses find ids
	seen  int        // how many pools of the set addMembers took, up to 2
	links *poolLinks // made for the first pool of the set that has members
}

// addMembers finds, for a round of pools, the names whose addresses all
// belong to a pool's: for the address sets that no pool before had, one
// pass over the records for the whole round, then the sets side by side
// (they only read); then the members are added in pool order.
func (d *discovery) addMembers(pools []*host) {
	sets := make([]*poolSet, len(pools))
	var fresh []*poolSet // the sets new in this round
	var key, other []byte
	for i, p := range pools {
		key = setKey(key[:0], p)
		h := maphash.Bytes(d.seed, key)
		for _, s := range d.sets[h] {
			if other = setKey(other[:0], s.first); bytes.Equal(key, other) {
				sets[i] = s
				break
			}
		}
		if sets[i] == nil {
			sets[i] = &poolSet{first: p}
			d.sets[h] = append(d.sets[h], sets[i])
			fresh = append(fresh, sets[i])
		}
	}
	d.findMembers(fresh)
	room := 0
	for _, s := range fresh {
		room += len(s.ids)
	}
	d.queue = slices.Grow(d.queue, room) // 750k members at 5M records
	for i, p := range pools {
		d.linkPool(p, sets[i])
	}
}

// setKey appends to b the key of a pool's address set: its A addresses
// and its AAAA addresses, each family sorted and each address once.
func setKey(b []byte, p *host) []byte {
	var room [32]netip.Addr // the usual few, without an allocation
	for _, rs := range [2][]*zone.Record{p.a, p.aaaa} {
		as := sortedSet(addrs(room[:0], rs))
		b = binary.AppendUvarint(b, uint64(len(as)))
		for _, a := range as {
			x := a.As16()
			b = append(b, x[:]...)
		}
	}
	return b
}

// findMembers fills the ids of new sets with the owners whose addresses
// all belong to the set of each one's first pool (membersOf): one pass
// over the records for them all, then the sets side by side.
func (d *discovery) findMembers(sets []*poolSet) {
	if len(sets) == 0 {
		return
	}
	n := 0
	for _, s := range sets {
		n += len(s.first.a) + len(s.first.aaaa)
	}
	all := make([]netip.Addr, 0, n)
	for _, s := range sets {
		all = addrs(addrs(all, s.first.a), s.first.aaaa)
	}
	owners := d.ix.owners(all)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			var buf []int32
			for i := w; i < len(sets); i += workers {
				sets[i].ids, buf = d.membersOf(sets[i].first, owners, buf)
			}
		})
	}
	wg.Wait()
}

// linkPool adds the members of pool p, of set s, and links them to it.
// The first pool of a set adds every name of the set; the second adds the
// first, when it is a member; to the others every member is known. That is
// what adding each pool's members in turn comes to, since adding a member
// again changes nothing.
func (d *discovery) linkPool(p *host, s *poolSet) {
	switch s.seen++; s.seen {
	case 1: // p is s.first
		for _, id := range s.ids {
			if id != p.id {
				d.addID(id, "pool-member")
			}
		}
	case 2:
		if _, in := slices.BinarySearch(s.ids, s.first.id); in {
			d.addID(s.first.id, "pool-member")
		}
	}
	if _, in := slices.BinarySearch(s.ids, p.id); in && len(s.ids) > 1 || !in && len(s.ids) > 0 {
		if s.links == nil {
			s.links = d.newLinks(s.ids, p)
		}
		p.links = s.links
	}
}

// newLinks returns the links of the hosts of owners ids, in name order,
// made for pool p, and points the members that no pool took before at them.
func (d *discovery) newLinks(ids []int32, p *host) *poolLinks {
	l := &poolLinks{hosts: make([]*host, len(ids)), pool: p}
	for i, id := range ids {
		m := d.byID[id]
		l.hosts[i] = m
		if m != p && m.memberOf == nil {
			m.memberOf = l
		}
	}
	slices.SortFunc(l.hosts, func(a, b *host) int { return strings.Compare(a.name, b.name) })
	return l
}

// memberRelated returns, for a pool member, the record of its pool that
// makes it one, with the note "pool member of POOL.": how a name that no
// SRV or well-known name reaches is a Lync host (DESIGN's JSON example).
// It is nil for a host that is no member, and for the pool the links were
// made for, a member only of the pools that share its addresses.
func (h *host) memberRelated() []Related {
	l := h.memberOf
	if l == nil || l.pool == h {
		return nil
	}
	l.relatedOnce.Do(l.makeRelated)
	pool := l.pool
	i := -1
	if len(h.a) > 0 {
		i = l.holding(pool.a, h.a, 0)
	} else {
		i = l.holding(pool.aaaa, h.aaaa, len(pool.a))
	}
	if i < 0 {
		return nil
	}
	return l.related[i : i+1 : i+1]
}

// holding returns the place in related of the first of the pool's
// records rs, which start at off there, whose address one of own has, or
// -1: by placeOf for a pool of many addresses, else by a search.
func (l *poolLinks) holding(rs, own []*zone.Record, off int) int {
	if l.placeOf == nil {
		if i := firstHolding(rs, own); i >= 0 {
			return off + i
		}
		return -1
	}
	best := -1
	for _, o := range own {
		if i, ok := l.placeOf[o.Addr()]; ok && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// makeRelated makes the related records of the links' members, one for
// each address record of the pool, when a finding first asks: the findings
// of 100k members share them, and a zone without one makes none.
func (l *poolLinks) makeRelated() {
	note := "pool member of " + l.pool.name
	for _, rs := range [2][]*zone.Record{l.pool.a, l.pool.aaaa} {
		for _, r := range rs {
			l.related = append(l.related, Related{Pos: r.Pos(), Note: note})
		}
	}
	if len(l.related) <= manyAddrs {
		return
	}
	l.placeOf = make(map[netip.Addr]int, len(l.related))
	for i, r := range slices.Concat(l.pool.a, l.pool.aaaa) {
		if _, ok := l.placeOf[r.Addr()]; !ok {
			l.placeOf[r.Addr()] = i
		}
	}
}

// firstHolding returns the place in pool of the first record whose address
// one of own has, or -1.
func firstHolding(pool, own []*zone.Record) int {
	for i, r := range pool {
		for _, o := range own {
			if o.Addr() == r.Addr() {
				return i
			}
		}
	}
	return -1
}

// membersOf returns the owners, by id, whose addresses all belong to a
// pool's: not aliases, and with A records that are all the pool's (or,
// without A records, AAAA records that are). The pool is one of them
// unless it is an alias. A wildcard (RFC 4592) is no other pool's member
// and has none but itself: it answers for many names, and the names at
// its addresses (www, mail) are not its servers (review 20b #2). buf is
// room for the candidates, which it returns for the next pool.
func (d *discovery) membersOf(pool *host, owners *addrOwners, buf []int32) (members, room []int32) {
	a, aaaa := newAddrMatch(pool.a), newAddrMatch(pool.aaaa)
	buf = candidates(pool, owners, buf[:0])
	wild := zone.IsWildcard(pool.name)
	for _, id := range buf {
		if d.ix.hasCNAME(id) || wild && id != pool.id || !wild && zone.IsWildcard(d.ix.heads[id].Name) {
			continue
		}
		rs := d.ix.allOf(id)
		ownA := ofType(rs, zone.TypeA)
		ok := len(ownA) > 0 && a.holdsAll(ownA)
		if len(ownA) == 0 {
			own6 := ofType(rs, zone.TypeAAAA)
			ok = len(own6) > 0 && aaaa.holdsAll(own6)
		}
		if ok {
			members = append(members, id)
		}
	}
	return members, buf
}

// candidates appends to out the owners sharing an address with the pool,
// in id order, each once.
func candidates(pool *host, owners *addrOwners, out []int32) []int32 {
	for _, rs := range [][]*zone.Record{pool.a, pool.aaaa} {
		for _, r := range rs {
			out = append(out, owners.of(r.Addr())...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func addrSet(rs []*zone.Record) map[netip.Addr]bool {
	s := make(map[netip.Addr]bool, len(rs))
	for _, r := range rs {
		s[r.Addr()] = true
	}
	return s
}

// addrMatch tells whether addresses are among a pool's: by a search of
// the pool's records for the usual few (a map for each of 100k pools was a
// tenth of Lync discovery's time), by a map for many.
type addrMatch struct {
	rs  []*zone.Record
	set map[netip.Addr]bool // for more than manyAddrs records
}

// manyAddrs is how many addresses a pool has before they are looked up
// in a map rather than searched (addrMatch, poolLinks.placeOf).
const manyAddrs = 16

func newAddrMatch(rs []*zone.Record) addrMatch {
	m := addrMatch{rs: rs}
	if len(rs) > manyAddrs {
		m.set = addrSet(rs)
	}
	return m
}

// holdsAll reports whether the address of every record of rs is one of
// the pool's.
func (m addrMatch) holdsAll(rs []*zone.Record) bool {
	for _, r := range rs {
		if !m.holds(r.Addr()) {
			return false
		}
	}
	return true
}

func (m addrMatch) holds(a netip.Addr) bool {
	if m.set != nil {
		return m.set[a]
	}
	for _, r := range m.rs {
		if r.Addr() == a {
			return true
		}
	}
	return false
}
