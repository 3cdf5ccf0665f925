package fix

import (
	"net/netip"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// fullHeads returns the pool names that have AAAA records and members
// (audit.Pool.Full), whose records index must read for completeSets.
func (f *fixer) fullHeads() []string {
	if !f.pool.poolSets {
		return nil
	}
	var out []string
	for _, p := range f.pool.pools {
		out = append(out, p.Full...)
	}
	return out
}

// completion is a pool name's new AAAA in one zone: one line each.
type completion struct {
	name string
	z    *zone.Zone
	addr netip.Addr
}

// completeSets gives each pool name that has AAAA records (audit.Pool.Full)
// the new address of a name of its pool, in the pool's view, that its AAAA
// set lacks, after its last AAAA record in the zone (placeAfterAAAA), else
// after the A record of that name's IPv4 address: the audit's
// pool-aaaa-mismatch compares the pool name's set with the union of its
// members', and the member's new AAAA alone would be a new finding (tester
// Q3: a pool with three A records gets three AAAA). The hosts of seeds,
// left out by dropMixedScopes, give none. The new records go at the end
// of Added, marked completes; settle works them out with the others. It
// runs after the collisions and the scopes: the pool name shares the
// member's IPv4 address and pool, so neither rule can refuse it what it
// kept for the member. Each pool reads its own view's records only (the
// members' through viewPlaces, the pool name's by zone, headRecords): a
// pool name in a part that V views $INCLUDE has records in V zones.
func (f *fixer) completeSets(seeds map[hostZone]bool) error {
	if !f.pool.poolSets || len(f.res.Added) == 0 {
		return nil
	}
	var vp *viewPlaces
	heads := map[string]*headRecords{}
	c := &completions{done: map[completion]bool{}}
	before := len(f.res.Added)
	for p := range f.pool.pools {
		pool := &f.pool.pools[p]
		if len(pool.Full) == 0 {
			continue
		}
		if vp == nil {
			vp = f.viewPlaces()
		}
		news := f.poolNews(pool, vp, seeds)
		for _, head := range pool.Full {
			if heads[head] == nil {
				heads[head] = f.headRecords(head)
			}
			if err := f.complete(heads[head], vp.view(pool.View), news, c); err != nil {
				return err
			}
		}
	}
	f.placeAfterAAAA(c.after)
	if vp != nil {
		vp.add(f.res.Added, before) // the completions, for settle
	}
	return nil
}

// completions is what completeSets has queued: each pool name's new
// address in each zone once (done), and the places after the pool names'
// last AAAA records that placeAfterAAAA may move them to.
type completions struct {
	done  map[completion]bool
	after []aaaaPlace
}

// poolNews returns the places in Added of the new records of the names of
// pool that its pool names are compared with (audit.Pool.Compares: its
// servers, not another pool name of its addresses) in the zones of its
// view (vp), but those of the hosts of seeds.
func (f *fixer) poolNews(pool *audit.Pool, vp *viewPlaces, seeds map[hostZone]bool) []int {
	var out []int
	for _, name := range pool.Names {
		if !pool.Compares(name) {
			continue
		}
		for _, i := range vp.places(name, pool.View) {
			if !seeds[hostZone{name, f.res.Added[i].Zone}] {
				out = append(out, int(i))
			}
		}
	}
	return out
}

// headRecords are a pool name's A and AAAA records by zone, and its zones
// in the order of their first A record: found once for the pool name, not
// once for the pool of each view.
type headRecords struct {
	name      string
	zones     []*zone.Zone
	as, aaaas map[*zone.Zone][]ref
}

// headRecords returns the A and AAAA records of pool name name by zone.
func (f *fixer) headRecords(name string) *headRecords {
	h := &headRecords{name: name, as: map[*zone.Zone][]ref{}, aaaas: map[*zone.Zone][]ref{}}
	for _, x := range f.names[name] {
		switch x.r.Type {
		case zone.TypeA:
			if h.as[x.z] == nil {
				h.zones = append(h.zones, x.z)
			}
			h.as[x.z] = append(h.as[x.z], x)
		case zone.TypeAAAA:
			h.aaaas[x.z] = append(h.aaaas[x.z], x)
		}
	}
	return h
}

// complete queues for pool name h, in each zone of view where it has
// the A record of the IPv4 address, the new addresses of news (places in
// Added) that its AAAA records in view lack, each once (c.done).
func (f *fixer) complete(h *headRecords, view map[*zone.Zone]bool, news []int, c *completions) error {
	has := map[netip.Addr]bool{}
	for z, aaaas := range h.aaaas {
		if view[z] {
			for _, x := range aaaas {
				has[x.r.Addr()] = true
			}
		}
	}
	for _, z := range h.zones {
		if view[z] {
			if err := f.completeZone(h.name, h.as[z], h.aaaas[z], news, has, c); err != nil {
				return err
			}
		}
	}
	return nil
}

// completeZone queues the completions of pool name head in the zone of
// its A records as (completion), its AAAA records there aaaas: the new
// addresses of news that it lacks (has: its addresses in the view), for
// IPv4 addresses it has there, in the order of its A records, which is
// the order a DNS engineer reads its AAAA records in (tester 9: they came
// in the members' name order, fe10, fe100, fe1000). What the zone's A and
// AAAA records say (their addresses, anchors, TTL) is found once: a pool
// of 32k servers gets 32k completions.
func (f *fixer) completeZone(head string, as, aaaas []ref, news []int, has map[netip.Addr]bool, c *completions) error {
	byV4 := f.lacked(head, as, news, has, c)
	if len(byV4) == 0 {
		return nil
	}
	reads, err := f.readings(as, as[len(as)-1])
	if err != nil {
		return err
	}
	an, err := f.anchors(as, reads)
	if err != nil {
		return err
	}
	last, err := f.lastAAAA(aaaas)
	if err != nil {
		return err
	}
	ttl := completionTTL(as, aaaas)
	for _, r := range as {
		v4 := r.r.Addr()
		for _, i := range byV4[v4] {
			key := completion{head, r.z, f.res.Added[i].Record.Addr()}
			if c.done[key] {
				continue
			}
			c.done[key] = true
			f.queueCompletion(head, an, ttl, v4, i)
			if a := &f.res.Added[len(f.res.Added)-1]; last.after.r != nil && last.reads <= max(int(a.reads), 1) {
				last.i = len(f.res.Added) - 1
				c.after = append(c.after, last)
			}
		}
		delete(byV4, v4) // an A record written twice is one address
	}
	return nil
}

// lacked returns the places in news of the new addresses that pool name
// head lacks (has, or queued in the zone of as already) for the IPv4
// addresses of its A records as, by IPv4 address, in the order of news.
func (f *fixer) lacked(head string, as []ref, news []int, has map[netip.Addr]bool, c *completions) map[netip.Addr][]int {
	v4s := make(map[netip.Addr]bool, len(as))
	for _, a := range as {
		v4s[a.r.Addr()] = true
	}
	out := map[netip.Addr][]int{}
	for _, i := range news {
		x, v4 := f.res.Added[i].Record.Addr(), netip.AddrFrom4(f.from[i])
		if !has[x] && v4s[v4] && !c.done[completion{head, as[0].z, x}] {
			out[v4] = append(out[v4], i)
		}
	}
	return out
}

// completionTTL returns the TTL of a pool name's completion in a zone of
// its A records as and AAAA records aaaas: the TTL BIND serves its AAAA
// RRset with there, which the new record joins, so that the RRset keeps
// one TTL; else, as for any new AAAA, its A records' (aTTL).
func completionTTL(as, aaaas []ref) uint32 {
	if len(aaaas) > 0 {
		return aTTL(aaaas)
	}
	return aTTL(as)
}

// queueCompletion queues the AAAA of pool name head for its A record of
// v4 (an: the anchors of its A records in the zone), with TTL ttl: the
// address of the new record of a member at place i of Added. It goes
// where a new AAAA of v4 would (anchors.anchor), until placeAfterAAAA
// moves it.
func (f *fixer) queueCompletion(head string, an *anchors, ttl uint32, v4 netip.Addr, i int) {
	after, n, own := an.anchor(v4)
	member := &f.res.Added[i]
	rec := zone.Record{Name: head, Type: zone.TypeAAAA, Class: after.r.Class, TTL: ttl}
	rec.SetAddr(member.Record.Addr())
	rec.SetPos(after.r.Pos())
	source := member.Source + ", the address of pool member " + member.Record.Name
	f.res.Added = append(f.res.Added, Addition{Zone: after.z, Record: rec, Source: source,
		reads: int32(n), lineTTL: after.r.TTL, ownTTL: own, completes: true})
	f.from = append(f.from, v4.As4())
}
