package audit

import (
	"fmt"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

var checkCNAMEOtherData = &Check{
	ID:       "cname-other-data",
	Severity: Error,
	Stage:    "audit",
	Title:    "a CNAME beside other data at the same name",
	Text: "A name that is an alias can have no other records (RFC 1034 §3.6.2; the DNSSEC records RRSIG, NSEC, SIG and KEY excepted), " +
		"and only one CNAME; a DNAME too is one at most at its name (RFC 6672 §2.4). BIND refuses such a zone, and with it every Lync name in it: the check looks at every name, not only the Lync names.",
	Bad:  "lyncdiscover  CNAME  webext\nlyncdiscover  A      198.51.100.20",
	Good: "lyncdiscover  CNAME  webext",
	Ref:  "RFC 1034 §3.6.2; RFC 2181 §10.1; RFC 6672 §2.4",
	run:  runCNAMEOtherData,
}

// runCNAMEOtherData looks at every name, Lync's or not: BIND refuses the
// whole zone ("CNAME and other data", "multiple RRs of singleton type"),
// and with it every Lync name (test 20a #1). It looks at the names at or
// below the cuts of their zone too, whose records the index leaves out
// (review 20b #1: BIND refuses those zones all the same).
func runCNAMEOtherData(p *pass, c *Check) {
	for id := range p.ix.heads {
		if p.ix.hasCNAME(int32(id)) {
			cnameOtherData(p, c, p.ix.allOf(int32(id)))
		}
	}
	for _, rs := range p.ix.cnamesAtCuts {
		cnameOtherData(p, c, rs)
	}
	for _, rs := range p.ix.dnames {
		if distinct := distinctData(rs); distinct > 1 {
			name := rs[0].Name
			p.report(c, name, rs[0].Pos(), fmt.Sprintf("%s has %d DNAMEs: a name has one at most (RFC 6672 §2.4)", name, distinct))
		}
	}
}

// cnameOtherData reports a CNAME beside other data, or a second CNAME,
// among rs, the records of one owner in one zone.
func cnameOtherData(p *pass, c *Check, rs []*zone.Record) {
	var cn []*zone.Record
	for _, r := range rs {
		if r.Type == zone.TypeCNAME {
			cn = append(cn, r)
		}
	}
	if len(cn) == 0 {
		return
	}
	other := map[string]bool{}
	var types []string
	for _, r := range rs {
		t := r.Type.String()
		if r.Type == zone.TypeCNAME || besideCNAME[t] || other[t] {
			continue
		}
		other[t] = true
		types = append(types, t)
	}
	if distinct := distinctData(cn); distinct > 1 {
		types = append(types, fmt.Sprintf("%d CNAMEs", distinct))
	}
	if len(types) > 0 {
		name := cn[0].Name
		p.report(c, name, cn[0].Pos(), fmt.Sprintf("%s is a CNAME and also has %s", name, strings.Join(types, ", ")))
	}
}

// besideCNAME holds the types that DNSSEC lets sit beside a CNAME: RRSIG
// and NSEC (RFC 4035 §2.5), and SIG and KEY before them (RFC 2181 §10.1).
// BIND 9.18 loads these four there and refuses any other (test 18 D5).
var besideCNAME = map[string]bool{"RRSIG": true, "NSEC": true, "SIG": true, "KEY": true}

func distinctData(rs []*zone.Record) int {
	seen := map[string]bool{}
	for _, r := range rs {
		seen[r.Data] = true
	}
	return len(seen)
}
