package zone

import (
	"bytes"
	"io"
	"math/rand/v2"
	"testing"
)

// TestEditedReadAt: the new text read through the edits is the text apply
// makes, at any offset and length, for random edits: insertions,
// deletions, replacements, edits side by side and at both ends.
func TestEditedReadAt(t *testing.T) {
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
		want := apply(old, edits)
		e := newEdited(old, edits)
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
