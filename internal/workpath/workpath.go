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
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, file)
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(filepath.Clean(abs))
}

// Namer is Name for a run of files, most of them the same one after
// another (a report's findings go file by file): it keeps the last name
// made. The zero Namer names files relative to no directory (cleaned
// only). A Namer is for one goroutine.
type Namer struct {
	WorkDir string
	in, out string // the last file named, and its name
}

// Name returns Name(file, n.WorkDir).
func (n *Namer) Name(file string) string {
	if file != n.in || n.out == "" {
		n.in, n.out = file, Name(file, n.WorkDir)
	}
	return n.out
}
