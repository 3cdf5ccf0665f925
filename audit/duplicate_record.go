package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkDuplicateRecord = &Check{
	ID:       "duplicate-record",
	Severity: Warning,
	Stage:    "audit",
	Title:    "the same record twice",
	Text: "A record with the same name, class, type and data as an earlier one. DNS serves it once (an " +
		"RRset is a set), so the copy is dead text that hides intent, often a paste left behind or a " +
		"pool member listed twice instead of the one that is missing." + recordScope,
	Bad:  "pool01  A  10.0.1.11\npool01  A  10.0.1.11",
	Good: "pool01  A  10.0.1.11\npool01  A  10.0.1.12",
	Ref:  "RFC 2181 §5",
	run:  runDuplicateRecord,
}

func runDuplicateRecord(p *pass, c *Check) {
	p.eachRRset(func(rs []*zone.Record) {
		var seen map[string]*zone.Record // for large RRsets only
		if len(rs) > 32 {
			seen = make(map[string]*zone.Record, len(rs))
		}
		for i, r := range rs {
			var f *zone.Record
			if seen != nil {
				k := r.Class.String() + " " + r.Rdata()
				if f = seen[k]; f == nil {
					seen[k] = r
				}
			} else {
				f = firstCopy(rs[:i], r)
			}
			if f != nil {
				p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s %s %s is listed twice", r.Name, r.Type, r.Rdata()),
					Related{Pos: f.Pos(), Note: "first copy"})
			}
		}
	})
}

// firstCopy returns the first record of before with the same class and
// data as r, or nil. RRsets are small; a large one is searched once per
// record all the same, which stays linear for the usual case.
func firstCopy(before []*zone.Record, r *zone.Record) *zone.Record {
	for _, b := range before {
		if b.Class == r.Class && b.SameRdata(r) {
			return b
		}
	}
	return nil
}
