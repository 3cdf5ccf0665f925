package audit

import "github.com/zonegen/zonegen/zone"

// eachSRV calls fn for every SRV record of the set, in file order of owners.
func (p *pass) eachSRV(fn func(r *zone.Record)) {
	for _, r := range p.ix.recs {
		if r.Type == zone.TypeSRV {
			fn(r)
		}
	}
}
