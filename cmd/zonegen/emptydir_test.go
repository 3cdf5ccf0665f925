package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestEmptyDirectory: audit and fix of a directory without zone files
// (empty, or with parts and notes only) is an error, exit 2: a CI job
// pointed at a mistyped or moved directory must not pass (it did, "0
// errors ... in 0 zones", exit 0).
func TestEmptyDirectory(t *testing.T) {
	workDir(t, lyncZone)
	os.Mkdir("empty", 0o755)
	os.Mkdir("parts", 0o755)
	os.WriteFile("parts/pool.inc", []byte("pool01 IN A 10.0.1.11\n"), 0o644)
	os.WriteFile("parts/README.md", []byte("zones\n"), 0o644)
	os.WriteFile("plan.yaml", []byte("version: 1\nsubnets:\n  - ipv4: 10.0.1.0/24\n    ipv6: \"fd00:1::/64\"\n    host: mimic\n"), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"audit", "empty"}, "zonegen: empty: no zone files\n"},
		{[]string{"audit", "--format", "sarif", "mz", "parts"}, "zonegen: parts: no zone files\n"},
		{[]string{"fix", "--plan", "plan.yaml", "empty"}, "zonegen: empty: no zone files\n"},
		{[]string{"fix", "--plan", "plan.yaml", "mz", "parts"}, "zonegen: parts: no zone files\n"},
	}
	for _, tt := range tests {
		code, out, stderr := zonegen(t, nil, tt.args...)
		if code != 2 || out != "" || stderr != tt.want {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q\nstdout:\n%s", tt.args, code, stderr, tt.want, out)
		}
	}
	// a directory whose zones another directory argument lists already
	if code, _, stderr := zonegen(t, nil, "audit", ".", "mz"); code != 1 {
		t.Errorf("audit . mz: exit %d, want 1\n%s", code, stderr)
	}
}

// TestReviewEmptyDirectory: review of a directory without zone files has
// nothing to review: exit 0, with a note on standard error, so that the
// pre-commit hook of a repository whose zones were all deleted does not
// fail (docs/decisions.md). A path that does not exist is still an error.
func TestReviewEmptyDirectory(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	workDir(t, lyncZone)
	if out, err := exec.Command("git", "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	os.Mkdir("zones", 0o755)
	code, out, stderr := zonegen(t, nil, "review", "--format", "sarif", "zones")
	if code != 0 || stderr != "zonegen: zones: no zone files\n" || !strings.Contains(out, `"results": []`) {
		t.Errorf("review zones: exit %d, stderr %q\nstdout:\n%s", code, stderr, out)
	}
	if code, _, _ := zonegen(t, nil, "review", "nosuch"); code != 2 {
		t.Errorf("review nosuch: exit %d, want 2", code)
	}
}
