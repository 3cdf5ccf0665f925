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
		"records differ in TTL is the usual case." + recordScope,
	Bad:  "pool01  3600  A  10.0.1.11\npool01  300   A  10.0.1.12",
	Good: "pool01  3600  A  10.0.1.11\npool01  3600  A  10.0.1.12",
	Ref:  "RFC 2181 §5.2",
	run:  runRRsetTTLMismatch,
}

// RRsetTTLMismatch is the check of that name: review matches its findings with
// the TTL (a TTL change may make or end one).
func RRsetTTLMismatch() *Check { return checkRRsetTTLMismatch.copy() }

func runRRsetTTLMismatch(p *pass, c *Check) {
	p.eachRRset(func(rs []*zone.Record) {
		type state struct {
			first    *zone.Record
			reported bool
		}
		var classes []state // almost always one
	records:
		for _, r := range rs {
			for k := range classes {
				s := &classes[k]
				if s.first.Class != r.Class {
					continue
				}
				if r.TTL != s.first.TTL && !s.reported {
					s.reported = true
					p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s %s has TTL %d here and %d in the first record of the set", r.Name, r.Type, r.TTL, s.first.TTL),
						Related{Pos: s.first.Pos(), Note: "first record of the RRset"})
				}
				continue records
			}
			classes = append(classes, state{first: r})
		}
	})
}
