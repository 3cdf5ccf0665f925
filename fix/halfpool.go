package fix

import (
	"fmt"
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// poolIndex is what halfPools looks up: the pools that have pool names
// with new records (audit.Pool.Heads and Full), and the new addresses,
// each by view (audit.Pool.View): a server of V views is in V pools, and
// its address in V zones, of which a view's pool looks at its own.
type poolIndex struct {
	*viewPlaces
	of   map[hostView][]int32 // the pools (places in fixer.pools) whose Names or Full hold each name, in each view
	head map[poolName]bool    // the pool names of each of them without AAAA records (Heads)
	// uncompared are the names of each of them (of) that its pool names
	// are not compared with: its pool names themselves (Full, and
	// audit.Pool.PoolNames). The others are its servers, or all of its
	// Names in a pool without servers (compares). 10k entries at a million
	// records, where the compared names were 50k (review 18b #5).
	uncompared map[poolName]bool
	byAddr     map[addrView][]int32 // the places in Added of each new address in each view
	// holders counts, for each pool and address worked out, the new
	// records of that address of the pool's names in its view whose loss
	// is not worked out yet (settler.gone), completions aside.
	holders map[poolAddr]int
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

// addrView is a new address in a view (audit.Pool.View).
type addrView struct {
	addr [16]byte
	view int
}

// newPoolIndex indexes the pools that have pool names with new records
// not left out yet (a pool whose every server gets a new scope is left
// out whole: thousands of them), and, when there are any, the new
// addresses of Added.
func (s *settler) newPoolIndex() *poolIndex {
	x := &poolIndex{viewPlaces: s.views(), of: map[hostView][]int32{}, head: map[poolName]bool{}, uncompared: map[poolName]bool{},
		holders: map[poolAddr]int{}}
	live := s.liveHeads()
	for p := range s.f.pool.pools {
		pool := &s.f.pool.pools[p]
		if !slices.ContainsFunc(pool.Heads, func(n string) bool { return live[n] }) &&
			!slices.ContainsFunc(pool.Full, func(n string) bool { return live[n] }) {
			continue
		}
		for _, n := range slices.Concat(pool.Names, pool.Full) {
			k := hostView{n, pool.View}
			x.of[k] = append(x.of[k], int32(p))
		}
		for _, n := range pool.Heads {
			x.head[poolName{int32(p), n}] = true
		}
		for _, n := range pool.PoolNames {
			x.uncompared[poolName{int32(p), n}] = true
		}
		for _, n := range pool.Full {
			x.uncompared[poolName{int32(p), n}] = true
		}
	}
	if len(x.of) > 0 {
		// Only the records of the pools' names: every reader of byAddr
		// asks of a record whether its name is in a pool here (in).
		x.byAddr = map[addrView][]int32{}
		for i := range s.f.res.Added {
			a := &s.f.res.Added[i]
			for _, v := range x.viewPlaces.of[a.Zone] {
				if _, ok := x.of[hostView{a.Record.Name, v}]; !ok {
					continue
				}
				k := addrView{a.Record.Addr().As16(), v}
				x.byAddr[k] = append(x.byAddr[k], int32(i))
			}
		}
	}
	return x
}

// pools returns the pools of name in the views of zone z.
func (x *poolIndex) pools(name string, z *zone.Zone, yield func(p int32, view int)) {
	for _, v := range x.viewPlaces.of[z] {
		for _, p := range x.of[hostView{name, v}] {
			yield(p, v)
		}
	}
}

// in reports whether name is a name of pool p (Names or Full) of view.
func (x *poolIndex) in(name string, p int32, view int) bool {
	return slices.Contains(x.of[hostView{name, view}], p)
}

// compares reports whether the pool names of pool p of view are compared
// with name (audit.Pool.Compares): a name of its Names that is none of
// its pool names.
func (x *poolIndex) compares(name string, p int32, view int) bool {
	return !x.uncompared[poolName{p, name}] && x.in(name, p, view)
}

// at returns the places in Added of the new records of address addr in
// view.
func (x *poolIndex) at(addr [16]byte, view int) []int32 {
	return x.byAddr[addrView{addr, view}]
}

// liveHeads returns the pool names (Heads and Full) of the pools that
// have new records not left out.
func (s *settler) liveHeads() map[string]bool {
	live := map[string]bool{}
	for _, p := range s.f.pool.pools {
		for _, n := range slices.Concat(p.Heads, p.Full) {
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

// index returns the pool index, made on first use.
func (s *settler) index() *poolIndex {
	if s.pools == nil {
		s.pools = s.newPoolIndex()
	}
	return s.pools
}

// halfPools works out what the record l left out means for the pools of
// its host in the view of its zone, when the pool names are compared
// with its host (compares: a server, not another pool name of the pool's
// addresses), unless such a host of the pool has its address already
// (audit.Pool.ComparedHas): when one name of those is left that gets the address and it
// is a pool name without AAAA records (a Heads name, counted in a pool
// without servers), that name is left out, since its AAAA set would hold
// an address that no member has, the audit's pool-aaaa-mismatch, and half
// a pool in IPv6 is worse than none; when none is left, the pool names
// that were to get it do not, neither the Heads names nor those that were
// to get it as a member's (completeSets). A member left out through a file
// another view reads (sharedDrops, aaaa-shared-file) was not seen when its
// pool was decided (tester D2). A completion left out is lostCompletion's.
// Each pool and address counts its holders once, then one less for each
// record of it left out: linear in the records.
func (s *settler) halfPools(l loss) {
	if len(s.f.pool.pools) == 0 {
		return
	}
	x := s.index()
	a := &s.f.res.Added[l.i]
	if a.completes {
		s.lostCompletion(l)
		return
	}
	addr := a.Record.Addr()
	x.pools(a.Record.Name, a.Zone, func(p int32, view int) {
		if !x.compares(a.Record.Name, p, view) || s.f.pool.pools[p].ComparedHas(addr) {
			return
		}
		key := poolAddr{p, addr.As16()}
		n, seen := x.holders[key]
		if seen {
			n--
		} else {
			n = s.countHolders(key, view)
		}
		x.holders[key] = n
		switch n {
		case 1:
			if j := s.holder(key, view); j >= 0 && x.head[poolName{p, s.f.res.Added[j].Record.Name}] {
				s.leaveHead(s.f.res.Added[j].Record.Name, view, l)
			}
		case 0:
			s.leaveHeads(key, view, l)
			s.dropCompletions(key, view)
		}
	})
}

// leaveHeads leaves out, for the record l left out, the pool names without
// AAAA records (Heads) of the pool of key that get its address in the
// pool's view when no name they are compared with gets it any more: sip
// and pool01 at the same servers would each hold an address that no
// server has (test 18 D2). In a pool without servers no name is left
// that gets it, and this leaves out none.
func (s *settler) leaveHeads(key poolAddr, view int, l loss) {
	for _, j := range s.pools.at(key.addr, view) {
		b := &s.f.res.Added[j]
		if !s.dropped[j] && !b.completes && s.pools.head[poolName{key.pool, b.Record.Name}] {
			s.leaveHead(b.Record.Name, view, l)
		}
	}
}

// holding reports whether new record j holds the address of key for its
// pool, in the pool's view: a record of one of the names its pool names
// are compared with (compares), no completion, whose loss is not worked
// out yet. The records of the view are those that at gives.
func (s *settler) holding(j int32, key poolAddr, view int) bool {
	b := &s.f.res.Added[j]
	return !s.gone[j] && !b.completes && s.pools.compares(b.Record.Name, key.pool, view)
}

// countHolders counts the records holding the address of key (holding).
func (s *settler) countHolders(key poolAddr, view int) int {
	n := 0
	for _, j := range s.pools.at(key.addr, view) {
		if s.holding(j, key, view) {
			n++
		}
	}
	return n
}

// holder returns the place of a record holding the address of key
// (holding), or -1.
func (s *settler) holder(key poolAddr, view int) int32 {
	for _, j := range s.pools.at(key.addr, view) {
		if s.holding(j, key, view) {
			return j
		}
	}
	return -1
}

// dropCompletions leaves out the completions (completeSets) of the
// address of key in the pool's view: no member gets it any more, and a
// pool name that lacked it before is as it was. No finding: the member's
// says why.
func (s *settler) dropCompletions(key poolAddr, view int) {
	for _, j := range s.pools.at(key.addr, view) {
		b := &s.f.res.Added[j]
		if b.completes && !s.dropped[j] && s.pools.in(b.Record.Name, key.pool, view) {
			s.leave(int(j), nil)
		}
	}
}

// lostCompletion leaves out, when a rule left out the completion of l
// (its pool name's line would go into a file another zone reads without
// getting it), every name that the pool name is compared with (compares:
// its servers, or every name of a pool without servers) and that gets
// its address in the view: the pool name would lack a member's address,
// the audit's pool-aaaa-mismatch. The other pool names of the set that
// get it are not left out here: they follow through halfPools, when the
// servers' records are left out and no name compared with holds the
// address. A completion dropped for want of a member (no check) takes
// nothing with it.
func (s *settler) lostCompletion(l loss) {
	if l.check == nil {
		return
	}
	a := &s.f.res.Added[l.i]
	s.pools.pools(a.Record.Name, a.Zone, func(p int32, view int) {
		if !slices.Contains(s.f.pool.pools[p].Full, a.Record.Name) {
			return
		}
		for _, j := range s.pools.at(a.Record.Addr().As16(), view) {
			b := &s.f.res.Added[j]
			if s.dropped[j] || b.completes || !s.pools.compares(b.Record.Name, p, view) {
				continue
			}
			if s.leaveHost(hostZone{b.Record.Name, b.Zone}, l.check) {
				s.f.res.Left = append(s.f.res.Left, s.f.memberFinding(b, a, l.check))
			}
		}
	})
}

// leaveHead leaves pool name head out of every zone of view where it
// gets new records, with one finding, for the record l left out.
func (s *settler) leaveHead(head string, view int, l loss) {
	if s.leaveView(head, view, l.check) {
		s.f.res.Left = append(s.f.res.Left, s.f.halfPoolFinding(head, s.views().view(view), &s.f.res.Added[l.i], l.check))
	}
}

// leaveView leaves name out of every zone of view where it gets new
// records, for the rule of check, and reports whether it was not left
// out of one of them already.
func (s *settler) leaveView(name string, view int, check *audit.Check) bool {
	left := false
	for _, i := range s.views().places(name, view) {
		if s.leaveHost(hostZone{name, s.f.res.Added[i].Zone}, check) {
			left = true
		}
	}
	return left
}

// firstA returns the first A record of name in the zones of view.
func (f *fixer) firstA(name string, view map[*zone.Zone]bool) *zone.Record {
	as := f.records(name, zone.TypeA)
	return as[slices.IndexFunc(as, func(a ref) bool { return view[a.z] })].r
}

// halfPoolFinding is the finding of pool name head, left out of the
// view of the zones view because new record lost, of a member of its
// pool, was left out by the rule of check.
func (f *fixer) halfPoolFinding(head string, view map[*zone.Zone]bool, lost *Addition, check *audit.Check) audit.Finding {
	member := lost.Record.Name
	return check.Finding(head, f.firstA(head, view).Pos(),
		fmt.Sprintf("%s needs an AAAA and is a pool whose member %s gets no %s in %s (see %s's finding): not written, or the pool would have an address that no member has",
			head, member, lost.Record.Addr(), lost.Zone.File, member),
		audit.Related{Pos: lost.Record.Pos(), Note: "the A record of " + member})
}

// memberFinding is the finding of the host of new record b, left out
// because the completion lost, of a pool name of its pool, was left out
// by the rule of check.
func (f *fixer) memberFinding(b, lost *Addition, check *audit.Check) audit.Finding {
	pool := lost.Record.Name
	return check.Finding(b.Record.Name, b.Record.Pos(),
		fmt.Sprintf("%s needs an AAAA and is a member of pool %s, which gets no %s in %s (see %s's finding): not written, or the pool would lack an address of a member",
			b.Record.Name, pool, lost.Record.Addr(), lost.Zone.File, pool),
		audit.Related{Pos: lost.Record.Pos(), Note: "the " + anchorName(lost) + " of " + pool})
}
