// Package arena makes many small strings out of few large blocks.
//
// A million owner names or finding messages made one string(b) at a time
// are a million allocations for the allocator to hand out and the garbage
// collector to mark. Strings keeps them in blocks of up to 64 KB instead:
// one allocation for hundreds of strings. A block lives as long as any of
// its strings does, so it suits strings that live and die together, such
// as the names of the records of one zone.
package arena

import "strings"

// Block sizes: the first block is small, so that a small zone among
// thousands costs no more than before; each next one is twice as large.
const (
	firstBlock = 512
	maxBlock   = 64 << 10
)

// Strings hands out strings copied into shared blocks. Its zero value is
// ready to use; it must not be copied after first use.
type Strings struct {
	// b holds the current block. A strings.Builder never changes the
	// bytes it has been given, so a string cut from b.String() stays
	// valid as later strings are written after it.
	b    strings.Builder
	next int // the size of the next block
}

// String returns a string with the bytes of p.
func (a *Strings) String(p []byte) string {
	if len(p) > a.b.Cap()-a.b.Len() {
		if len(p) > maxBlock/8 {
			return string(p)
		}
		a.next = min(max(2*a.next, firstBlock), maxBlock)
		a.b = strings.Builder{}
		a.b.Grow(a.next)
	}
	start := a.b.Len()
	a.b.Write(p)
	return a.b.String()[start:]
}
