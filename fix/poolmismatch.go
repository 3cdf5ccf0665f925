package fix

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// oddHeads leaves out, in its pool's view, every pool name without AAAA
// records (audit.Pool.Heads) whose new AAAA set would not be the union of
// its members' AAAA addresses, old and new (its servers', not another
// pool name's of its addresses: audit.Pool.Compares): an address the plan gives it
// for an A record that no member has (duplicate-a: a pool A address of no
// server), or a member's AAAA that the plan does not give it (a server's
// AAAA written by hand). The audit would report pool-aaaa-mismatch. It
// gets none of its addresses there, as for a pool the plan covers in
// part, with a pool-aaaa-mismatch finding; --disable pool-aaaa-mismatch
// lets them through. Decided on everything the plan gives that the
// collisions leave, before any host is left out, as the scopes are: a
// member that seeds (pool-scope-mixed) or a shared file leaves out later
// takes its pool names with it in halfPools, whose finding names it. A
// pool name of seeds is theirs.
func (s *settler) oddHeads(seeds map[hostZone]bool) {
	if !s.f.pool.poolSets || len(s.f.pool.pools) == 0 {
		return
	}
	s.index() // before any rule leaves a completion out: lostCompletion needs its pool
	seeded := s.seeded(seeds)
	for p := range s.f.pool.pools {
		pool := &s.f.pool.pools[p]
		if len(pool.Heads) == 0 {
			continue
		}
		sets := s.newSets(pool)
		for _, head := range pool.Heads {
			if seeded[head] {
				continue
			}
			if extra, missing := sets.odd(head, pool); len(extra) > 0 || len(missing) > 0 {
				if s.leaveView(head, pool.View, audit.PoolAAAAMismatch()) {
					s.f.res.Left = append(s.f.res.Left, s.f.oddFinding(head, s.views().view(pool.View), extra, missing))
				}
			}
		}
	}
}

// poolSets are the new addresses, not left out, of the names of a pool in
// its view: each name's, how many of the names the pool names are
// compared with (audit.Pool.Compares) get each, and the size of the union
// of these and the old AAAA addresses of the hosts compared with
// (audit.Pool.ComparedHas).
type poolSets struct {
	of    map[string][]netip.Addr
	names map[netip.Addr]int
	union int
}

// nameAddr is a name and one of its new addresses.
type nameAddr struct {
	name string
	addr netip.Addr
}

// newSets gathers the new addresses of pool's names in its view, and
// counts those of the names its pool names are compared with. A pool
// name of 32k addresses has 32k records: each is looked up in a set.
func (s *settler) newSets(pool *audit.Pool) poolSets {
	ps := poolSets{of: map[string][]netip.Addr{}, names: map[netip.Addr]int{}, union: len(pool.AAAA) - len(pool.PoolOnlyAAAA)}
	seen := map[nameAddr]bool{}
	for _, name := range pool.Names {
		compared := pool.Compares(name)
		for _, i := range s.views().places(name, pool.View) {
			a := &s.f.res.Added[i]
			k := nameAddr{name, a.Record.Addr()}
			if s.dropped[i] || a.completes || seen[k] {
				continue
			}
			seen[k] = true
			ps.of[name] = append(ps.of[name], k.addr)
			if !compared {
				continue
			}
			if ps.names[k.addr]++; ps.names[k.addr] == 1 && !pool.ComparedHas(k.addr) {
				ps.union++
			}
		}
	}
	return ps
}

// holds reports whether the sorted addresses as hold x.
func holds(as []netip.Addr, x netip.Addr) bool {
	_, ok := slices.BinarySearchFunc(as, x, netip.Addr.Compare)
	return ok
}

// odd returns the new addresses of head, a pool name of pool, that no
// host it is compared with has (audit.Pool.ComparedHas) or gets, and the
// addresses that one of them has or gets and head does not get, both
// sorted; nil, nil for a head that gets nothing. Head is among the names
// counted only in a pool without servers (audit.Pool.Compares). Head's
// set is the union of the others' when none of its addresses is its alone
// and it is as large as the union of all; the lists are made only when it
// is not.
func (ps poolSets) odd(head string, pool *audit.Pool) (extra, missing []netip.Addr) {
	own := ps.of[head]
	self := 0 // how many of the names counted for an address of head's are head
	if pool.Compares(head) {
		self = 1
	}
	for _, x := range own {
		if !pool.ComparedHas(x) && ps.names[x] == self {
			extra = append(extra, x)
		}
	}
	if len(own) == 0 || len(extra) == 0 && ps.union == len(own) {
		return nil, nil
	}
	mine := make(map[netip.Addr]bool, len(own))
	for _, x := range own {
		mine[x] = true
	}
	for x := range ps.names {
		if !mine[x] {
			missing = append(missing, x)
		}
	}
	for _, x := range pool.AAAA { // the old addresses of the hosts compared with
		if !mine[x] && ps.names[x] == 0 && !holds(pool.PoolOnlyAAAA, x) {
			missing = append(missing, x)
		}
	}
	slices.SortFunc(extra, netip.Addr.Compare)
	slices.SortFunc(missing, netip.Addr.Compare)
	return extra, missing
}

// oddFinding is the pool-aaaa-mismatch finding of pool name head, left
// out of the view of the zones view because the plan gives it the
// addresses extra, which no member has or gets, and not the addresses
// missing, which a member has or gets.
func (f *fixer) oddFinding(head string, view map[*zone.Zone]bool, extra, missing []netip.Addr) audit.Finding {
	var why []string
	if len(extra) > 0 {
		why = append(why, "the plan gives it "+addrList(extra)+", which no member of the pool has or gets")
	}
	if len(missing) > 0 {
		why = append(why, "its members have "+addrList(missing)+", which the plan does not give it")
	}
	return audit.PoolAAAAMismatch().Finding(head, f.firstA(head, view).Pos(),
		fmt.Sprintf("%s needs an AAAA and is a pool, but %s: not written, or its AAAA set would not be its members'",
			head, strings.Join(why, ", and ")))
}

// addrList writes up to three addresses, then "...".
func addrList(as []netip.Addr) string {
	text := make([]string, 0, 4)
	for _, a := range as[:min(len(as), 3)] {
		text = append(text, a.String())
	}
	if len(as) > 3 {
		text = append(text, "...")
	}
	return strings.Join(text, ", ")
}

// seeded returns the names that seeds leave out of one of their zones
// where they get new records.
func (s *settler) seeded(seeds map[hostZone]bool) map[string]bool {
	out := map[string]bool{}
	if len(seeds) == 0 {
		return out
	}
	for i := range s.f.res.Added {
		a := &s.f.res.Added[i]
		if seeds[hostZone{a.Record.Name, a.Zone}] {
			out[a.Record.Name] = true
		}
	}
	return out
}
