package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sized makes a file of n bytes (sparse: nothing is written).
func sized(t *testing.T, path string, n int64) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
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
	sized(t, filepath.Join(dir, "sub", "a.zone"), 4<<20)
	sized(t, filepath.Join(dir, "sub", "deeper", "b.zone"), 4<<20)
	link := filepath.Join(dir, "link.zone")
	if err := os.Symlink(big, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	for _, tc := range []struct {
		name  string
		paths []string
		want  int64
	}{
		{"one large file", []string{big}, 10 << 20 * heapPerInputByte},
		{"small files stay below the least room", []string{small}, 0},
		{"a directory counts all its files", []string{filepath.Join(dir, "sub")}, 8 << 20 * heapPerInputByte},
		{"files and directories add up", []string{big, small, filepath.Join(dir, "sub")}, 19 << 20 * heapPerInputByte},
		{"a missing file counts nothing", []string{filepath.Join(dir, "missing"), big}, 10 << 20 * heapPerInputByte},
		{"a link to a file counts the file", []string{link}, 10 << 20 * heapPerInputByte},
		{"nothing", nil, 0},
	} {
		if got := heapRoom(tc.paths); got != tc.want {
			t.Errorf("%s: heapRoom = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestUseHugePages checks that the room is given back: the heap in use
// after the call is not the room larger.
func TestUseHugePages(t *testing.T) {
	const room = 64 << 20
	var before, after runtime.MemStats
	for _, n := range []int64{-1, 0, 1 << 20} {
		useHugePages(n)
	}
	runtime.ReadMemStats(&before)
	useHugePages(room)
	runtime.ReadMemStats(&after)
	if after.HeapAlloc > before.HeapAlloc+room/2 {
		t.Errorf("heap in use went from %d to %d bytes: the room was kept", before.HeapAlloc, after.HeapAlloc)
	}
}
