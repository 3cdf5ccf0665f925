package review

import (
	"bufio"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCatFileStaysOut: once an answer cannot be read, a catFile answers
// every later request with that error, without asking again, since the
// answers are then out of step with the requests; close ends the process
// all the same, killing it, since a git blocked on an answer left unread
// would not end (review 20 #5). cat stands for a git that says nonsense,
// and the sleep after it for one that does not end when its input does
// (review 20b #14: cat alone ended, and the kill went untested).
func TestCatFileStaysOut(t *testing.T) {
	c := fakeCatFile(t, "cat; exec sleep 30")
	cmd := c.cmd
	_, _, first := c.request("HEAD:a")
	if first == nil {
		t.Fatal("an answer of no size read as one")
	}
	if _, _, err := c.request("HEAD:b"); err != first {
		t.Errorf("second request: %v, want the first error %v", err, first)
	}
	c.close()
	if cmd.ProcessState == nil {
		t.Fatal("the process was not waited for")
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && !ws.Signaled() {
		t.Errorf("the process ended by itself (%v), not killed", cmd.ProcessState)
	}
}

// TestCatFileSaysWhy: when git dies, the error says what git wrote to its
// standard error, not only that its answer ended (test 20e D7).
func TestCatFileSaysWhy(t *testing.T) {
	c := fakeCatFile(t, "read spec; echo \"fatal: unable to read 03adffca\" >&2; exit 128")
	_, _, err := c.request("HEAD:a")
	want := "reading HEAD:a: git cat-file: EOF: git said: fatal: unable to read 03adffca"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	c.close()
}

// TestCatFileNoHang: a process that git leaves behind holding its
// standard error (a partial clone's fetch) does not hold the review
// (review 21 #5: it waited for it).
func TestCatFileNoHang(t *testing.T) {
	c := fakeCatFile(t, "read spec; (sleep 30 </dev/null >/dev/null &); echo fatal: gone >&2; exit 128")
	start := time.Now()
	if _, _, err := c.request("HEAD:a"); err == nil || !strings.Contains(err.Error(), "git said: fatal: gone") {
		t.Errorf("err = %v, want git's words", err)
	}
	c.close()
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the request took %v: it waited for the process left behind", d)
	}
}

// fakeCatFile is a catFile whose git is the shell script script.
func fakeCatFile(t *testing.T, script string) *catFile {
	t.Helper()
	cmd := exec.Command("sh", "-c", script)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &catFile{cmd: cmd, in: in, out: bufio.NewReader(out)}
	c.captureStderr()
	if err := cmd.Start(); err != nil {
		t.Skip("no sh:", err)
	}
	return c
}
