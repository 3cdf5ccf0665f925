package arena

import (
	"fmt"
	"testing"
)

// TestStrings checks that strings keep their bytes as more are made after
// them, across blocks, and that long strings and empty ones work too.
func TestStrings(t *testing.T) {
	var a Strings
	var got []string
	var want []string
	buf := make([]byte, 0, 64)
	for i := range 20000 {
		buf = fmt.Appendf(buf[:0], "host%d.example.com.", i)
		got = append(got, a.String(buf))
		want = append(want, string(buf))
		buf[0] = 'X' // the caller's buffer changes; the string must not
	}
	long := make([]byte, maxBlock)
	for i := range long {
		long[i] = byte('a' + i%26)
	}
	got, want = append(got, a.String(long), a.String(nil)), append(want, string(long), "")
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestBlocksGrow checks that a few strings take one small block, not a
// large one: a small zone read on its own (review, fix's reading back)
// has an arena of its own.
func TestBlocksGrow(t *testing.T) {
	var a Strings
	a.String([]byte("www.example.com."))
	if c := a.b.Cap(); c > 2*firstBlock {
		t.Errorf("the first block holds %d bytes, want about %d", c, firstBlock)
	}
	for range 10000 {
		a.String([]byte("a-longer-name-for-a-host.example.com."))
	}
	if a.next != maxBlock {
		t.Errorf("after 370 KB the block size is %d, want %d", a.next, maxBlock)
	}
}

func BenchmarkString(b *testing.B) {
	p := []byte("fe01.pool1.site12.contoso.com.")
	b.Run("arena", func(b *testing.B) {
		var a Strings
		for range b.N {
			_ = a.String(p)
		}
	})
	b.Run("string", func(b *testing.B) {
		var s string
		for range b.N {
			s = string(p)
		}
		_ = s
	})
}
