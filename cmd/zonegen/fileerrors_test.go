package main

import (
	"os"
	"strings"
	"testing"
)

// TestFileErrors: a zone file that cannot be read is named once, by the
// path as given (a tester found "nonexist: nonexist: no such file",
// "un/b.zone: error: b.zone: permission denied", "/tmp: tmp is not a
// regular file" and "path escapes from parent" for /dev/stdin).
func TestFileErrors(t *testing.T) {
	workDir(t, lyncZone)
	zone := "mz/db.contoso.com"
	tests := []struct {
		name string
		args []string
		want string // the whole of standard error, or of standard output for audit
	}{
		{"diff, missing file", []string{"diff", zone, "mz/nonexist"}, "zonegen: mz/nonexist: no such file or directory\n"},
		{"diff, directory", []string{"diff", zone, "mz"}, "zonegen: mz: not a regular file\n"},
		{"audit, device", []string{"audit", "/dev/null"}, "/dev/null: error: not a regular file [syntax]\n"},
		{"audit, missing directory", []string{"audit", "nodir/nosuch"}, "nodir/nosuch: error: no such file or directory [syntax]\n"},
	}
	if _, err := os.Stat("/dev/stdin"); err == nil {
		// /dev/stdin is a link to /proc/self/fd/0, out of /dev: zonegen
		// reads no standard input.
		tests = append(tests, struct {
			name string
			args []string
			want string
		}{"audit, standard input", []string{"audit", "/dev/stdin"}, "/dev/stdin: error: not a regular file [syntax]\n"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := zonegen(t, nil, tt.args...)
			got := stderr
			if tt.args[0] == "audit" {
				got, _, _ = strings.Cut(out, "1 error")
			}
			if code != 2 || got != tt.want {
				t.Errorf("exit %d, got %q, want %q\nstdout:\n%s", code, got, tt.want, out)
			}
		})
	}
}

// TestUnreadableFile: a file the user may not read is "permission denied"
// at the path as given (not its base name). Root reads every file.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	workDir(t, lyncZone)
	if err := os.Chmod("mz/db.contoso.com", 0); err != nil {
		t.Fatal(err)
	}
	code, out, _ := zonegen(t, nil, "audit", "mz/db.contoso.com")
	if code != 2 || !strings.HasPrefix(out, "mz/db.contoso.com: error: permission denied [syntax]\n") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

// TestUnreadableSubdirectory: a directory below a directory argument that
// the user may not list is a syntax finding of its own, and the other
// zones are still audited (review 16 G2: the run stopped, the directory
// named twice). Root lists every directory.
func TestUnreadableSubdirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root lists every directory")
	}
	workDir(t, lyncZone)
	if err := os.Mkdir("mz/sub", 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod("mz/sub", 0o755) })
	code, out, stderr := zonegen(t, nil, "audit", "mz")
	if code != 2 || !strings.Contains(out, "mz/sub: error: a directory that cannot be listed: permission denied [syntax]\n") || !strings.Contains(out, "[missing-aaaa]") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}
