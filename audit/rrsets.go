package audit

import "github.com/zonegen/zonegen/zone"

// eachRRset calls fn with the records of each owner and type, in file
// order (classes other than the zone's are rare and come along), for the
// names the record checks look at.
func (p *pass) eachRRset(fn func(rs []*zone.Record)) {
	recs := p.ix.recs
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].Type == recs[i].Type && recs[j].Name == recs[i].Name {
			j++
		}
		if p.isLync(recs[i].Name) {
			fn(recs[i:j:j])
		}
		i = j
	}
}
