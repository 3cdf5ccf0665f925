package review_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/review"
)

// TestReviewGitEnv: git sets GIT_DIR (and GIT_INDEX_FILE) for the hooks of
// a linked worktree; review still finds the repository from each file's
// directory, so a zone in a subdirectory is compared with its old version.
func TestReviewGitEnv(t *testing.T) {
	tests := []struct {
		name   string
		gitDir func(dir string) string
	}{
		{name: "absolute GIT_DIR", gitDir: func(dir string) string { return filepath.Join(dir, ".git") }},
		{name: "relative GIT_DIR", gitDir: func(string) string { return ".git" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			if err := os.Mkdir(filepath.Join(dir, "zones"), 0o755); err != nil {
				t.Fatal(err)
			}
			run(t, dir, "mv", "db.contoso.com", "zones/db.contoso.com")
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "move")
			write(t, dir, "zones/db.contoso.com", strings.Replace(committed, "2024061503", "2024061504", 1)+"mail IN A 10.0.0.25\n")
			t.Chdir(dir)
			t.Setenv("GIT_DIR", tt.gitDir(dir))
			t.Setenv("GIT_INDEX_FILE", filepath.Join(dir, ".git", "index"))
			res, err := review.Run([]string{filepath.Join("zones", "db.contoso.com")}, review.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Files[0].Added || len(res.Audit.Findings) != 0 {
				t.Errorf("zones/db.contoso.com reviewed as new (added %v), findings %v", res.Files[0].Added, res.Audit.Findings)
			}
		})
	}
}

// TestReviewSeparateGitDir: a repository kept apart from its work tree
// (GIT_DIR and GIT_WORK_TREE, a bare repository here) is the one the
// variables name, relative or absolute, and no directory of the work tree
// names it.
func TestReviewSeparateGitDir(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	bare, tree := t.TempDir(), t.TempDir()
	run(t, bare, "init", "-q", "--bare")
	if err := os.Mkdir(filepath.Join(tree, "zones"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, tree, "zones/db.contoso.com", committed)
	t.Chdir(tree)
	t.Setenv("GIT_DIR", bare)
	t.Setenv("GIT_WORK_TREE", ".")
	run(t, tree, "add", ".")
	run(t, tree, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zone")
	write(t, tree, "zones/db.contoso.com", committed+"mail IN A 10.0.0.25\n")
	res, err := review.Run([]string{filepath.Join("zones", "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files[0].Added {
		t.Fatal("zones/db.contoso.com reviewed as new")
	}
	var got []string
	for _, f := range res.Audit.Findings {
		got = append(got, f.Check)
	}
	if !slices.Contains(got, "serial-not-incremented") {
		t.Errorf("findings %v, want serial-not-incremented", got)
	}
}
