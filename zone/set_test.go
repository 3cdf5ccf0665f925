package zone

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestZoneFilesOnce: a file named twice, by another spelling of its path,
// or named and found in a directory named too, is listed once, where it
// first comes.
func TestZoneFilesOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "db.a.example"), filepath.Join(dir, "db.b.example")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, []byte("$TTL 1h\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ZoneFiles([]string{b, a, dir, filepath.Join(dir, ".", "db.b.example"), b})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{b, a}; !slices.Equal(got, want) {
		t.Errorf("ZoneFiles = %q, want %q", got, want)
	}
}
