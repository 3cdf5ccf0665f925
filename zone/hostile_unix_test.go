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

// TestStdinIsNoZone: /dev/stdin, and a link to it, are "not a regular
// file" even when the process's standard input is a zone file: zonegen
// reads no standard input, and fix --write would replace that file
// (review 18 #1: it read and wrote it). The reading runs in a child
// process of the test, whose standard input is the file.
func TestStdinIsNoZone(t *testing.T) {
	if link := os.Getenv("ZONEGEN_STDIN_CHILD"); link != "" {
		for _, name := range []string{"/dev/stdin", link} {
			z := ReadPaths([]string{name}, Options{Origin: "contoso.com."})[0]
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
	f, err := os.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStdinIsNoZone$")
	cmd.Env, cmd.Stdin = append(os.Environ(), "ZONEGEN_STDIN_CHILD="+link), f
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("child said %q, want two lines", out)
	}
	for _, l := range lines {
		if !strings.Contains(l, "not a regular file") {
			t.Errorf("%s; want not a regular file", l)
		}
	}
}
