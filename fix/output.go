package fix

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// WriteDiff writes the changes as a unified diff with a/ and b/ paths, as
// git apply and patch -p1 take it.
func (r *Result) WriteDiff(w io.Writer) error {
	for _, c := range r.Changes {
		name := strings.TrimPrefix(filepath.ToSlash(filepath.Clean(c.File)), "/")
		if err := writeUnified(w, "a/"+name, "b/"+name, c); err != nil {
			return fmt.Errorf("write diff: %w", err)
		}
	}
	return nil
}

// WriteFragment writes only the new records, origin-relative, one section
// per zone, with the hosts the plan does not cover as comments.
func (r *Result) WriteFragment(w io.Writer, planFile string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "; zonegen fix: records derived from the address plan %s\n", planFile)
	fmt.Fprintf(&b, "; paste them into the zone (or $INCLUDE this file) and raise the serial\n")
	for _, z := range r.Zones {
		r.fragmentOf(&b, z)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Result) fragmentOf(b *strings.Builder, z *zone.Zone) {
	var lines []string
	for _, a := range r.Added {
		if a.Zone == z {
			rec := a.Record
			lines = append(lines, fmt.Sprintf("%s\t%d\tIN\t%s\t%s\t; %s", relative(rec.Name, z.Origin), rec.TTL, rec.Type, rec.Rdata(), a.Source))
		}
	}
	for _, f := range r.Findings {
		if f.Pos.File == z.File || contains(z.Includes, f.Pos.File) {
			lines = append(lines, fmt.Sprintf("; %s\tIN\tAAAA\t?\t; no-plan: %s", relative(f.Name, z.Origin), f.Message))
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n; %s (origin %s)\n", z.File, z.Origin)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Write writes every change to disk atomically, refusing files that
// changed since they were read. root is the include root the files were
// read under ("" for each file's own directory).
func (r *Result) Write(root string) error {
	for _, c := range r.Changes {
		dir := root
		if dir == "" {
			dir = filepath.Dir(c.File)
			for _, z := range r.Zones {
				if c.File == z.File || contains(z.Includes, c.File) {
					dir = filepath.Dir(z.File)
				}
			}
		}
		if err := zone.WriteFile(c.File, c.Old, c.New(), dir); err != nil {
			return err
		}
	}
	return nil
}
