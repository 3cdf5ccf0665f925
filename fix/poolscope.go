package fix

import (
	"fmt"
	"maps"
	"math/bits"
	"net/netip"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/zone"
)

// dropMixedScopes leaves without an AAAA every host whose new addresses
// would give one of its pools a scope that the pool's other addresses do
// not have: the audit of the result would report pool-scope-mixed, an
// error. The servers of a pool with unique-local AAAA records get no
// global ones from a plan; a pool of no AAAA yet, whose new addresses the
// plan gives in two scopes, gets none, since the plan does not say which
// scope is right. A pool that has mixed scopes already may get more of
// the scopes it has. It is decided on everything the plan gives that the
// collisions left (dropCollisions runs first), before any host is left
// out by it, and in each view apart (audit.Pool.View): a
// host left out of the internal view's pool may get its AAAA in the
// external view, unless that line would go into a file the internal view
// reads too (sharedDrops). It returns the hosts left out, by zone, for
// settle to take out of Added with what follows from them.
func (f *fixer) dropMixedScopes() map[hostZone]bool {
	if !f.pool.scopes || len(f.pool.pools) == 0 || len(f.res.Added) == 0 {
		return nil
	}
	added := newPlaces(f.res.Added)
	vp := f.viewPlaces()
	views := vp.zones          // the zones of each view
	left := map[string][]int{} // the views each host is left out of
	var outs []leftOut
	for _, p := range f.pool.pools {
		v := p.View
		for _, m := range f.mixing(&p, vp) {
			if !slices.Contains(left[m.name], v) {
				left[m.name] = append(left[m.name], v)
				outs = append(outs, leftOut{m, v})
			}
		}
	}
	if len(outs) == 0 {
		return nil
	}
	drop, notes := f.sharedDrops(left, views, added)
	for _, o := range outs {
		f.leaveOutMixed(o.name, views[o.view], o.why+notes[hostView{o.name, o.view}])
	}
	return drop
}

// leftOut is a host left out of a view (audit.Pool.View).
type leftOut struct {
	mixer
	view int
}

// hostZone is a host's new records in one zone.
type hostZone struct {
	name string
	z    *zone.Zone
}

// hostView is a host in a view (audit.Pool.View): a zone given once is in
// every view, so no zone names a view.
type hostView struct {
	name string
	view int
}

// sharedDrops returns the hosts' new records to drop, by host and zone,
// for the hosts left out of views (left; views: the zones of each view;
// added: the records' places in Added), and for each host and view left
// out, what else that drops, for its finding.
// A host left out of a view loses its new records in the view's zones, and also those of any other
// zone, in any view, whose new line would go into a file the view reads
// (a zone's own file or its $INCLUDEs): an $INCLUDE that two views share
// would hand the other view's line to the view that refused it, and the
// read-back check would then stop the whole run (tester 5's defect 2).
// Such a host loses all of its new records in that other zone, since half
// a pool in IPv6 is worse than none.
func (f *fixer) sharedDrops(left map[string][]int, views map[int]map[*zone.Zone]bool, added places) (drop map[hostZone]bool, notes map[hostView]string) {
	drop, notes = map[hostZone]bool{}, map[hostView]string{}
	files := map[int]map[string]bool{}                    // the files each view reads
	for _, name := range slices.Sorted(maps.Keys(left)) { // the notes in one order
		for _, v := range left[name] {
			if files[v] == nil {
				files[v] = viewFiles(views[v])
			}
			for i := added.first(name); i >= 0; i = added.next[i] {
				a := &f.res.Added[i]
				key := hostZone{name, a.Zone}
				switch {
				case views[v][a.Zone]:
					drop[key] = true
				case files[v][a.Record.Pos().File] && !drop[key]:
					drop[key] = true
					notes[hostView{name, v}] += fmt.Sprintf("; nor in %s, whose new line would go into %s, which this view reads too", a.Zone.File, a.Record.Pos().File)
				}
			}
		}
	}
	return drop, notes
}

// viewFiles returns the files the zones of a view read: their own and
// the files they $INCLUDE.
func viewFiles(view map[*zone.Zone]bool) map[string]bool {
	out := map[string]bool{}
	for z := range view {
		out[z.File] = true
		for _, inc := range z.Includes {
			out[inc] = true
		}
	}
	return out
}

// places are the places in Added of each name's new records, in order, as
// lists linked through next: 100k names at 1M records, where a slice each
// was 100k allocations.
type places struct {
	head map[string]int // each name's first place
	next []int          // the place after each, -1 at the end
}

// newPlaces returns the places of the records of added.
func newPlaces(added []Addition) places {
	p := places{head: map[string]int{}, next: make([]int, len(added))}
	for i := len(added) - 1; i >= 0; i-- {
		name := added[i].Record.Name
		if j, ok := p.head[name]; ok {
			p.next[i] = j
		} else {
			p.next[i] = -1
		}
		p.head[name] = i
	}
	return p
}

// first returns the first place of name's records, or -1.
func (p places) first(name string) int {
	if i, ok := p.head[name]; ok {
		return i
	}
	return -1
}

// zoneSet returns the set of zones.
func zoneSet(zones []*zone.Zone) map[*zone.Zone]bool {
	set := make(map[*zone.Zone]bool, len(zones))
	for _, z := range zones {
		set[z] = true
	}
	return set
}

// mixer is a host whose new records would mix the scopes of a pool, and
// why.
type mixer struct{ name, why string }

// mixing returns the hosts of pool p whose new records in the pool's view
// (vp: the records' places by name and view) bring it a scope its
// addresses do not have, each once, in the order of Added.
func (f *fixer) mixing(p *audit.Pool, vp *viewPlaces) []mixer {
	var had scopeSet
	for _, a := range p.AAAA {
		had |= scopeOf(a)
	}
	all := had
	var news []int32
	for _, name := range p.Names {
		for _, i := range vp.places(name, p.View) {
			news = append(news, i)
			all |= scopeOf(f.res.Added[i].Record.Addr())
		}
	}
	if all.count() < 2 || all == had {
		return nil
	}
	slices.Sort(news)
	var out []mixer
	taken := map[string]bool{} // the hosts in out: a pool may have thousands
	for _, i := range news {
		rec := &f.res.Added[i].Record
		if had&scopeOf(rec.Addr()) != 0 || taken[rec.Name] {
			continue
		}
		taken[rec.Name] = true
		out = append(out, mixer{rec.Name, fmt.Sprintf("the plan gives %s (%s, from %s), where pool %s %s: not written",
			rec.Addr(), addrscope.Of(rec.Addr()), f.res.Added[i].Source, p.Name, poolScopes(p, had))})
	}
	return out
}

// scopeSet is a set of the scopes of addrscope.Of, a bit each: a pool's
// scopes are worked out for each of 24k pools at 1M records, and two maps
// each were 48k allocations.
type scopeSet uint8

// scopeNames are the scopes of scopeSet, in the order of its bits.
var scopeNames = []string{addrscope.Global, addrscope.UniqueLocal, addrscope.LinkLocal, addrscope.Documentation, addrscope.Reserved}

// scopeOf returns the set of the one scope of address a.
func scopeOf(a netip.Addr) scopeSet { return 1 << slices.Index(scopeNames, addrscope.Of(a)) }

// count returns the number of scopes in s.
func (s scopeSet) count() int { return bits.OnesCount8(uint8(s)) }

// names returns the scopes in s, sorted.
func (s scopeSet) names() []string {
	var out []string
	for i, n := range scopeNames {
		if s&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// poolScopes says what scopes pool p has (had), for a message.
func poolScopes(p *audit.Pool, had scopeSet) string {
	if had == 0 {
		return "has no AAAA yet and gets addresses of several scopes"
	}
	return fmt.Sprintf("has %s addresses (%s)", strings.Join(had.names(), " and "), addrList(p.AAAA))
}

// leaveOutMixed adds the pool-scope-mixed finding of host name, left
// without an AAAA in the view of the zones view, at its first A record
// there.
func (f *fixer) leaveOutMixed(name string, view map[*zone.Zone]bool, why string) {
	as := f.records(name, zone.TypeA)
	first := as[slices.IndexFunc(as, func(a ref) bool { return view[a.z] })]
	f.res.Left = append(f.res.Left, audit.PoolScopeMixed().Finding(name, first.r.Pos(), name+" needs an AAAA and "+why))
}
