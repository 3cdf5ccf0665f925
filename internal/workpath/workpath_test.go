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

// TestBelow: a path lies at or below a directory when its path relative to it
// does not leave it, whichever of the two is given relative.
func TestBelow(t *testing.T) {
	for _, c := range []struct {
		file, dir string
		want      bool
	}{
		{"zones/db.x", "zones", true},
		{"/work/zones/db.x", "zones", true},
		{"zones/db.x", "/work/zones", true},
		{"zones/../db.x", "zones", false},
		{"/elsewhere/db.x", "/work", false},
		{"zones", "zones", true}, // the directory itself: Rel gives "."
	} {
		if got := Below(c.file, c.dir, "/work"); got != c.want {
			t.Errorf("Below(%q, %q) = %v, want %v", c.file, c.dir, got, c.want)
		}
	}
}
