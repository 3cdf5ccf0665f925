// Package workpath names files the way zonegen's output names them:
// relative to the directory zonegen was run in when they lie below it,
// however they were given, so that a report, an annotation or a diff
// names a file of the repository the same way every time.
package workpath

import (
	"path/filepath"
)

// Name returns the name by which output names file, given the working
// directory wd: its path relative to wd, with forward slashes, when the
// file lies below wd (./db.x, an absolute path, ../work/db.x all give
// db.x); else its absolute path, cleaned, with forward slashes, never a
// path with "..", which git apply refuses and code scanning cannot place.
// With wd empty (the working directory is unknown) the path is cleaned
// only. An empty file name stays empty: it names no file.
func Name(file, wd string) string {
	if file == "" {
		return ""
	}
	if wd == "" {
		return filepath.ToSlash(filepath.Clean(file))
	}
	abs := Abs(file, wd)
	if rel, ok := rel(abs, wd); ok {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// Abs returns file as an absolute path, cleaned: as it is when absolute,
// else taken relative to the directory wd.
func Abs(file, wd string) string {
	if filepath.IsAbs(file) {
		return filepath.Clean(file)
	}
	return filepath.Join(wd, file)
}

// Below reports whether file is dir or lies below it, both taken
// relative to wd when they are not absolute.
func Below(file, dir, wd string) bool {
	_, ok := rel(Abs(file, wd), Abs(dir, wd))
	return ok
}

// rel returns the path of abs relative to dir, both absolute, when abs
// lies below dir.
func rel(abs, dir string) (string, bool) {
	r, err := filepath.Rel(dir, abs)
	return r, err == nil && filepath.IsLocal(r)
}

// Namer is Name for a run of files, most of them the same one after
// another (a report's findings go file by file): it keeps the last name
// made. The zero Namer names files relative to no directory (cleaned
// only). A Namer is for one goroutine.
type Namer struct {
	WorkDir string
	// AsGiven holds files that Name returns as given, with forward
	// slashes: paths that do not exist name no file of the repository,
	// and the user knows them by what they typed (nosuch/, not nosuch).
	AsGiven map[string]bool
	in, out string // the last file named, and its name
}

// Name returns Name(file, n.WorkDir), or file itself for one of
// n.AsGiven.
func (n *Namer) Name(file string) string {
	if file != n.in || n.out == "" {
		n.in, n.out = file, Name(file, n.WorkDir)
		if n.AsGiven[file] {
			n.out = filepath.ToSlash(file)
		}
	}
	return n.out
}
