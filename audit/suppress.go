package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
)

var checkBadSuppression = &Check{
	ID:       "bad-suppression",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a zonegen:ignore comment without a reason, with an unknown check, or that suppresses nothing",
	Text: "A trailing comment `; zonegen:ignore CHECK reason` on a record's line suppresses that check's " +
		"finding for the record. The reason is required, so that the next engineer knows why the finding " +
		"was accepted; a suppression without one, or one that names a check zonegen does not have, is " +
		"reported. A valid check ID still suppresses its finding. A suppression that suppresses nothing " +
		"is reported too, with the line of the check's finding for the same name when there is one, where " +
		"the comment belongs: the finding of a host or pool is at its first record. Only the suppressions " +
		"of the checks that ran are judged (not those of a check turned off, or of a check that runs only " +
		"with --view external, or only in fix or review), on the names the run looks at: one on a name " +
		"that is no Lync host is judged with --all-hosts only.",
	Bad:  "fe09  A  10.0.1.19 ; zonegen:ignore missing-aaaa",
	Good: "fe09  A  10.0.1.19 ; zonegen:ignore missing-aaaa lab server, retired in June",
	Ref:  "zonegen",
}

// suppressionKey is a check suppressed at a record's position.
type suppressionKey struct {
	pos   zone.Pos
	check string
}

// suppressions holds the checks that the zonegen:ignore comments of a zone
// set suppress, by position: a key is there when a comment suppresses its
// check at its position, and is true once it has suppressed a finding.
type suppressions map[suppressionKey]bool

// use reports whether the suppressions suppress check k, and notes that
// one did.
func (s suppressions) use(k suppressionKey) bool {
	if _, ok := s[k]; !ok {
		return false
	}
	s[k] = true
	return true
}

// applySuppressions drops from each chunk the findings and notes that a
// zonegen:ignore comment on their record suppresses, and adds a chunk that
// reports the malformed suppressions. It returns the suppressions, each
// marked when it suppressed something.
func applySuppressions(chunks [][]Finding, notes []noteList, ix *index, zones []*zone.Zone, enabled map[string]bool) ([][]Finding, []noteList, suppressions) {
	ignored, bad := readSuppressions(zones, enabled[checkBadSuppression.ID])
	if len(ignored) > 0 {
		for i, fs := range chunks {
			chunks[i] = appendKept(fs[:0], fs, ignored)
		}
		for i, ns := range notes {
			out := ns.notes[:0]
			for _, n := range ns.notes {
				if !ignored.use(suppressionKey{ix.recs[n.rec].Pos(), ns.check.ID}) {
					out = append(out, n)
				}
			}
			notes[i].notes = out
		}
	}
	return append(chunks, bad), notes, ignored
}

// Suppress returns the findings of fs that no zonegen:ignore comment of
// zones suppresses, by audit's rule: a comment that names the finding's
// check on the finding's record. It is for the findings of the other
// commands (fix's no-plan), which audit.Run does not make; a malformed
// comment is audit's to report. fs is left as it was.
func Suppress(fs []Finding, zones []*zone.Zone) []Finding {
	ignored, _ := readSuppressions(zones, false)
	return appendKept(make([]Finding, 0, len(fs)), fs, ignored)
}

// appendKept appends to dst the findings of fs that ignored does not
// suppress; dst may be fs[:0], to filter fs in place.
func appendKept(dst, fs []Finding, ignored suppressions) []Finding {
	for _, f := range fs {
		if !suppressed(&f, ignored) {
			dst = append(dst, f)
		}
	}
	return dst
}

// suppressed reports whether a zonegen:ignore comment suppresses f, and
// notes each that does: one on its record's line, or, for ptr-mismatch,
// one on the PTR's line (its first related record). fix reports a stale
// PTR there, before the AAAA the audit reports it at exists, so that one
// comment silences both (test 14 D3).
func suppressed(f *Finding, ignored suppressions) bool {
	hit := ignored.use(suppressionKey{f.Pos, f.Check})
	if f.Check == checkPTRMismatch.ID && len(f.Related) > 0 && ignored.use(suppressionKey{f.Related[0].Pos, f.Check}) {
		hit = true
	}
	return hit
}

// readSuppressions returns the checks that the suppressions of zones
// suppress and, when report is set, the findings of the malformed ones.
func readSuppressions(zones []*zone.Zone, report bool) (suppressions, []Finding) {
	ignored := suppressions{}
	var bad []Finding
	for _, z := range zones {
		start := len(bad)
		for _, s := range z.Suppressions {
			if _, ok := Lookup(s.Check); ok && s.Check != checkSyntax.ID { // syntax is always said
				ignored[suppressionKey{s.Pos, s.Check}] = false
			}
			if f, ok := badSuppression(s); ok && report {
				bad = append(bad, f)
			}
		}
		nameOwners(bad[start:], z)
	}
	return ignored, bad
}

// badSuppression returns the finding for suppression s if it is malformed,
// without its Name.
func badSuppression(s zone.Suppression) (Finding, bool) {
	msg := ""
	switch _, known := Lookup(s.Check); {
	case s.Check == "":
		msg = "zonegen:ignore names no check"
	case !known:
		msg = fmt.Sprintf("zonegen:ignore names an unknown check %s", clip.Quote(s.Check))
	case s.Reason == "":
		msg = fmt.Sprintf("zonegen:ignore %s gives no reason; say why the finding is accepted", s.Check)
	default:
		return Finding{}, false
	}
	return Finding{Check: checkBadSuppression.ID, Severity: checkBadSuppression.Severity, Pos: s.Pos, Message: msg}, true
}

// nameOwners names each finding of fs after the first record of z at its
// position, or after z's origin when no record is there, in one pass over
// the records.
func nameOwners(fs []Finding, z *zone.Zone) {
	if len(fs) == 0 {
		return
	}
	owner := make(map[zone.Pos]int, len(fs)) // position -> index of its first record, or -1
	for _, f := range fs {
		owner[f.Pos] = -1
	}
	for i := range z.Records {
		if j, ok := owner[z.Records[i].Pos()]; ok && j < 0 {
			owner[z.Records[i].Pos()] = i
		}
	}
	for i := range fs {
		fs[i].Name = z.Origin
		if j := owner[fs[i].Pos]; j >= 0 {
			fs[i].Name = z.Records[j].Name
		}
	}
}
