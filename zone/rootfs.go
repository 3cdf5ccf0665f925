package zone

import (
	"io/fs"
	"os"
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
