package fix

import (
	"net/netip"
	"sort"

	"github.com/zonegen/zonegen/zone"
)

// addPTRs adds, for every new AAAA whose reverse zone is in the set, a PTR
// to the host, after the PTR of the nearest lower address.
func (f *fixer) addPTRs() error {
	// The new AAAA records by place in Added, not copied: 100k
	// additions of 136 bytes each are not worth a second list.
	var adds []int
	for i := range f.res.Added {
		if r := &f.res.Added[i].Record; r.Type == zone.TypeAAAA && !zone.IsWildcard(r.Name) {
			adds = append(adds, i) // a wildcard's address names no one host: no PTR names it
		}
	}
	added := f.res.Added // addPTR appends to f.res.Added: the AAAA records stay where they are here
	sort.SliceStable(adds, func(i, j int) bool { return added[adds[i]].Record.Addr().Less(added[adds[j]].Record.Addr()) })
	given := map[revAt]bool{} // the reverse names that got a PTR in this run, by reverse zone
	perName := newAAAAPerName(added, adds)
	weight := f.withOldAAAA(perName)
	old := f.oldHolders(added, adds)
	for lo := 0; lo < len(adds); {
		hi := lo + 1
		for hi < len(adds) && added[adds[hi]].Record.Addr() == added[adds[lo]].Record.Addr() {
			hi++
		}
		if err := f.addressPTRs(added, adds[lo:hi], perName, weight, old, given); err != nil {
			return err
		}
		lo = hi
	}
	return nil
}

// oldAAAA holds the names that had an AAAA record of a new address before
// the run, each with its zone and its number of AAAA records there.
type oldAAAA map[netip.Addr][]holder

type holder struct {
	name  string
	z     *zone.Zone
	aaaas int
}

// oldHolders finds, when the set has a reverse zone, the names that have
// an AAAA record of an address a new AAAA gets: a server with its AAAA
// and no PTR, whose pool name gets the address in this run, is the name
// the PTR should give (test 11 D5). Two passes over the records, only
// when a PTR may be written.
func (f *fixer) oldHolders(added []Addition, adds []int) oldAAAA {
	if f.indexReverses(); len(f.ptr.reverses) == 0 || len(adds) == 0 {
		return nil
	}
	wanted := make(map[netip.Addr]bool, len(adds))
	for _, i := range adds {
		wanted[added[i].Record.Addr()] = true
	}
	out, count := oldAAAA{}, map[hostZone]int{}
	for _, z := range f.zones {
		for i := range z.Records {
			r := &z.Records[i]
			if r.Type != zone.TypeAAAA || r.Class != zone.ClassIN {
				continue
			}
			count[hostZone{r.Name, z}]++
			if a := r.Addr(); wanted[a] {
				out[a] = append(out[a], holder{name: r.Name, z: z})
			}
		}
	}
	for _, hs := range out {
		for i := range hs {
			hs[i].aaaas = count[hostZone{hs[i].name, hs[i].z}]
		}
	}
	return out
}

// named returns a, the new AAAA whose PTR is to be written, with the
// name the PTR gives: an older holder of its address in a zone of its
// view with fewer AAAA records than a's name gets (the server rather than
// its pool), else a's own. a's name is counted in a's zone only, as a
// holder in its own: its AAAA records in another view's zone do not make
// it weigh as a pool here (test 11 D2).
func (f *fixer) named(a Addition, old oldAAAA, weight map[hostZone]int) Addition {
	best := weight[hostZone{a.Record.Name, a.Zone}]
	for _, h := range old[a.Record.Addr()] {
		if h.name != a.Record.Name && h.aaaas < best && f.sameView(h.z, a.Zone) {
			a.Record.Name, best = h.name, h.aaaas
		}
	}
	return a
}

// withOldAAAA returns the number of AAAA records each name of perName has
// in its zone after the run: its new ones (perName) and those it had. A
// name's records are read once for all its zones: named counted them for
// each address, a square in a pool's size (a pool of 64,000 servers'
// A lines, read twice: 13.6 s, review of scripts/scaling.sh).
func (f *fixer) withOldAAAA(perName map[hostZone]int) map[hostZone]int {
	weight := make(map[hostZone]int, len(perName))
	names := map[string]bool{}
	for k, n := range perName {
		weight[k] += n
		if names[k.name] {
			continue
		}
		names[k.name] = true
		for _, x := range f.records(k.name, zone.TypeAAAA) {
			if _, ok := perName[hostZone{k.name, x.z}]; ok {
				weight[hostZone{k.name, x.z}]++
			}
		}
	}
	return weight
}

// sameView reports whether zones y and z are in one view: one of them is
// given once (so in every view), or both are their origin's k-th.
func (f *fixer) sameView(y, z *zone.Zone) bool {
	vy, oky := f.ptr.view[y]
	vz, okz := f.ptr.view[z]
	return !oky || !okz || vy == vz
}

// addressPTRs adds the PTRs of the new AAAA of one address (same, places
// in added): of one host in each view (byView), and in a reverse zone that
// every view reads (given once) of a host every view has (sharedHost).
func (f *fixer) addressPTRs(added []Addition, same []int, perName, weight map[hostZone]int, old oldAAAA, given map[revAt]bool) error {
	h := addrHolders{added, same, old}
	if f.indexReverses(); len(f.ptr.view) == 0 {
		return f.addPTR(f.named(added[ptrHost(added, same, perName)], old, weight), nil, given, h)
	}
	groups := f.byView(added, same)
	shared := sharedHost(added, groups, perName)
	for _, group := range groups {
		if err := f.addPTR(f.named(added[ptrHost(added, group, perName)], old, weight), shared, given, h); err != nil {
			return err
		}
	}
	return nil
}

// sharedHost returns, when the new AAAA of one address come from several
// views (groups, byView), the one of the first view whose name every view
// gets the address for (a pool name published in both views, where only
// the internal one has its servers), by ptrHost's rule; nil when there is
// no such name, or one view. A reverse zone that every view reads takes
// its PTR: which view's host it named followed the order of the arguments,
// and the other view's audit found a PTR to a host it does not have (test
// 14 D1).
func sharedHost(added []Addition, groups [][]int, perName map[hostZone]int) *Addition {
	if len(groups) < 2 {
		return nil
	}
	in := map[string]int{} // a name: the number of views that get it
	for _, g := range groups {
		seen := map[string]bool{}
		for _, i := range g {
			if n := added[i].Record.Name; !seen[n] {
				seen[n] = true
				in[n]++
			}
		}
	}
	var common []int
	for _, i := range groups[0] {
		if in[added[i].Record.Name] == len(groups) {
			common = append(common, i)
		}
	}
	if len(common) == 0 {
		return nil
	}
	return &added[ptrHost(added, common, perName)]
}

// revAt is a reverse name in one reverse zone.
type revAt struct {
	z   *zone.Zone
	rev string
}

// byView splits the new AAAA of one address (same, places in added) by
// the view of their zones: with views (two zones of one origin), each
// view's reverse zone takes the PTR of its own view's host (test 11 D2).
// A zone given once is in every view, and its records go with the first.
func (f *fixer) byView(added []Addition, same []int) [][]int {
	var out [][]int
	at := map[int]int{} // a view's place in out
	for _, i := range same {
		v := f.ptr.view[added[i].Zone] // 0 for a zone given once
		k, ok := at[v]
		if !ok {
			k = len(out)
			at[v] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// newAAAAPerName counts the new AAAA records of each name in each zone:
// a server of two views is counted in each apart, so that it does not
// weigh as a pool there (test 11 D2).
func newAAAAPerName(added []Addition, adds []int) map[hostZone]int {
	n := make(map[hostZone]int, len(adds))
	for _, i := range adds {
		n[hostZone{added[i].Record.Name, added[i].Zone}]++
	}
	return n
}

// ptrHost chooses which of the new AAAA that share one address (same, in
// file order) the PTR names: the server rather than its DNS-load-balanced
// pool, as the name with the fewest new AAAA, and of names with as many,
// the first in file order. A PTR names one host, and the reverse lookup
// of a server's address is expected to give the server.
func ptrHost(added []Addition, same []int, perName map[hostZone]int) int {
	best := same[0]
	count := func(i int) int { return perName[hostZone{added[i].Record.Name, added[i].Zone}] }
	for _, i := range same[1:] {
		if count(i) < count(best) {
			best = i
		}
	}
	return best
}

// addPTR adds the PTR of new AAAA a to each reverse zone that takes it
// (reverseZones), unless its reverse name has one there: in the zone as
// read, or in given, the names that got one in this run. A reverse zone
// that every view reads takes the PTR of shared instead, when not nil.
func (f *fixer) addPTR(a Addition, shared *Addition, given map[revAt]bool, h addrHolders) error {
	rev, err := zone.ReverseName(a.Record.Addr().String())
	if err != nil {
		return nil
	}
	for _, rz := range f.reverseZones(rev, a.Zone) {
		pick := a
		if _, own := f.ptr.view[rz.z]; shared != nil && !own {
			pick = *shared
		}
		if err := f.addPTRIn(rz, rev, pick, given, h); err != nil {
			return err
		}
	}
	return nil
}

// addPTRIn adds the PTR of new AAAA a, of reverse name rev, to reverse
// zone rz, unless the name has a PTR or a CNAME there, is occluded there,
// or got one in this run. A PTR there that names none of the holders h
// of the address is reported (stalePTR).
func (f *fixer) addPTRIn(rz *reverseZone, rev string, a Addition, given map[revAt]bool, h addrHolders) error {
	at := revAt{rz.z, rev}
	if given[at] || rz.aliases[rev] || !f.serves(rz.z, rev, zone.TypePTR) {
		return nil
	}
	if ptrs := f.ptrsIn(rev, rz.z); len(ptrs) > 0 {
		if f.ptr.stalePTR {
			f.judgePTRs(ptrs, &a, h)
		}
		return nil
	}
	given[at] = true
	after, anchor := rz.neighbour(a.Record.Addr())
	if after == nil {
		return nil
	}
	var models []*zone.Record
	if after == rz.fallback {
		models = rz.models
	}
	line, err := f.ed.Neighbour(after, anchor, models, rev, "PTR", a.Record.Name)
	if err != nil {
		return err
	}
	rec := zone.Record{Name: rev, Type: zone.TypePTR, Class: rz.z.Class, TTL: after.TTL, Data: a.Record.Name}
	rec.SetPos(anchor.Pos())
	f.res.Added = append(f.res.Added, Addition{Zone: rz.z, Record: rec, Line: line, Source: a.Source})
	return f.ed.InsertAfter(anchor.Pos(), line)
}

// ptrsIn returns the PTR records of reverse name rev in zone z.
func (f *fixer) ptrsIn(rev string, z *zone.Zone) []*zone.Record {
	var out []*zone.Record
	for _, x := range f.records(rev, zone.TypePTR) {
		if x.z == z {
			out = append(out, x.r)
		}
	}
	return out
}
