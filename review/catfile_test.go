package review

import (
	"bufio"
	"os/exec"
	"testing"
)

// TestCatFileStaysOut: once an answer cannot be read, a catFile answers
// every later request with that error, without asking again, since the
// answers are then out of step with the requests; close ends the process
// all the same (review 20 #5). cat stands for a git that says nonsense.
func TestCatFileStaysOut(t *testing.T) {
	cmd := exec.Command("cat")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Skip("no cat:", err)
	}
	c := &catFile{cmd: cmd, in: in, out: bufio.NewReader(out)}
	_, _, first := c.request("HEAD:a")
	if first == nil {
		t.Fatal("an answer of no size read as one")
	}
	if _, _, err := c.request("HEAD:b"); err != first {
		t.Errorf("second request: %v, want the first error %v", err, first)
	}
	c.close()
	if cmd.ProcessState == nil {
		t.Error("the process was not waited for")
	}
}
