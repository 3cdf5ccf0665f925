package audit

import "github.com/zonegen/zonegen/zone"

// eachRRset calls fn with the records of each owner and type, in file
// order (classes other than the zone's are rare and come along), for the
// names the record checks look at.
func (p *pass) eachRRset(fn func(rs []*zone.Record)) {
	for id := range p.ix.heads {
		if !p.isLyncID(int32(id)) {
			continue
		}
		rs := p.ix.allOf(int32(id))
		for i := 0; i < len(rs); {
			j := i + 1
			for j < len(rs) && rs[j].Type == rs[i].Type {
				j++
			}
			fn(rs[i:j:j])
			i = j
		}
	}
}
