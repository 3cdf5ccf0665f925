package zone

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"time"
)

// Content is a file's bytes as the reader needs them: at any offset, and
// its size. A *bytes.Reader is one; so is the new text of a Change, read
// through its edits without being made whole.
type Content interface {
	io.ReaderAt
	Size() int64
}

// ReadFileWith reads a zone file as ReadFile does, except that the files
// named in changed (as in Pos.File) are read from memory: fix checks its
// edits this way before anything is written.
func ReadFileWith(name string, opt Options, changed map[string]Content) *Zone {
	return readFile(name, reading{Options: opt, overlay: changed})
}

// ReadFileEach reads a zone file as ReadFileWith does, but hands the
// records to each in batches instead of keeping them: the Zone it returns
// has no Records. Batches of a large file come from several goroutines at
// once and in no particular order; each must not keep a batch, whose room
// is used again. fix checks its edits this way: a million records are
// summed, not held a second time.
func ReadFileEach(name string, opt Options, changed map[string]Content, each func([]Record)) *Zone {
	return readFile(name, reading{Options: opt, overlay: changed, each: each})
}

// overlayFS serves some files from memory, by the names positions print
// (display turns a path in base into one), and the rest from base.
type overlayFS struct {
	base    fs.FS
	display func(string) string
	files   map[string]Content
}

func (o overlayFS) lookup(name string) (Content, bool) {
	c, ok := o.files[o.display(name)]
	return c, ok
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if c, ok := o.lookup(name); ok {
		return newMemFile(name, c), nil
	}
	return o.base.Open(name)
}

func (o overlayFS) Stat(name string) (fs.FileInfo, error) {
	if c, ok := o.lookup(name); ok {
		return newMemFile(name, c), nil
	}
	return fs.Stat(o.base, name)
}

// NewMemFile returns data as an open fs.File named name (a regular file),
// for file systems that serve files from memory.
func NewMemFile(name string, data []byte) fs.File { return newMemFile(name, bytes.NewReader(data)) }

func newMemFile(name string, c Content) *memFile {
	return &memFile{SectionReader: io.NewSectionReader(c, 0, c.Size()), name: path.Base(name)}
}

// memFile is a file held in memory; it is also its own FileInfo.
type memFile struct {
	*io.SectionReader
	name string
}

func (m *memFile) Stat() (fs.FileInfo, error) { return m, nil }
func (m *memFile) Close() error               { return nil }
func (m *memFile) Name() string               { return m.name }
func (m *memFile) Mode() fs.FileMode          { return 0o644 }
func (m *memFile) ModTime() time.Time         { return time.Time{} }
func (m *memFile) IsDir() bool                { return false }
func (m *memFile) Sys() any                   { return nil }

var _ io.Reader = (*memFile)(nil)
