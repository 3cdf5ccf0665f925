package review

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowRefusesLinkOut: a symbolic link of the base tree that leads out
// of the repository is not followed, and a loop of links ends.
func TestShowRefusesLinkOut(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	links := map[string]string{"out.inc": "../../etc/passwd", "loop.inc": "loop2.inc", "loop2.inc": "loop.inc"}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "links"}} {
		if _, err := git(dir, args...); err != nil {
			t.Fatal(err)
		}
	}
	r, err := openRepo(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.close()
	for file, want := range map[string]string{"out.inc": "leads out of the repository", "loop.inc": "symbolic links"} {
		if _, _, err := r.show("HEAD", "HEAD", file); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("show %s: error %v, want one that says %q", file, err, want)
		}
	}
}
