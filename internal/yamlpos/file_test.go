package yamlpos

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFile: a YAML file is read whole up to MaxFileSize; a larger
// one, a directory and a missing file are refused with the path.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.yaml")
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(ok, []byte("a: 1\n"), 0o644)
	os.WriteFile(big, []byte("# "+strings.Repeat("x", MaxFileSize)+"\n"), 0o644)
	if data, err := ReadFile(ok); err != nil || string(data) != "a: 1\n" {
		t.Errorf("ReadFile(ok) = %q, %v", data, err)
	}
	tests := []struct {
		path string
		is   error
		want string
	}{
		{big, ErrTooLarge, "read " + big + ": larger than 4 MiB"},
		{dir, ErrNotRegular, "open " + dir + ": not a regular file"},
		{filepath.Join(dir, "none"), os.ErrNotExist, "open " + filepath.Join(dir, "none") + ": no such file or directory"},
	}
	for _, tt := range tests {
		_, err := ReadFile(tt.path)
		if !errors.Is(err, tt.is) || err.Error() != tt.want {
			t.Errorf("ReadFile(%s) = %v, want %s", tt.path, err, tt.want)
		}
	}
}
