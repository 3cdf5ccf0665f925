package workpath

import (
	"path/filepath"
	"testing"
)

// TestName: a file below the working directory is named relative to it
// however it was given; a file outside it by its absolute path, never
// with "..".
func TestName(t *testing.T) {
	wd := filepath.FromSlash("/work/repo")
	tests := []struct {
		file, wd, want string
	}{
		{"db.x", wd, "db.x"},
		{"./db.x", wd, "db.x"},
		{"mz//db.x", wd, "mz/db.x"},
		{"./mz/../mz/db.x", wd, "mz/db.x"},
		{"/work/repo/zones/db.x", wd, "zones/db.x"},
		{"../repo/db.x", wd, "db.x"},
		{"../other/db.x", wd, "/work/other/db.x"},
		{"/srv/zones/db.x", wd, "/srv/zones/db.x"},
		{"./mz//db.x", "", "mz/db.x"},
		{"", wd, ""},
	}
	for _, tt := range tests {
		if got := Name(filepath.FromSlash(tt.file), tt.wd); got != tt.want {
			t.Errorf("Name(%q, %q) = %q, want %q", tt.file, tt.wd, got, tt.want)
		}
	}
}

// TestNamerKeepsNothingStale: the Namer's kept name is for the file it
// was made for only.
func TestNamerKeepsNothingStale(t *testing.T) {
	n := Namer{WorkDir: "/work/repo"}
	for _, c := range [][2]string{{"/work/repo/a", "a"}, {"/work/repo/a", "a"}, {"./b", "b"}, {"/work/repo/a", "a"}} {
		if got := n.Name(c[0]); got != c[1] {
			t.Errorf("Name(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
