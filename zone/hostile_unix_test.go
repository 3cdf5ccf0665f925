//go:build unix

package zone

import (
	"fmt"
	"os"
	"os/exec"
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

// TestStdinIsNoZone: /dev/stdin, a link to it, a path through a directory
// link to /dev/fd and a path in /proc are "not a regular file" even when
// the process's standard input is a zone file: zonegen
// reads no standard input, and fix --write would replace that file
// (review 18 #1: it read and wrote it). The reading runs in a child
// process of the test, whose standard input is the file.
func TestStdinIsNoZone(t *testing.T) {
	if link := os.Getenv("ZONEGEN_STDIN_CHILD"); link != "" {
		dir := filepath.Dir(link)
		for _, name := range []string{"/dev/stdin", link, filepath.Join(dir, "fd", "0"), "/proc/self/cwd/db"} {
			z := ReadFiles(ZoneFiles([]string{name}), Options{Origin: "contoso.com."})[0]
			fmt.Printf("%s: %v\n", z.File, z.Err)
		}
		os.Exit(0)
	}
	if _, err := os.Stat("/dev/stdin"); err != nil {
		t.Skip("no /dev/stdin:", err)
	}
	dir := t.TempDir()
	db, link := filepath.Join(dir, "db"), filepath.Join(dir, "my.zone")
	write(t, db, "$TTL 1\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 10.0.0.1\n")
	if err := os.Symlink("/dev/stdin", link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/fd", filepath.Join(dir, "fd")); err != nil { // a link in the directory part (test 18b D3)
		t.Fatal(err)
	}
	f, err := os.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStdinIsNoZone$")
	cmd.Env, cmd.Stdin, cmd.Dir = append(os.Environ(), "ZONEGEN_STDIN_CHILD="+link), f, dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 4 {
		t.Fatalf("child said %q, want four lines", out)
	}
	for _, l := range lines {
		if !strings.Contains(l, "not a regular file") {
			t.Errorf("%s; want not a regular file", l)
		}
	}
}
