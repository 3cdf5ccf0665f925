package fix

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// WriteDiff writes the changes as a unified diff with a/ and b/ paths, as
// git apply and patch -p1 take it in the working directory (diffPath).
func (r *Result) WriteDiff(w io.Writer) error {
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	for _, c := range r.Changes {
		name := diffPath(c.File, wd)
		if err := writeUnified(w, "a/"+name, "b/"+name, c); err != nil {
			return fmt.Errorf("write diff: %w", err)
		}
	}
	return nil
}

// diffPath returns the path by which the diff names file: relative to
// the working directory wd when the file lies below it, the form git
// apply and patch -p1 take there; else its absolute path without the
// leading slash, which they take from the root directory (git apply
// refuses a path with "..", and a path relative to wd would be one).
func diffPath(file, wd string) string {
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, file)
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(abs)), "/")
}

// WriteFragment writes only the new records, origin-relative, one section
// per zone, with the hosts left without an AAAA as comments: all of
// r.Left, since a comment is no finding, whether or not it is reported.
func (r *Result) WriteFragment(w io.Writer, planFile string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "; zonegen fix: records derived from the address plan %s\n", planFile)
	fmt.Fprintf(&b, "; paste them into the zone (or $INCLUDE this file) and raise the serial\n")
	added, found := addedByZone(r.Added), findingsByFile(r.Left)
	for _, z := range r.Zones {
		r.fragmentOf(&b, z, added[z], found)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fragmentOf writes the section of zone z: added holds the places in
// r.Added of its new records, found the places in r.Left of each file's
// findings.
func (r *Result) fragmentOf(b *strings.Builder, z *zone.Zone, added []int, found map[string][]int) {
	var lines []string
	for _, i := range added {
		a := &r.Added[i]
		rec := a.Record
		lines = append(lines, fmt.Sprintf("%s\t%d\tIN\t%s\t%s\t; %s", zone.OwnerText(relative(rec.Name, z.Origin)), rec.TTL, rec.Type, rec.Rdata(), a.Source))
	}
	for _, i := range zoneFindings(z, found) {
		f := &r.Left[i]
		lines = append(lines, fmt.Sprintf("; %s\tIN\tAAAA\t?\t; %s: %s", relative(f.Name, z.Origin), f.Check, f.Message))
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n; %s (origin %s)\n", z.File, z.Origin)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
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

// relative writes name relative to origin when it lies below it.
func relative(name, origin string) string {
	switch {
	case name == origin:
		return "@"
	case strings.HasSuffix(name, "."+origin):
		return strings.TrimSuffix(name, "."+origin)
	}
	return name
}

// Write writes every change to disk, all or none (zone.WriteFiles):
// each file atomically, refusing files that changed since they were
// read. root is the include root the files were read under ("" for each
// file's own directory).
func (r *Result) Write(root string) error {
	dirs := map[string]string{} // a file's include root: the directory of the last zone that reads it
	for _, z := range r.Zones {
		for _, f := range append([]string{z.File}, z.Includes...) {
			dirs[f] = filepath.Dir(z.File)
		}
	}
	files := make([]zone.FileWrite, len(r.Changes))
	for i, c := range r.Changes {
		dir := root
		if dir == "" {
			dir = filepath.Dir(c.File)
			if d, ok := dirs[c.File]; ok {
				dir = d
			}
		}
		files[i] = zone.FileWrite{Name: c.File, Old: c.Old, New: c.New(), Root: dir}
	}
	return zone.WriteFiles(files)
}
