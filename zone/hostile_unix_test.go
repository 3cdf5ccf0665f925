//go:build unix

package zone

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNotARegularFile: a FIFO (which would block a reader forever) and a
// device are refused before anything is read.
func TestNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "db.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	write(t, filepath.Join(dir, "db"), "$TTL 1\n$INCLUDE db.fifo\n")
	for _, name := range []string{fifo, filepath.Join(dir, "db"), "/dev/zero"} {
		z := ReadFile(name, Options{Origin: "contoso.com."})
		if z.Err == nil || !strings.Contains(z.Err.Error(), "not a regular file") {
			t.Errorf("%s: err = %v, want not a regular file", name, z.Err)
		}
	}
}
