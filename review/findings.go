package review

import (
	"fmt"
	"slices"

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
	seen := map[string]bool{}
	oldAt, nowAt := recordsByPos(before), recordsByPos(after)
	for f := range old.AllFindings() {
		seen[key(f, oldAt)] = true
	}
	var fresh []audit.Finding
	for f := range now.AllFindings() {
		if f.Check == syntaxID || !seen[key(f, nowAt)] {
			fresh = append(fresh, f)
		}
	}
	fresh = append(fresh, serialFindings(before, after, res.Files)...)
	audit.SortFindings(fresh)
	if fresh == nil {
		fresh = []audit.Finding{}
	}
	now.SetFindings(fresh)
	res.Audit = now
	return nil
}

// key identifies a finding across versions: its check, its name and the
// record it points at, not its line, which moves. A finding that points at
// no single record (a $GENERATE line, a whole file) is known by its message.
func key(f audit.Finding, at map[zone.Pos]string) string {
	rec, ok := at[f.Pos]
	if !ok {
		rec = f.Message
	}
	return f.Check + "|" + f.Name + "|" + rec
}

// recordsByPos maps each position to the text of the record there.
func recordsByPos(zones []*zone.Zone) map[zone.Pos]string {
	at := map[zone.Pos]string{}
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if _, dup := at[r.Pos()]; !dup {
				at[r.Pos()] = r.String()
			}
		}
	}
	return at
}

// serialFindings reports the zones whose content changed while their SOA
// serial did not grow (RFC 1982). A zone new in the change has no old
// serial to compare with.
func serialFindings(before, after []*zone.Zone, files []File) []audit.Finding {
	var out []audit.Finding
	c := audit.SerialNotIncremented()
	byFile := map[string]*zone.Zone{} // the first zone read from each file, as a search found it
	for _, z := range slices.Backward(before) {
		byFile[z.File] = z
	}
	for i, f := range files {
		now := after[i]
		old := byFile[f.Name]
		if f.Added || old == nil || f.Diff.Empty() || now.SOA == nil || old.SOA == nil || now.Err != nil {
			continue
		}
		if !zone.SerialGreater(now.SOA.Serial, old.SOA.Serial) {
			out = append(out, audit.Finding{Check: c.ID, Severity: c.Severity, Name: now.Origin, Pos: now.SOA.Pos,
				Message: fmt.Sprintf("the zone changed (%s) but its serial went from %d to %d; secondaries will not transfer it",
					f.Diff.Summary(), old.SOA.Serial, now.SOA.Serial)})
		}
	}
	return out
}
