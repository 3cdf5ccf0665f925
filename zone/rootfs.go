package zone

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// rootFS is the file system of an os.Root, as Root.FS gives it, but for
// names that are not UTF-8: fs.ValidPath refuses them, where Linux file
// names are bytes and a Latin-1 db.café.com on an old server is a file
// named-checkzone reads. The root still keeps every name inside it.
type rootFS struct{ r *os.Root }

// Open opens name in the root.
func (f rootFS) Open(name string) (fs.File, error) {
	if !ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return f.r.Open(name)
}

// Stat describes name in the root, following a last symbolic link as
// fs.Stat does.
func (f rootFS) Stat(name string) (fs.FileInfo, error) {
	if !ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	return f.r.Stat(name)
}

// searchOnlyFS holds the one zone file of an include root that may be
// searched but not read (a directory of mode 711), which os.OpenRoot
// cannot open: it opens the directory for reading. BIND, and cat, read
// such a file, and zonegen refused it, "permission denied", as if the file
// were at fault (test 13 D4). The zone file is read; a symbolic link that
// leaves the root is refused as the root refuses it; an $INCLUDE, which
// the root would confine, is refused, naming the directory.
type searchOnlyFS struct {
	dir  string // the include root, as given
	file string // the zone file's path in it
}

// Open opens the zone file.
func (f searchOnlyFS) Open(name string) (fs.File, error) {
	p, err := f.path("open", name)
	if err != nil {
		return nil, err
	}
	return os.Open(p)
}

// Stat describes the zone file.
func (f searchOnlyFS) Stat(name string) (fs.FileInfo, error) {
	p, err := f.path("stat", name)
	if err != nil {
		return nil, err
	}
	return os.Stat(p)
}

// path returns the file name names on disk, its links followed, when that
// is the zone file and lies inside the root.
func (f searchOnlyFS) path(op, name string) (string, error) {
	if name != f.file {
		return "", fmt.Errorf("%s: the include root cannot be listed (permission denied), so $INCLUDE %s cannot be kept inside it: give the directory read permission", f.dir, name)
	}
	p, err := filepath.EvalSymlinks(filepath.Join(f.dir, filepath.FromSlash(name)))
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(f.dir)
	if err != nil {
		return "", err
	}
	if rel, err := filepath.Rel(dir, p); err != nil || !filepath.IsLocal(rel) {
		return "", &fs.PathError{Op: op, Path: name, Err: errEscapes}
	}
	return p, nil
}

// errEscapes is os.Root's error for a path that leaves the root through a
// symbolic link, which escapesRoot recognises.
var errEscapes = errors.New("path escapes from parent")

// ValidPath is fs.ValidPath without its demand for UTF-8: a relative,
// slash-separated path with no empty, "." or ".." element ("." alone is
// the root). A file system that the reader is given (ReadIn), such as
// review's tree of a revision, checks names with it, so that a zone or an
// $INCLUDE of a Latin-1 name is found there as on disk.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}
