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
	"time"
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
	// fails with it, and the process is ended then (review 20 #5).
	err    error
	stderr stderrBuffer // what git said, for err
}

// stderrBuffer keeps the first 4 KB that git writes to its standard error.
type stderrBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (s *stderrBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b = append(s.b, p[:min(len(p), max(0, 4096-len(s.b)))]...)
	return len(p), nil
}

func (s *stderrBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.TrimSpace(string(s.b))
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
	c := &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}
	c.captureStderr()
	if err := cmd.Start(); err != nil {
		in.Close()
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return c, nil
}

// captureStderr keeps what git writes to its standard error for c.err.
// A process git starts may hold that pipe after git ends (a partial
// clone's fetch), and Wait would wait for it: a second is enough for
// git's own last words (review 21 #5: a review hung as long as it ran).
func (c *catFile) captureStderr() {
	c.cmd.Stderr = &c.stderr
	c.cmd.WaitDelay = time.Second
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
		// stream, not theirs (review 20b #13), and with what git said
		// when it died (test 20e D7)
		c.end()
		if msg := c.stderr.String(); msg != "" {
			err = fmt.Errorf("%w: git said: %s", err, msg)
		}
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

// end kills the process after a failed request, when git may be blocked
// on an answer left unread, and waits for it, and so for all it wrote to
// its standard error.
func (c *catFile) end() {
	c.in.Close()
	c.cmd.Process.Kill()
	c.cmd.Wait()
}

// close ends the process, unless a failed request ended it: its input
// closed ends it, and it is waited for.
func (c *catFile) close() {
	if c.err != nil {
		return
	}
	c.in.Close()
	c.cmd.Wait()
}
