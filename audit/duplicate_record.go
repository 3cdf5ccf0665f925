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
		"pool member listed twice instead of the one that is missing.",
	Bad:  "pool01  A  10.0.1.11\npool01  A  10.0.1.11",
	Good: "pool01  A  10.0.1.11\npool01  A  10.0.1.12",
	Ref:  "RFC 2181 §5",
	run:  runDuplicateRecord,
}

func runDuplicateRecord(p *pass, c *Check) {
	for _, name := range p.ix.order {
		seen := map[string]*zone.Record{}
		for _, r := range p.ix.names[name] {
			k := r.Class.String() + " " + r.Type.String() + " " + r.Rdata()
			if f, dup := seen[k]; dup {
				p.report(c, name, r.Pos, fmt.Sprintf("%s %s %s is listed twice", name, r.Type, r.Rdata()),
					Related{Pos: f.Pos, Note: "first copy"})
				continue
			}
			seen[k] = r
		}
	}
}
