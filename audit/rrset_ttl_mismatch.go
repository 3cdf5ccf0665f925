package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkRRsetTTLMismatch = &Check{
	ID:       "rrset-ttl-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "the records of one RRset have different TTLs",
	Text: "All records of an RRset (same name, class and type) must have the same TTL (RFC 2181 §5.2). " +
		"Servers serve one TTL for the set, so the file does not say what is served; a pool whose A " +
		"records differ in TTL is the usual case.",
	Bad:  "pool01  3600  A  10.0.1.11\npool01  300   A  10.0.1.12",
	Good: "pool01  3600  A  10.0.1.11\npool01  3600  A  10.0.1.12",
	Ref:  "RFC 2181 §5.2",
	run:  runRRsetTTLMismatch,
}

func runRRsetTTLMismatch(p *pass, c *Check) {
	for _, name := range p.ix.order {
		first := map[rrsetKey]*zone.Record{}
		reported := map[rrsetKey]bool{}
		for _, r := range p.ix.names[name] {
			k := rrsetKey{r.Type, r.Class}
			f, ok := first[k]
			if !ok {
				first[k] = r
				continue
			}
			if r.TTL != f.TTL && !reported[k] {
				reported[k] = true
				p.report(c, name, r.Pos, fmt.Sprintf("%s %s has TTL %d here and %d in the first record of the set", name, r.Type, r.TTL, f.TTL),
					Related{Pos: f.Pos, Note: "first record of the RRset"})
			}
		}
	}
}

type rrsetKey struct {
	t zone.Type
	c zone.Class
}
