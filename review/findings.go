package review

import (
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// syntaxID is the check of a zone that does not parse. Its finding is
// always reported, old or new: the file does not parse now, review exits
// 2 for it, and the finding is what says why.
const syntaxID = "syntax"

// audit audits both versions and keeps the findings that the change
// introduces, the syntax findings of the new version, and
// serial-not-incremented.
func (res *Result) audit(before, after []*zone.Zone, opt audit.Options) error {
	now, err := audit.Run(after, opt)
	if err != nil {
		return err
	}
	old, err := audit.Run(before, opt)
	if err != nil {
		return err
	}
	fresh := newFindings(old, now, recordsByPos(before), recordsByPos(after))
	// review's own check, on unless --disable (or the config) turns it off
	if on, err := audit.Selected(opt, "review"); err == nil && on[audit.SerialNotIncremented().ID] {
		fresh = append(fresh, serialFindings(before, after, res.Files)...)
	}
	audit.SortFindings(fresh)
	if fresh == nil {
		fresh = []audit.Finding{}
	}
	now.SetFindings(fresh)
	res.Audit = now
	return nil
}

// newFindings returns the findings of now that old does not have, and the
// syntax findings of now. Findings are counted, not just compared: a key
// that old has once and now twice (a record copied once more beside a
// duplicate) is one new finding, the later one in report order.
func newFindings(old, now *audit.Result, oldAt, nowAt map[zone.Pos]*zone.Record) []audit.Finding {
	seen := map[string]int{}
	for f := range old.AllFindings() {
		seen[key(f, oldAt)]++
	}
	var fresh []audit.Finding
	for f := range now.AllFindings() {
		k := key(f, nowAt)
		switch {
		case f.Check == syntaxID:
			fresh = append(fresh, f)
		case seen[k] > 0:
			seen[k]--
		default:
			fresh = append(fresh, f)
		}
	}
	return fresh
}

// key identifies a finding across versions: its check, its name and the
// record it points at, not its line, which moves. A finding that points at
// no single record (a $GENERATE line, a whole file) is known by its message.
func key(f audit.Finding, at map[zone.Pos]*zone.Record) string {
	rec := f.Message
	if r, ok := at[f.Pos]; ok {
		rec = recordKey(r, ttlChecks[f.Check])
	}
	return f.Check + "|" + f.Name + "|" + rec
}

// ttlChecks are the checks about TTLs: for them a record whose TTL changed
// is another record, since the change may make or end the mismatch. Every
// other finding keeps its identity through a TTL change (a $TTL lowered
// before a cut-over, an explicit TTL added), which once re-reported every
// old finding of the records it touched as new.
var ttlChecks = map[string]bool{audit.AAAATTLMismatch().ID: true, audit.RRsetTTLMismatch().ID: true}

// recordsByPos maps each position to the record there (the first one: a
// $GENERATE line makes several).
func recordsByPos(zones []*zone.Zone) map[zone.Pos]*zone.Record {
	at := map[zone.Pos]*zone.Record{}
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if _, dup := at[r.Pos()]; !dup {
				at[r.Pos()] = r
			}
		}
	}
	return at
}

// recordKey is the text of a record as findings are matched by it: the
// record as parsed (so its layout does not count), without its TTL unless
// withTTL, and an SOA without its serial, which every change raises, so
// that a finding about the SOA is not new after each bump.
func recordKey(r *zone.Record, withTTL bool) string {
	k := *r
	if !withTTL {
		k.TTL = 0
	}
	if k.Type == zone.TypeSOA {
		f := strings.Fields(k.Data) // mname rname serial refresh retry expire minimum
		if len(f) > 2 {
			f[2] = "-"
		}
		k.Data = strings.Join(f, " ")
	}
	return k.String()
}
