package fix

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/zone"
)

// WriteFragment writes only the new records, origin-relative, one section
// per zone, with the hosts left without an AAAA as comments: all of
// r.Left, since a comment is no finding, whether or not it is reported.
func (r *Result) WriteFragment(w io.Writer, planFile string) error {
	var sections strings.Builder
	added, found := addedByZone(r.Added), findingsByFile(r.Left)
	n, origin := 0, ""
	for _, z := range r.Zones {
		if r.fragmentOf(&sections, z, added[z], found) {
			n, origin = n+1, z.Origin
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "; zonegen fix: records derived from the address plan %s\n", workpath.QuoteControl(planFile))
	b.WriteString(fragmentAdvice(n, origin))
	b.WriteString(sections.String())
	_, err := io.WriteString(w, b.String())
	return err
}

// fragmentAdvice says what to do with a fragment of n sections, the last
// of the zone of origin. Each section is relative to its own zone's origin,
// so a fragment of several zones cannot be $INCLUDEd whole into one of
// them; and the names read right only where that origin is in force: an
// $INCLUDE after another $ORIGIN of the zone read them under it (test 11
// D3), so the advice gives the origin for the $INCLUDE, as BIND takes it.
func fragmentAdvice(n int, origin string) string {
	if n > 1 {
		return "; paste each section into its zone where the origin its heading names is in force,\n" +
			"; and raise the zone's serial\n"
	}
	return "; paste them into the zone where the origin is " + origin + ", or $INCLUDE this file\n" +
		"; with that origin ($INCLUDE FILE " + origin + "), and raise the serial\n"
}

// fragmentOf writes the section of zone z: added holds the places in
// r.Added of its new records, found the places in r.Left of each file's
// findings. It reports whether the zone has a section.
func (r *Result) fragmentOf(b *strings.Builder, z *zone.Zone, added []int, found map[string][]int) bool {
	var lines []string
	for _, i := range added {
		a := &r.Added[i]
		rec := a.Record
		lines = append(lines, fmt.Sprintf("%s\t%d\tIN\t%s\t%s\t; %s", zone.OwnerText(zone.Relative(rec.Name, z.Origin)), rec.TTL, rec.Type, rec.Rdata(), workpath.QuoteControl(a.Source)))
	}
	for _, i := range zoneFindings(z, found) {
		f := &r.Left[i]
		lines = append(lines, fmt.Sprintf("; %s\tIN\tAAAA\t?\t; %s: %s", zone.Relative(f.Name, z.Origin), f.Check, workpath.QuoteControl(f.Message)))
	}
	if len(lines) == 0 {
		return false
	}
	// a line end in a file's name (here, in a source or a message) would
	// end the comment and make the rest of the name a record of the
	// fragment (test 15 D1)
	fmt.Fprintf(b, "\n; %s (origin %s)\n", workpath.QuoteControl(z.File), z.Origin)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return true
}

// CheckFragmentFile returns an error when name, the file the fragment is
// to be written to, is one of the files the run read: a zone file, an
// $INCLUDEd file, or one of others (the plan, the config file). Writing
// it would replace that file with the fragment, every record lost. The
// files are compared with os.SameFile, so that another spelling of a
// name (./, an absolute path, a symbolic or hard link) is caught; a name
// that does not exist yet is none of them.
func (r *Result) CheckFragmentFile(name string, others ...string) error {
	fi, err := os.Stat(name)
	if err != nil {
		return nil
	}
	for _, in := range append(r.inputs(), others...) {
		if gi, err := os.Stat(in); err == nil && os.SameFile(fi, gi) {
			return fmt.Errorf("--fragment %s is an input of this run (%s): give another file, or - for standard output", name, in)
		}
	}
	return nil
}

// inputs returns the zone files read and the files they $INCLUDE.
func (r *Result) inputs() []string {
	var out []string
	for _, z := range r.Zones {
		out = append(append(out, z.File), z.Includes...)
	}
	return out
}

// addedByZone returns the places in added of each zone's new records, in
// order: each zone's section or verification reads its own, where reading
// all of them for each of 2,000 zones was quadratic.
func addedByZone(added []Addition) map[*zone.Zone][]int {
	out := map[*zone.Zone][]int{}
	for i := range added {
		out[added[i].Zone] = append(out[added[i].Zone], i)
	}
	return out
}

// findingsByFile returns the places in fs of each file's findings.
func findingsByFile(fs []audit.Finding) map[string][]int {
	out := map[string][]int{}
	for i := range fs {
		out[fs[i].Pos.File] = append(out[fs[i].Pos.File], i)
	}
	return out
}

// zoneFindings returns the places of the findings in the files of zone z
// (its own and its includes), in order.
func zoneFindings(z *zone.Zone, found map[string][]int) []int {
	out := slices.Clone(found[z.File])
	for _, inc := range z.Includes {
		if inc != z.File {
			out = append(out, found[inc]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
