package audit

import "github.com/zonegen/zonegen/zone"

// eachSRV calls fn for the SRV records of the Lync services (of every
// service with --all-hosts), owner by owner.
func (p *pass) eachSRV(fn func(r *zone.Record)) {
	for _, r := range p.ix.recs {
		if r.Type == zone.TypeSRV && p.isLync(r.Name) {
			fn(r)
		}
	}
}
