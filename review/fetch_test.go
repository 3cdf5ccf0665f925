package review_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/review"
)

// TestReviewFetchesOnce: each file of the base revision comes out of git
// once, however often the reader opens it: zone stats a file before it
// opens it, and opens a large one again for each segment it parses.
func TestReviewFetchesOnce(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // committed besides db.contoso.com
		zone  string
		large bool // largeZone follows zone
	}{
		{
			name:  "zone and include",
			files: map[string]string{"pool02.inc": "pool02 IN A 10.0.2.11\npool02 IN AAAA fd00:2::11\n"},
			zone:  committed + "$INCLUDE pool02.inc\n",
		},
		{
			name:  "zone read in segments",
			zone:  committed,
			large: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.large {
				if testing.Short() {
					t.Skip("a zone of 8 MB")
				}
				// A zone is read in segments only on more than one core.
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
			}
			text := tt.zone
			if tt.large {
				text += largeZone()
			}
			dir := newRepo(t)
			write(t, dir, "db.contoso.com", text)
			for name, text := range tt.files {
				write(t, dir, name, text)
			}
			run(t, dir, "add", ".")
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zone")
			calls := logGit(t)
			if _, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{}); err != nil {
				t.Fatal(err)
			}
			want := map[string]int{"HEAD:db.contoso.com": 1}
			for name := range tt.files {
				want["HEAD:"+name] = 1
			}
			if diff := cmp.Diff(want, blobFetches(t, calls)); diff != "" {
				t.Errorf("git cat-file blob calls by blob (-want +got):\n%s", diff)
			}
		})
	}
}

// largeZone returns records enough to make a zone that is read in
// segments (zone reads a file of 8 MB or more that way).
func largeZone() string {
	var b strings.Builder
	for i := 0; b.Len() <= 8<<20; i++ {
		fmt.Fprintf(&b, "h%06d IN A 10.%d.%d.%d\n", i, i>>16&255, i>>8&255, i&255)
	}
	return b.String()
}

// logGit puts a git in front of the real one in PATH that logs its
// arguments, one call a line, to the file whose path it returns; a
// cat-file --batch call, which reads the blobs' names from its input, one
// a line while it runs, logs each as "cat-file blob NAME".
func logGit(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the logging git is a shell script")
	}
	real, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git")
	}
	bin := t.TempDir()
	calls := filepath.Join(bin, "calls")
	script := fmt.Sprintf(`#!/bin/sh
case "$*" in
*--batch*) while IFS= read -r in; do echo "cat-file blob $in" >> '%[1]s'; printf '%%s\n' "$in"; done | exec '%[2]s' "$@" ;;
*) echo "$*" >> '%[1]s'; exec '%[2]s' "$@" ;;
esac
`, calls, real)
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return calls
}

// blobFetches counts the blobs fetched from git in a log, by name.
func blobFetches(t *testing.T, calls string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(calls)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for line := range strings.Lines(string(data)) {
		if blob, ok := strings.CutPrefix(strings.TrimSpace(line), "cat-file blob "); ok {
			n[blob]++
		}
	}
	return n
}
