package fix

import (
	"fmt"
	"net/netip"
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// poolIndex is what halfPools looks up: the pools that have pool names
// to fix (audit.Pool.Heads), and the new addresses.
type poolIndex struct {
	of     map[string][]int32          // the pools (places in fixer.pools) whose Names hold each name
	head   map[poolName]bool           // the pool names of each of them
	views  map[int]map[*zone.Zone]bool // the zones of each view
	byAddr map[[16]byte][]int32        // the places in Added of each new address
	done   map[poolAddr]bool           // the pools and addresses worked out
}

// poolName is a name in a pool (a place in fixer.pools).
type poolName struct {
	pool int32
	name string
}

// poolAddr is an address in a pool (a place in fixer.pools).
type poolAddr struct {
	pool int32
	addr [16]byte
}

// newPoolIndex indexes the pools that have pool names to fix with new
// records not left out yet (a pool whose every server gets a new scope
// is left out whole: thousands of them), and, when there are any, the new
// addresses of Added.
func (s *settler) newPoolIndex() *poolIndex {
	x := &poolIndex{of: map[string][]int32{}, head: map[poolName]bool{}, views: map[int]map[*zone.Zone]bool{}, done: map[poolAddr]bool{}}
	live := s.liveHeads()
	for p := range s.f.pools {
		pool := &s.f.pools[p]
		if !slices.ContainsFunc(pool.Heads, func(n string) bool { return live[n] }) {
			continue
		}
		for _, n := range pool.Names {
			x.of[n] = append(x.of[n], int32(p))
		}
		for _, n := range pool.Heads {
			x.head[poolName{int32(p), n}] = true
		}
		if x.views[pool.View] == nil {
			x.views[pool.View] = zoneSet(pool.Zones)
		}
	}
	if len(x.of) > 0 {
		x.byAddr = make(map[[16]byte][]int32, len(s.f.res.Added))
		for i := range s.f.res.Added {
			k := s.f.res.Added[i].Record.Addr().As16()
			x.byAddr[k] = append(x.byAddr[k], int32(i))
		}
	}
	return x
}

// liveHeads returns the pool names of the pools that have new records
// not left out.
func (s *settler) liveHeads() map[string]bool {
	live := map[string]bool{}
	for _, p := range s.f.pools {
		for _, n := range p.Heads {
			live[n] = false
		}
	}
	for i := range s.f.res.Added {
		name := s.f.res.Added[i].Record.Name
		if seen, ok := live[name]; ok && !seen && !s.dropped[i] {
			live[name] = true
		}
	}
	return live
}

// halfPools leaves out, in the view, every pool name that would get the
// address that the record l left out (of a member of its pool, in a zone
// of the pool's view) does not give its host, unless a host of the pool
// has it already: the pool's AAAA set would hold an address that no
// member has, the audit's pool-aaaa-mismatch, and half a pool in IPv6 is
// worse than none. A member left out through a file another view reads
// (sharedDrops, aaaa-shared-file) was not seen when its pool was decided
// (tester D2). Each pool and address is worked out once: every pool name
// of the pool that gets the address is left out then.
func (s *settler) halfPools(l loss) {
	if len(s.f.pools) == 0 {
		return
	}
	if s.pools == nil {
		s.pools = s.newPoolIndex()
	}
	a := &s.f.res.Added[l.i]
	addr := a.Record.Addr()
	for _, p := range s.pools.of[a.Record.Name] {
		pool, view := &s.f.pools[p], s.pools.views[s.f.pools[p].View]
		key := poolAddr{p, addr.As16()}
		if !view[a.Zone] || s.pools.done[key] {
			continue
		}
		s.pools.done[key] = true
		if _, has := slices.BinarySearchFunc(pool.AAAA, addr, netip.Addr.Compare); has {
			continue
		}
		for _, j := range s.pools.byAddr[key.addr] {
			b := &s.f.res.Added[j]
			if !s.dropped[j] && view[b.Zone] && b.Record.Name != a.Record.Name && s.pools.head[poolName{p, b.Record.Name}] {
				s.leaveHead(b.Record.Name, view, l)
			}
		}
	}
}

// leaveHead leaves pool name head out of every zone of view where it
// gets new records, with one finding, for the record l left out.
func (s *settler) leaveHead(head string, view map[*zone.Zone]bool, l loss) {
	left := false
	names := s.places()
	for i := names.first(head); i >= 0; i = names.next[i] {
		if z := s.f.res.Added[i].Zone; view[z] && s.leaveHost(hostZone{head, z}, l.check) {
			left = true
		}
	}
	if left {
		s.f.res.Left = append(s.f.res.Left, s.f.halfPoolFinding(head, view, &s.f.res.Added[l.i], l.check))
	}
}

// halfPoolFinding is the finding of pool name head, left out of the
// view of the zones view because new record lost, of a member of its
// pool, was left out by the rule of check.
func (f *fixer) halfPoolFinding(head string, view map[*zone.Zone]bool, lost *Addition, check string) audit.Finding {
	c, _ := audit.Lookup(check)
	as := f.records(head, zone.TypeA)
	first := as[slices.IndexFunc(as, func(a ref) bool { return view[a.z] })]
	member := lost.Record.Name
	return audit.Finding{Check: c.ID, Severity: c.Severity, Name: head, Pos: first.r.Pos(),
		Message: fmt.Sprintf("%s needs an AAAA and is a pool whose member %s gets no %s in %s (see %s's finding): not written, or the pool would have an address that no member has",
			head, member, lost.Record.Addr(), lost.Zone.File, member),
		Related: []audit.Related{{Pos: lost.Record.Pos(), Note: "the A record of " + member}},
	}
}
