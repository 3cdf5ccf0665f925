package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkBadSuppression = &Check{
	ID:       "bad-suppression",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a zonegen:ignore comment without a reason or with an unknown check",
	Text: "A trailing comment `; zonegen:ignore CHECK reason` on a record's line suppresses that check's " +
		"finding for the record. The reason is required, so that the next engineer knows why the finding " +
		"was accepted; a suppression without one, or one that names a check zonegen does not have, is " +
		"reported. A valid check ID still suppresses its finding.",
	Bad:  "fe09  A  10.0.1.19 ; zonegen:ignore missing-aaaa",
	Good: "fe09  A  10.0.1.19 ; zonegen:ignore missing-aaaa lab server, retired in June",
	Ref:  "zonegen",
}

// applySuppressions drops from each chunk the findings and notes that a
// zonegen:ignore comment on their record suppresses, and adds a chunk that
// reports the malformed suppressions.
func applySuppressions(chunks [][]Finding, notes []noteList, ix *index, zones []*zone.Zone, enabled map[string]bool) ([][]Finding, []noteList) {
	type key struct {
		pos   zone.Pos
		check string
	}
	ignored := map[key]bool{}
	var bad []Finding
	for _, z := range zones {
		for _, s := range z.Suppressions {
			if _, ok := Lookup(s.Check); ok {
				ignored[key{s.Pos, s.Check}] = true
			}
			if f, ok := badSuppression(s, z); ok && enabled[checkBadSuppression.ID] {
				bad = append(bad, f)
			}
		}
	}
	if len(ignored) > 0 {
		for i, fs := range chunks {
			out := fs[:0]
			for _, f := range fs {
				if !ignored[key{f.Pos, f.Check}] {
					out = append(out, f)
				}
			}
			chunks[i] = out
		}
		for i, ns := range notes {
			out := ns.notes[:0]
			for _, n := range ns.notes {
				if !ignored[key{ix.recs[n.rec].Pos(), ns.check.ID}] {
					out = append(out, n)
				}
			}
			notes[i].notes = out
		}
	}
	return append(chunks, bad), notes
}

func badSuppression(s zone.Suppression, z *zone.Zone) (Finding, bool) {
	msg := ""
	switch _, known := Lookup(s.Check); {
	case s.Check == "":
		msg = "zonegen:ignore names no check"
	case !known:
		msg = fmt.Sprintf("zonegen:ignore names an unknown check %q", s.Check)
	case s.Reason == "":
		msg = fmt.Sprintf("zonegen:ignore %s gives no reason; say why the finding is accepted", s.Check)
	default:
		return Finding{}, false
	}
	name := z.Origin
	for i := range z.Records {
		if z.Records[i].Pos() == s.Pos {
			name = z.Records[i].Name
			break
		}
	}
	return Finding{Check: checkBadSuppression.ID, Severity: checkBadSuppression.Severity, Name: name, Pos: s.Pos, Message: msg}, true
}
