//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestLongPathCut: a path the system refuses as too long (ENAMETOOLONG,
// its message is the one of unix systems) is the value at fault and is
// cut where a message quotes it; any other path is kept whole.
func TestLongPathCut(t *testing.T) {
	workDir(t, lyncZone)
	head := strings.Repeat("p", 64) + "…"
	missing := "nosuch/" + strings.Repeat("q", 200) + "/" + strings.Repeat("q", 200) + ".yaml"
	tests := []struct {
		name string
		args []string
		want string
	}{
		{name: "--plan", args: []string{"fix", "--plan", strings.Repeat("p", 100_000), "mz"}, want: "zonegen: read plan: open " + head + " (100000 bytes): file name too long\n"},
		{name: "--config", args: []string{"audit", "--config", strings.Repeat("p", 100_000), "mz"}, want: "zonegen: config: open " + head + " (100000 bytes): file name too long\n"},
		{name: "missing, whole", args: []string{"fix", "--plan", missing, "mz"}, want: "zonegen: read plan: open " + missing + ": no such file or directory\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := zonegen(t, nil, tt.args...)
			if code != 2 || out != "" || stderr != tt.want {
				t.Errorf("exit %d, stdout %.100q, stderr (%d bytes) %.300q; want 2 and %q", code, out, len(stderr), stderr, tt.want)
			}
		})
	}
}

// TestLongPathPrefixWhole: a zone file's name is the FILE of its
// findings' FILE:LINE: prefix, which editors and CI read: it is never
// cut, however long.
func TestLongPathPrefixWhole(t *testing.T) {
	workDir(t, lyncZone)
	name := strings.Repeat("n", 300) // too long for a file name: the finding says so
	code, out, _ := zonegen(t, nil, "audit", name)
	if want := name + ": error: file name too long [syntax]\n"; code != 2 || !strings.HasPrefix(out, want) {
		t.Errorf("exit %d, stdout %.400q; want 2 and %q first", code, out, want)
	}
}
