package fix

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/zone"
)

// WriteDiff writes the changes as a unified diff with a/ and b/ paths, as
// git apply and patch -p1 take it in the working directory, or in the
// root directory when a file lies outside the working one (diffNames).
func (r *Result) WriteDiff(w io.Writer) error {
	names, err := r.diffNames()
	if err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	for i, c := range r.Changes {
		if err := writeUnified(w, diffLabel("a/"+names[i]), diffLabel("b/"+names[i]), c); err != nil {
			return fmt.Errorf("write diff: %w", err)
		}
		if err := c.Unchanged(); err != nil { // a diff of a file rewritten under it would not apply as shown
			return fmt.Errorf("write diff: %w", err)
		}
	}
	return nil
}

// diffNames returns the path the diff names each change by: the file
// really changed (realPath), relative to the working directory when every
// changed file lies below it, the form git apply and patch -p1 take
// there; else every one by its absolute path without the leading slash,
// which they take from the root directory. One rule for the whole diff,
// so that one command applies all of it: with some paths relative and
// others absolute, patch -p1 applied a serial and not the AAAA of an
// included file outside (and git apply refuses a path with "..", which a
// path relative to the working directory would have).
//
// It refuses two changes of one file (a zone named by its path and by a
// link to it): the second's hunks would not apply after the first's, and
// the diff would apply halfway.
func (r *Result) diffNames() ([]string, error) {
	wd, err := realWorkDir()
	if err != nil {
		return nil, err
	}
	names := r.realPaths(wd)
	below := true
	for i := range names {
		below = below && workpath.Below(names[i], wd, wd)
	}
	seen := make(map[string]string, len(r.Changes))
	for i, c := range r.Changes {
		names[i] = diffPath(names[i], wd, below)
		if other, ok := seen[names[i]]; ok {
			return nil, fmt.Errorf("%s and %s are the same file (a symbolic link?); give one of them", other, c.File)
		}
		seen[names[i]] = c.File
	}
	return names, nil
}

// Names returns the names by which output names the changed files, in
// the order of Changes, for --write to say what it wrote: the file really
// written (realPath), relative to the working directory when it lies
// below it, else by its absolute path, never with ".." (workpath.Name),
// as the reports name files and as the diff names them when every file
// lies below the working directory. The path given named a file in a
// linked directory by the link, and a link's target outside the working
// directory through "..". Without a working directory, the real paths are
// cleaned only.
func (r *Result) Names() []string {
	wd, _ := realWorkDir()
	names := r.realPaths(wd)
	for i := range names {
		names[i] = workpath.Name(names[i], wd)
	}
	return names
}

// realWorkDir returns the working directory with its symbolic links
// resolved, as realPath resolves those of the files: a file below it is
// then seen to be below it.
func realWorkDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(wd); err == nil {
		wd = real
	}
	return wd, nil
}

// realPaths returns the real path of each changed file (realPath), given
// the working directory wd.
func (r *Result) realPaths(wd string) []string {
	names := make([]string, len(r.Changes))
	for i, c := range r.Changes {
		names[i] = realPath(c.File, wd)
	}
	return names
}

// diffPath returns the path by which the diff names the file at abs:
// relative to the working directory wd when relative is set (as every
// output names a file below it, workpath.Name), else its absolute path
// without the leading slash.
func diffPath(abs, wd string, relative bool) string {
	if relative {
		return workpath.Name(abs, wd)
	}
	return strings.TrimPrefix(filepath.ToSlash(abs), "/")
}

// realPath returns the absolute path of file, given relative to wd, with
// its symbolic links resolved: the file that is really changed, the one
// --write replaces. A diff must name it: git apply refuses to patch a
// link or a file beyond one, and patch -p1 refuses a link, while it
// applies the hunks of the other files (a serial raised, its AAAA not).
func realPath(file, wd string) string {
	abs := workpath.Abs(file, wd)
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// diffLabel returns the name of a diff's ---/+++ line as git diff writes
// it, so that git apply and patch -p1 both read it back: C-quoted when the
// name holds a byte git quotes (workpath.Quote), then a tab when it holds a
// space, where patch would end the name otherwise. A name that ends in a
// space is quoted too, which git does not do: patch drops the spaces
// before the tab.
func diffLabel(name string) string {
	if needsQuotes(name) || strings.HasSuffix(name, " ") {
		name = workpath.Quote(name)
	}
	if strings.Contains(name, " ") {
		name += "\t"
	}
	return name
}

// needsQuotes says whether git diff quotes name (quote.c, cq_must_quote
// with core.quotePath on, git's default): for a control character, DEL,
// a double quote, a backslash or a byte beyond ASCII.
func needsQuotes(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return true
		}
	}
	return false
}

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

// Close closes the files the changes read through their descriptors
// (zone.Change.Close); the diff, the fragment and Write need them open.
func (r *Result) Close() error {
	var errs []error
	for i := range r.Changes {
		errs = append(errs, r.Changes[i].Close())
	}
	return errors.Join(errs...)
}

// Write writes every change to disk, all or none (zone.WriteFiles):
// each file atomically, refusing files that changed since they were
// read, or that a symbolic link would take out of the directory their
// zone was read under (Zone.Root: the include root, else the zone file's
// directory). It closes the files it read first (Close).
func (r *Result) Write() error {
	dirs := map[string]string{} // a file's include root: that of the last zone that reads it
	for _, z := range r.Zones {
		dir := z.Root
		if dir == "" {
			dir = filepath.Dir(z.File)
		}
		for _, f := range append([]string{z.File}, z.Includes...) {
			dirs[f] = dir
		}
	}
	files := make([]zone.FileWrite, len(r.Changes))
	for i, c := range r.Changes {
		dir, ok := dirs[c.File]
		if !ok {
			dir = filepath.Dir(c.File)
		}
		data, err := c.New()
		if err != nil {
			return err
		}
		files[i] = zone.FileWrite{Name: c.File, Was: c.Was, New: data, Root: dir}
	}
	if err := r.Close(); err != nil { // Windows renames over a file only once it is closed
		return err
	}
	return zone.WriteFiles(files)
}
