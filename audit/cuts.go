package audit

import (
	"github.com/zonegen/zonegen/zone"
)

// The index leaves out the records a zone is not authoritative for, so
// that no check sees them as data of their names: zone.Cuts holds the
// rule (docs/decisions.md, "Occluded records").

// isCutter reports whether records of type t may cut the names below
// their owner off the zone: hashRuns notes those records for findCuts.
func isCutter(t zone.Type) bool { return t == zone.TypeNS || t == zone.TypeDNAME }

// findCuts adds the parts' cutters to the index's cuts, and groups the
// DNAMEs of each owner in its zone for cname-other-data.
func (ix *index) findCuts(parts []part) {
	var place map[cutOwner]int
	for _, pt := range parts {
		for _, i := range pt.cutters {
			r := &pt.rs[i]
			ix.cuts.Add(pt.origin, r)
			if r.Type != zone.TypeDNAME || !zone.InZone(r.Name, pt.origin) {
				continue
			}
			if place == nil {
				place = map[cutOwner]int{}
			}
			k, ok := place[cutOwner{pt.origin, r.Name}]
			if !ok {
				k = len(ix.dnames)
				place[cutOwner{pt.origin, r.Name}] = k
				ix.dnames = append(ix.dnames, nil)
			}
			ix.dnames[k] = append(ix.dnames[k], r)
		}
	}
}

// occlude marks in owner, which holds the runStart marks, the records
// that are not authoritative data of their owner (zone.Cuts.Authority),
// reading only the parts of zones that may have such records, on every
// core.
func (ix *index) occlude(parts []part, owner []int32) {
	if !ix.cuts.MayOccludeAny() {
		return
	}
	eachPart(parts, func(pt *part) {
		if !ix.cuts.MayOcclude(pt.origin) {
			return
		}
		auth := zone.AuthAll
		for i := pt.lo; i < pt.hi; i++ {
			o := &owner[pt.at+i-pt.lo]
			if *o&runStart != 0 {
				auth = ix.cuts.Authority(pt.rs[i].Name, pt.origin)
			}
			if auth != zone.AuthAll {
				pt.atCut = append(pt.atCut, int32(i))
			}
			if !auth.Keeps(pt.rs[i].Type) {
				*o |= occluded
			}
		}
	})
	ix.groupCNAMEsAtCuts(parts)
}

// groupCNAMEsAtCuts fills ix.cnamesAtCuts from the parts' records at cuts:
// only the owners with a CNAME there are gathered, so that a zone of 300k
// delegations costs a look at each record's type (test 20e D3: grouping
// them all took 2.3 times the CPU and 180 MB more).
func (ix *index) groupCNAMEsAtCuts(parts []part) {
	var place map[cutOwner]int
	for _, pt := range parts {
		for _, i := range pt.atCut {
			if r := &pt.rs[i]; r.Type == zone.TypeCNAME {
				if place == nil {
					place = map[cutOwner]int{}
				}
				if _, ok := place[cutOwner{pt.origin, r.Name}]; !ok {
					place[cutOwner{pt.origin, r.Name}] = len(place)
				}
			}
		}
	}
	if place == nil {
		return
	}
	ix.cnamesAtCuts = make([][]*zone.Record, len(place))
	for _, pt := range parts {
		for _, i := range pt.atCut {
			if k, ok := place[cutOwner{pt.origin, pt.rs[i].Name}]; ok {
				ix.cnamesAtCuts[k] = append(ix.cnamesAtCuts[k], &pt.rs[i])
			}
		}
	}
}

// viewCuts is the cuts of one namespace audited, a view or a set without
// views, and the zones of it.
type viewCuts struct {
	zones []*zone.Zone
	cuts  *zone.Cuts
}

// mergeCuts lists the cuts of every view, in view order.
func mergeCuts(results []*Result) []viewCuts {
	var out []viewCuts
	for _, r := range results {
		out = append(out, r.cuts...)
	}
	return out
}

// Cuts returns the cuts the audit found for each zone that parsed: those
// of the namespace it was audited in, each view's where the set has views
// (a zone every view reads has one for each: a child zone in one view
// only occludes its names in that view alone, test 17 D4). fix adds no
// record where no view of its zone is authoritative, as the audit's index
// leaves none there. Empty for a Result built by hand.
func (r *Result) Cuts() map[*zone.Zone][]*zone.Cuts {
	out := map[*zone.Zone][]*zone.Cuts{}
	for _, v := range r.cuts {
		for _, z := range v.zones {
			out[z] = append(out[z], v.cuts)
		}
	}
	return out
}
