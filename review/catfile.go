package review

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// catFile is one `git cat-file --batch --follow-symlinks` of a
// repository, which answers every request for a file at a revision: a
// git process for each file cost some 20 ms, and a review of 2,000 zones
// under a commit's hook, two files each, 78 s (test 19d E6).
type catFile struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	// err is the first failure of a request: the answers are then out of
	// step with the requests (a body left unread), so every later request
	// fails with it, and close kills the process (review 20 #5).
	err error
}

// startCatFile starts the process in the repository's top directory.
func startCatFile(root string) (*catFile, error) {
	cmd := exec.Command("git", "cat-file", "--batch", "--follow-symlinks")
	cmd.Dir = root
	cmd.Env = gitEnv(os.Environ())
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		in.Close()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		in.Close()
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

// request returns git's answer to object name spec (REV:PATH): its
// header line, and what follows it, if anything (the file, or the path
// that a symbolic link names).
func (c *catFile) request(spec string) (header string, body []byte, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return "", nil, c.err
	}
	header, body, err = c.answer(spec)
	if err != nil {
		// later requests fail with it, naming the file that broke the
		// stream, not theirs (review 20b #13)
		c.err = fmt.Errorf("reading %s: %w", spec, err)
	}
	return header, body, c.err
}

// answer asks git for spec and reads its answer.
func (c *catFile) answer(spec string) (header string, body []byte, err error) {
	if _, err := io.WriteString(c.in, spec+"\n"); err != nil {
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	line, err := c.out.ReadString('\n')
	if err != nil {
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	header = strings.TrimSuffix(line, "\n")
	if strings.HasSuffix(header, " missing") || strings.HasSuffix(header, " ambiguous") {
		return header, nil, nil
	}
	f := strings.Fields(header)
	size := ""
	switch {
	case len(f) == 2: // dangling, loop, notdir, symlink: SIZE LF TEXT LF
		size = f[1]
	case len(f) == 3: // OID TYPE SIZE LF CONTENT LF
		size = f[2]
	}
	n, err := strconv.Atoi(size)
	if err != nil || n < 0 {
		return "", nil, fmt.Errorf("git cat-file said %q", header)
	}
	body = make([]byte, n+1)
	if _, err := io.ReadFull(c.out, body); err != nil {
		return "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	return header, body[:n], nil
}

// close ends the process: its input closed, which ends it, or killed
// after a failed request, when git may be blocked on an answer left
// unread; and waited for.
func (c *catFile) close() {
	c.in.Close()
	if c.err != nil {
		c.cmd.Process.Kill()
	}
	c.cmd.Wait()
}
