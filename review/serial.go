package review

import (
	"fmt"
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// serialFindings reports the zones whose content changed while their SOA
// serial did not grow (RFC 1982). A zone new in the change has no old
// serial to compare with; a zonegen:ignore comment on the SOA's line
// suppresses the finding, by audit's rule (audit.Suppress; audit reports
// one without a reason).
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
			out = append(out, c.Finding(now.Origin, now.SOA.Pos,
				fmt.Sprintf("the zone changed (%s) but its serial went from %d to %d; secondaries will not transfer it",
					f.Diff.Summary(), old.SOA.Serial, now.SOA.Serial)))
		}
	}
	return audit.Suppress(out, after)
}
