package zone

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

// The editor holds the bytes of a file up to Limits.MaxHeld. A larger
// file is read through its descriptor, in the parts that the edits, the
// check of the edited zone and the diff read, instead of being held a
// second time beside its records (a zone of five million records is 277
// MB). Small files are held whole, so that editing a directory of them
// keeps no descriptor open.

// Fingerprint tells the bytes of a file from other bytes: their length
// and CRC-32C. WriteFiles refuses to replace a file whose bytes no longer
// have the fingerprint they had when the editor read them.
type Fingerprint struct {
	size int64
	crc  uint32
}

// castagnoli is the CRC-32C table, which the processor computes for
// itself where it can (19 GB/s here: 15 ms for a 277 MB file).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// FingerprintOf returns the fingerprint of b.
func FingerprintOf(b []byte) Fingerprint {
	return Fingerprint{size: int64(len(b)), crc: crc32.Checksum(b, castagnoli)}
}

// openSource reads the file at name for editing, in one pass: its bytes
// (held up to the size whole, else its descriptor), where its lines start
// (LineStarts) and its fingerprint. A descriptor is closed by
// Change.Close, or when the content is no longer used (os.File's cleanup).
func openSource(name string, whole int64) (Content, []int, Fingerprint, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, Fingerprint{}, cleanPathError(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, Fingerprint{}, cleanPathError(err)
	}
	if fi.Size() <= whole {
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, nil, Fingerprint{}, cleanPathError(err)
		}
		return bytes.NewReader(data), LineStarts(data), FingerprintOf(data), nil
	}
	lines, fp, err := scanSource(f, fi)
	if err != nil {
		f.Close()
		return nil, nil, Fingerprint{}, cleanPathError(err)
	}
	return &fileContent{f: f, size: fp.size}, lines, fp, nil
}

// scanSource reads f through, for LineStarts and the fingerprint. The
// line starts get room for a line of 48 bytes on average (55 at a million
// records), made once: grown by a quarter at a time, as append grows a
// large slice, they took five times their size in allocations.
func scanSource(f *os.File, fi os.FileInfo) ([]int, Fingerprint, error) {
	lines := make([]int, 1, fi.Size()/48+1024)
	var fp Fingerprint
	buf := make([]byte, 256<<10)
	for {
		n, err := f.Read(buf)
		b := buf[:n]
		fp.crc = crc32.Update(fp.crc, castagnoli, b)
		for i := 0; ; {
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			lines = append(lines, int(fp.size)+i)
		}
		fp.size += int64(n)
		switch {
		case err == io.EOF:
			return lines, fp, nil
		case err != nil:
			return nil, Fingerprint{}, err
		}
	}
}

// fileContent is a file read through its descriptor, at its size when it
// was opened. Its ReadAt may be called from several goroutines at once
// (pread). A file cut short since (rewritten in place) gives ErrChanged
// where its bytes are missing, not zeros or an end of file the readers
// would take for the file's.
type fileContent struct {
	f    *os.File
	size int64
}

func (c *fileContent) Size() int64 { return c.size }

func (c *fileContent) ReadAt(p []byte, off int64) (int, error) {
	if off >= c.size {
		return 0, io.EOF
	}
	want := int(min(int64(len(p)), c.size-off))
	n, err := c.f.ReadAt(p[:want], off)
	switch {
	case n < want && (err == nil || err == io.EOF):
		return n, fmt.Errorf("%s: %w", c.f.Name(), ErrChanged)
	case err != nil:
		return n, err
	case want < len(p):
		return n, io.EOF
	}
	return n, nil
}

// fingerprint reads the file through again for its fingerprint, at its
// size now.
func (c *fileContent) fingerprint() (Fingerprint, error) {
	var fp Fingerprint
	buf := make([]byte, 1<<20)
	for {
		n, err := c.f.ReadAt(buf, fp.size)
		fp.crc = crc32.Update(fp.crc, castagnoli, buf[:n])
		fp.size += int64(n)
		switch {
		case err == io.EOF:
			return fp, nil
		case err != nil:
			return fp, err
		}
	}
}

// Close closes the descriptor.
func (c *fileContent) Close() error { return c.f.Close() }

// readFull reads len(p) bytes of c at off, which must lie within c.
func readFull(c Content, p []byte, off int64) error {
	n, err := c.ReadAt(p, off)
	if n == len(p) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// windowSize is what the editor reads of a file at a time.
const windowSize = 64 << 10

// window is the part of a file that the editor read last. The entries
// that edits touch come in file order (fix edits a zone from its start to
// its end: 839 windows for 60,000 entries of a million-record zone), so
// that one window read ahead serves most of them.
type window struct {
	src Content
	buf []byte
	at  int64 // the offset of buf[0]
}

// bytes returns the bytes [start, end) of the file, valid until the next
// call.
func (w *window) bytes(start, end int64) ([]byte, error) {
	if start >= w.at && end <= w.at+int64(len(w.buf)) {
		return w.buf[start-w.at : end-w.at], nil
	}
	n := min(max(end-start, windowSize), w.src.Size()-start)
	if int64(cap(w.buf)) < n {
		w.buf = make([]byte, n)
	}
	w.buf = w.buf[:n]
	if err := readFull(w.src, w.buf, start); err != nil {
		w.buf = w.buf[:0]
		return nil, err
	}
	w.at = start
	return w.buf[:end-start], nil
}

// byteAt returns the byte at off.
func (w *window) byteAt(off int64) (byte, error) {
	b, err := w.bytes(off, off+1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

// reader returns a reader of the file from off on, through the window.
func (w *window) reader(off int64) io.Reader { return &windowReader{w: w, off: off} }

type windowReader struct {
	w   *window
	off int64
}

func (r *windowReader) Read(p []byte) (int, error) {
	size := r.w.src.Size()
	if r.off >= size {
		return 0, io.EOF
	}
	b, err := r.w.bytes(r.off, min(r.off+int64(len(p)), size))
	if err != nil {
		return 0, err
	}
	n := copy(p, b)
	r.off += int64(n)
	return n, nil
}
