package zone

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"
)

// TestEditedReadAt: the new text read through the edits, and the one
// apply makes, are the old text with the edits made one by one, at any
// offset and length, for random edits: insertions, deletions,
// replacements, edits side by side and at both ends; read from bytes held
// and through a file's descriptor (Limits.MaxHeld) alike.
func TestEditedReadAt(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 2000 {
		old := make([]byte, rng.IntN(60))
		for i := range old {
			old[i] = "ab\n"[rng.IntN(3)]
		}
		var edits []Edit
		for at := 0; at <= len(old); {
			if rng.IntN(3) > 0 {
				at += rng.IntN(8)
				continue
			}
			end := min(len(old), at+rng.IntN(3)) // a third of the edits replace or delete
			edits = append(edits, Edit{Start: at, End: end, New: "xyz\n"[:rng.IntN(5)]})
			at = end + rng.IntN(2) // the next edit may start where this one ends
		}
		want := editedBytes(old, edits)
		src := Content(bytes.NewReader(old))
		if n%2 == 1 {
			src = fileSource(t, dir, old)
		}
		if made, err := apply(src, edits); err != nil || !bytes.Equal(made, want) {
			t.Fatalf("case %d: apply makes %q, %v; want %q", n, made, err, want)
		}
		e := newEdited(src, edits)
		if e.Size() != int64(len(want)) {
			t.Fatalf("case %d: size %d, want %d", n, e.Size(), len(want))
		}
		if got, _ := io.ReadAll(io.NewSectionReader(e, 0, e.Size())); !bytes.Equal(got, want) {
			t.Fatalf("case %d: %q with %v reads %q, want %q", n, old, edits, got, want)
		}
		for range 20 {
			off, size := rng.IntN(len(want)+2), rng.IntN(12)
			p := make([]byte, size)
			got, err := e.ReadAt(p, int64(off))
			wantN := max(0, min(size, len(want)-off))
			if got != wantN || !bytes.Equal(p[:got], want[min(off, len(want)):min(off, len(want))+wantN]) {
				t.Fatalf("case %d: ReadAt(%d bytes, %d) = %d %q, want %d %q", n, size, off, got, p[:got], wantN, want[min(off, len(want)):min(off, len(want))+wantN])
			}
			if (err == io.EOF) != (wantN < size) || err != nil && err != io.EOF {
				t.Fatalf("case %d: ReadAt(%d bytes, %d): err %v with %d of %d bytes", n, size, off, err, got, size)
			}
		}
	}
}

// editedBytes makes the edits one by one, the last first.
func editedBytes(old []byte, edits []Edit) []byte {
	out := string(old)
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		out = out[:e.Start] + e.New + out[e.End:]
	}
	return []byte(out)
}

// fileSource writes data to a file in dir and opens it as the editor
// opens a large file, through its descriptor.
func fileSource(t *testing.T, dir string, data []byte) Content {
	t.Helper()
	f, err := os.CreateTemp(dir, "src")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(data); err != nil {
		t.Fatal(err)
	}
	f.Close()
	src, lines, fp, err := openSource(f.Name(), -1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { src.(io.Closer).Close() })
	if _, ok := src.(*fileContent); !ok || fp != FingerprintOf(data) || !slices.Equal(lines, LineStarts(data)) {
		t.Fatalf("openSource: %T, %v, %v; want a descriptor, %v, %v", src, fp, lines, FingerprintOf(data), LineStarts(data))
	}
	return src
}

// TestSourceCutShort: a file read through its descriptor that is cut
// short on disk since (rewritten in place) gives ErrChanged to every
// reader of its old bytes, not zeros, an end of file or a reading that
// never ends (review 17).
func TestSourceCutShort(t *testing.T) {
	old := bytes.Repeat([]byte("h A 10.0.0.1\n"), 1000)
	src := fileSource(t, t.TempDir(), old)
	if err := os.Truncate(src.(*fileContent).f.Name(), 100); err != nil {
		t.Fatal(err)
	}
	e := newEdited(src, []Edit{{Start: 13, End: 13, New: "h AAAA fd00::1\n"}})
	done := make(chan error, 1)
	go func() {
		_, err := io.ReadAll(io.NewSectionReader(e, 0, e.Size()))
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrChanged) {
			t.Errorf("reading the edited bytes: %v, want ErrChanged", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading the edited bytes of a file cut short does not end")
	}
	if err := readFull(src, make([]byte, 100), 200); !errors.Is(err, ErrChanged) {
		t.Errorf("readFull: %v, want ErrChanged", err)
	}
	w := window{src: src}
	if _, err := w.bytes(5000, 5010); !errors.Is(err, ErrChanged) {
		t.Errorf("window: %v, want ErrChanged", err)
	}
}

// TestUnchanged: a file read through its descriptor and rewritten in
// place with bytes of the same length is found changed; a file held whole
// is read from its copy (review 17).
func TestUnchanged(t *testing.T) {
	old := bytes.Repeat([]byte("h A 10.0.0.1\n"), 100)
	src := fileSource(t, t.TempDir(), old)
	c := Change{Old: src, Was: FingerprintOf(old), Lines: LineStarts(old)}
	if err := c.Unchanged(); err != nil {
		t.Fatalf("before the rewrite: %v", err)
	}
	if err := os.WriteFile(src.(*fileContent).f.Name(), bytes.ToUpper(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := c.Unchanged(); !errors.Is(err, ErrChanged) {
		t.Errorf("after the rewrite: %v, want ErrChanged", err)
	}
	held := Change{Old: bytes.NewReader(old), Was: FingerprintOf(old)}
	if err := held.Unchanged(); err != nil {
		t.Errorf("held whole: %v", err)
	}
}

// countingContent counts the reads of a Content.
type countingContent struct {
	Content
	reads int
}

func (c *countingContent) ReadAt(p []byte, off int64) (int, error) {
	c.reads++
	return c.Content.ReadAt(p, off)
}

// TestOldRanges: the ranges the diff asks of the old file, in file order,
// are its bytes, and are read a window of 64 KB at a time, not one read
// each (10,600 reads of some 500 bytes for a million-record zone's diff).
func TestOldRanges(t *testing.T) {
	old := bytes.Repeat([]byte("pool01 IN A 10.0.1.11\n"), 20000) // 440,000 bytes
	src := &countingContent{Content: fileSource(t, t.TempDir(), old)}
	read := (&Change{Old: src}).OldRanges()
	n := 0
	for start := 0; start+300 <= len(old); start += 400 {
		b, err := read(start, start+300)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, old[start:start+300]) {
			t.Fatalf("range %d: %q, want %q", start, b, old[start:start+300])
		}
		n++
	}
	if want := len(old)/windowSize + 1; src.reads > want {
		t.Errorf("%d ranges took %d reads, want at most %d", n, src.reads, want)
	}
}
