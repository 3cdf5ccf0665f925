package audit

import (
	"encoding/binary"
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
// each a member of all the others. A member does not point back at its
// pools: nothing asks, and a link each way for each of 100k pool members
// was 200k allocations at 1M records.
type poolLinks struct {
	hosts []*host

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

// hasMembers reports whether a pool has members.
func (h *host) hasMembers() bool { return h.links != nil }

// poolSet is what discovery knows of one address set of pools.
type poolSet struct {
	ids   []int32 // the owners whose addresses all belong to the set, in id order
	first *host   // the first pool of the set that addMembers took
	seen  int     // how many pools of the set addMembers took, up to 2
	links *poolLinks
}

// addMembers finds, for a round of pools, the names whose addresses all
// belong to a pool's: for the address sets that no pool before had, one
// pass over the records for the whole round, then the sets side by side
// (they only read); then the members are added in pool order.
func (d *discovery) addMembers(pools []*host) {
	sets := make([]*poolSet, len(pools))
	var fresh []*host // the first pool of each new set
	var freshSets []*poolSet
	var key []byte
	for i, p := range pools {
		key = setKey(key[:0], p)
		if sets[i] = d.sets[string(key)]; sets[i] == nil {
			sets[i] = &poolSet{}
			d.sets[string(key)] = sets[i]
			fresh, freshSets = append(fresh, p), append(freshSets, sets[i])
		}
	}
	for i, ids := range d.findMembers(fresh) {
		freshSets[i].ids = ids
	}
	for i, p := range pools {
		d.linkPool(p, sets[i])
	}
}

// setKey appends to b the key of a pool's address set: its A addresses
// and its AAAA addresses, each family sorted and each address once.
func setKey(b []byte, p *host) []byte {
	a, aaaa := sortedSet(addrs(nil, p.a)), sortedSet(addrs(nil, p.aaaa))
	b = binary.AppendUvarint(b, uint64(len(a)))
	for _, x := range slices.Concat(a, aaaa) {
		b = append(b, x.AsSlice()...)
	}
	return b
}

// findMembers returns the owners whose addresses all belong to each
// pool's (membersOf), side by side.
func (d *discovery) findMembers(pools []*host) [][]int32 {
	if len(pools) == 0 {
		return nil
	}
	n := 0
	for _, p := range pools {
		n += len(p.a) + len(p.aaaa)
	}
	all := make([]netip.Addr, 0, n)
	for _, p := range pools {
		all = addrs(addrs(all, p.a), p.aaaa)
	}
	owners := d.ix.owners(all)
	members := make([][]int32, len(pools))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			var buf []int32
			for i := w; i < len(pools); i += workers {
				members[i], buf = d.membersOf(pools[i], owners, buf)
			}
		})
	}
	wg.Wait()
	return members
}

// linkPool adds the members of pool p, of set s, and links them to it.
// The first pool of a set adds every name of the set; the second adds the
// first, when it is a member; to the others every member is known. That is
// what adding each pool's members in turn comes to, since adding a member
// again changes nothing.
func (d *discovery) linkPool(p *host, s *poolSet) {
	switch s.seen++; s.seen {
	case 1:
		s.first = p
		s.links = d.setLinks(p, s.ids)
	case 2:
		if _, in := slices.BinarySearch(s.ids, s.first.id); in {
			d.addID(s.first.id, "pool-member")
		}
	}
	_, in := slices.BinarySearch(s.ids, p.id)
	if in && len(s.ids) > 1 || !in && len(s.ids) > 0 {
		p.links = s.links
	}
}

// setLinks adds the owners ids, but pool p, as pool members and returns
// their links, in name order, p among them when it is one of ids.
func (d *discovery) setLinks(p *host, ids []int32) *poolLinks {
	d.queue = slices.Grow(d.queue, len(ids)) // 750k members at 5M records
	hosts := make([]*host, len(ids))
	for i, id := range ids {
		if id == p.id {
			hosts[i] = p
		} else {
			hosts[i] = d.addID(id, "pool-member")
		}
	}
	slices.SortFunc(hosts, func(a, b *host) int { return strings.Compare(a.name, b.name) })
	return &poolLinks{hosts: hosts}
}

// membersOf returns the owners, by id, whose addresses all belong to a
// pool's: not aliases, and with A records that are all the pool's (or,
// without A records, AAAA records that are). The pool is one of them
// unless it is an alias. buf is room for the candidates, which it returns
// for the next pool.
func (d *discovery) membersOf(pool *host, owners *addrOwners, buf []int32) (members, room []int32) {
	a, aaaa := newAddrMatch(pool.a), newAddrMatch(pool.aaaa)
	buf = candidates(pool, owners, buf[:0])
	for _, id := range buf {
		rs := d.ix.allOf(id)
		if len(ofType(rs, zone.TypeCNAME)) > 0 {
			continue
		}
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
