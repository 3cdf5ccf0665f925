package fix

import (
	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// viewPlaces are the views that have pools (audit.Pool.View), the views
// each zone is in, and the places in Added of the new records of each
// name of a pool in each view. A server of V views (zones that $INCLUDE
// one part) has records in V zones; each view's pool that went through
// all of them, to keep its own view's, took V² steps (tester 9's D1).
type viewPlaces struct {
	zones  map[int]map[*zone.Zone]bool // the zones of each view that has pools
	of     map[*zone.Zone][]int        // the views of each zone: a zone given once is in every view
	at     map[hostView][]int32        // the places in Added of each pool name's records in each view
	wanted map[string]bool             // the names of the pools
}

// newViewPlaces indexes the new records of added of the names of pools
// (Names and Full), by name and view.
func newViewPlaces(pools []audit.Pool, added []Addition) *viewPlaces {
	wanted := map[string]bool{}
	vp := &viewPlaces{zones: map[int]map[*zone.Zone]bool{}, of: map[*zone.Zone][]int{}, at: map[hostView][]int32{}, wanted: wanted}
	for p := range pools {
		pool := &pools[p]
		if vp.zones[pool.View] == nil {
			vp.zones[pool.View] = zoneSet(pool.Zones)
			for _, z := range pool.Zones {
				vp.of[z] = append(vp.of[z], pool.View)
			}
		}
		for _, n := range pool.Names {
			wanted[n] = true
		}
		for _, n := range pool.Full {
			wanted[n] = true
		}
	}
	vp.add(added, 0)
	return vp
}

// add indexes the records of added from place from on: those added to
// Added since the index was made, which come after every place it holds,
// so that each name's places stay in order.
func (vp *viewPlaces) add(added []Addition, from int) {
	for i := from; i < len(added); i++ {
		a := &added[i]
		if !vp.wanted[a.Record.Name] {
			continue
		}
		for _, v := range vp.of[a.Zone] {
			k := hostView{a.Record.Name, v}
			vp.at[k] = append(vp.at[k], int32(i))
		}
	}
}

// viewPlaces returns the index of the new records of the pools' names by
// view (fixer.vp), made on first use: after dropCollisions, the last step
// that takes records out of Added before settle.
func (f *fixer) viewPlaces() *viewPlaces {
	if f.pool.vp == nil {
		f.pool.vp = newViewPlaces(f.pool.pools, f.res.Added)
	}
	return f.pool.vp
}

// places returns the places in Added, in order, of name's new records in
// the zones of view.
func (vp *viewPlaces) places(name string, view int) []int32 {
	return vp.at[hostView{name, view}]
}

// view returns the zones of view.
func (vp *viewPlaces) view(v int) map[*zone.Zone]bool {
	return vp.zones[v]
}
