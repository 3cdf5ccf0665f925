package main

import (
	"os"
	"path/filepath"
	"testing"
)

// sized makes a file of n bytes (sparse: nothing is written).
func sized(t *testing.T, path string, n int64) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(n); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHeapRoom(t *testing.T) {
	dir := t.TempDir()
	big := sized(t, filepath.Join(dir, "big.zone"), 10<<20)
	small := sized(t, filepath.Join(dir, "small.zone"), 1<<20)
	link := filepath.Join(dir, "link.zone")
	if err := os.Symlink(big, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	for _, tc := range []struct {
		name  string
		files []string
		want  int64
	}{
		{"one file", []string{big}, 10 << 20 * heapPerInputByte},
		{"files add up", []string{big, small}, 11 << 20 * heapPerInputByte},
		{"a link counts its file", []string{link}, 10 << 20 * heapPerInputByte},
		{"a missing file counts nothing", []string{filepath.Join(dir, "missing"), small}, 1 << 20 * heapPerInputByte},
		{"a directory counts nothing (zone.ZoneFiles lists its files)", []string{dir}, 0},
		{"nothing", nil, 0},
	} {
		if got := heapRoom(tc.files); got != tc.want {
			t.Errorf("%s: heapRoom = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestRoomSize: the room is taken only where it helps and cannot hurt.
func TestRoomSize(t *testing.T) {
	ok := memFacts{thp: "madvise", pageSize: hugePageSize, ram: 16 << 30, wordBits: 64}
	const want = 1 << 30
	for _, tc := range []struct {
		name string
		edit func(*memFacts)
		want int64
	}{
		{"madvise mode", func(*memFacts) {}, want},
		{"always: the heap has huge pages anyway", func(f *memFacts) { f.thp = "always" }, 0},
		{"never", func(f *memFacts) { f.thp = "never" }, 0},
		{"no huge pages in the kernel", func(f *memFacts) { f.thp = "" }, 0},
		{"512 MB huge pages", func(f *memFacts) { f.pageSize = 512 << 20 }, 0},
		{"strict overcommit", func(f *memFacts) { f.strict = true }, 0},
		{"GOMEMLIMIT", func(f *memFacts) { f.memLimit = true }, 0},
		{"ulimit -v", func(f *memFacts) { f.addrLimit = true }, 0},
		{"32 bits", func(f *memFacts) { f.wordBits = 32 }, 0},
		{"capped at half the memory", func(f *memFacts) { f.ram = 1 << 30 }, 512 << 20},
		{"too little memory", func(f *memFacts) { f.ram = 6 << 20 }, 0},
	} {
		f := ok
		tc.edit(&f)
		if got := roomSize(want, f); got != tc.want {
			t.Errorf("%s: roomSize = %d, want %d", tc.name, got, tc.want)
		}
	}
	if got := roomSize(minHugeHeap-1, ok); got != 0 {
		t.Errorf("a small read: roomSize = %d, want 0", got)
	}
}

func TestHugeRange(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct{ p, n, start, end uintptr }{
		{0, 8 * mb, 0, 8 * mb},                  // aligned
		{1, 8 * mb, 2 * mb, 8 * mb},             // the first and last partial pages left out
		{3 * mb, 7 * mb, 4 * mb, 10 * mb},       // an odd start
		{3 * mb, 2 * mb, 4 * mb, 4 * mb},        // no whole page: empty
		{2*mb + 1, 1 * mb, 4 * mb, 4 * mb},      // less than a page: empty, not negative
		{10 * mb, 4*mb - 1, 10 * mb, 12 * mb},   // the end rounded down
		{10 * mb, 4 * mb, 10 * mb, 14 * mb},     // the end on a boundary
		{10*mb - 1, 4*mb + 1, 10 * mb, 14 * mb}, // both
		{1 << 31, 1 << 30, 1 << 31, 3 << 30},    // high addresses
	} {
		start, end := hugeRange(tc.p, tc.n)
		if start != tc.start || end != tc.end {
			t.Errorf("hugeRange(%#x, %#x) = %#x, %#x; want %#x, %#x", tc.p, tc.n, start, end, tc.start, tc.end)
		}
	}
}
