//go:build unix

package yamlpos

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadFileNotRegular: a FIFO and a device are refused before they are
// opened (test 13 D1: a topology or config FIFO blocked the run, and
// /dev/zero grew its memory without end).
//
// The FIFO has a writer waiting for a reader, so that the test cannot
// hang: a ReadFile that opened the FIFO would read the writer's text and
// return it (and the test fail). When ReadFile refuses it, the test opens
// the reading end itself (without blocking) to let the writer finish.
func TestReadFileNotRegular(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "topology.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	wrote := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			_, err = w.WriteString("a: 1\n")
			w.Close()
		}
		wrote <- err
	}()
	data, err := ReadFile(fifo)
	r, rerr := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if werr := <-wrote; werr != nil {
		t.Error(werr)
	}
	r.Close()
	if !errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadFile(FIFO) = %q, %v, want not a regular file", data, err)
	}
	if _, err := ReadFile("/dev/zero"); !errors.Is(err, ErrNotRegular) || err.Error() != "open /dev/zero: not a regular file" {
		t.Errorf("ReadFile(/dev/zero) = %v, want not a regular file", err)
	}
}
