package fix

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/zonegen/zonegen/internal/workpath"
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
