package review_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/review"
)

// TestReviewSymlinkAtBase: an $INCLUDE that is a symbolic link in the
// base tree is read through the link, not as the link's text, so an
// unchanged zone has no diff and no findings.
func TestReviewSymlinkAtBase(t *testing.T) {
	tests := []struct {
		name   string
		target string // of the link pool02.inc
	}{
		{name: "link in the tree", target: "parts/pool02.txt"},
		{name: "link to a link", target: "again.inc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			if err := os.Mkdir(filepath.Join(dir, "parts"), 0o755); err != nil {
				t.Fatal(err)
			}
			write(t, dir, "parts/pool02.txt", "pool02 IN A 10.0.2.11\npool02 IN AAAA fd00:2::11\n")
			write(t, dir, "db.contoso.com", committed+"$INCLUDE pool02.inc\n")
			for link, target := range map[string]string{"pool02.inc": tt.target, "again.inc": "parts/pool02.txt"} {
				if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
					t.Skip("no symbolic links:", err)
				}
			}
			run(t, dir, "add", ".")
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "linked include")
			res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Files[0].Diff.Empty() || len(res.Audit.Findings) != 0 {
				t.Errorf("unchanged zone: diff %s, findings %v", res.Files[0].Diff.Summary(), res.Audit.Findings)
			}
		})
	}
}

// TestReviewSymlinkedDirAtBase: an $INCLUDE whose path goes through a
// symbolic link to a directory is read through it at the base too.
func TestReviewSymlinkedDirAtBase(t *testing.T) {
	dir := newRepo(t)
	if err := os.Mkdir(filepath.Join(dir, "parts"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "parts/pool02.inc", "pool02 IN A 10.0.2.11\npool02 IN AAAA fd00:2::11\n")
	write(t, dir, "db.contoso.com", committed+"$INCLUDE shared/pool02.inc\n")
	if err := os.Symlink("parts", filepath.Join(dir, "shared")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "linked directory")
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Files[0].Diff.Empty() || len(res.Audit.Findings) != 0 {
		t.Errorf("unchanged zone: diff %s, findings %v", res.Files[0].Diff.Summary(), res.Audit.Findings)
	}
}

// TestReviewLostObject: a file whose object the repository has lost is an
// error naming the object, not a new file reviewed without its serial
// check (test 20e D7); a file in a directory that the base does not have
// is still new.
func TestReviewLostObject(t *testing.T) {
	for _, name := range []string{"db.contoso.com", "zones/db.contoso.com"} {
		t.Run(name, func(t *testing.T) {
			dir := newRepo(t)
			if err := os.MkdirAll(filepath.Join(dir, "zones"), 0o755); err != nil {
				t.Fatal(err)
			}
			write(t, dir, "zones/db.contoso.com", committed)
			run(t, dir, "add", ".")
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zones")
			oid := strings.TrimSpace(gitOut(t, dir, "rev-parse", "HEAD:"+name))
			// both files hold the same text, so one object is lost for both
			if err := os.Remove(filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
				t.Skip("objects not stored loose:", err)
			}
			write(t, dir, name, bumped("fe02", "fe03"))
			_, err := review.Run([]string{filepath.Join(dir, name)}, review.Options{})
			want := "git object " + oid + " of the file at HEAD is missing from the repository"
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want %q", err, want)
			}
		})
	}
	t.Run("lost directory", func(t *testing.T) { // review 21 #1
		dir := newRepo(t)
		if err := os.MkdirAll(filepath.Join(dir, "zones"), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, dir, "zones/db.fabrikam.com", strings.ReplaceAll(committed, "contoso", "fabrikam"))
		run(t, dir, "add", ".")
		run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zones")
		oid := strings.TrimSpace(gitOut(t, dir, "rev-parse", "HEAD:zones"))
		if err := os.Remove(filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
			t.Skip("objects not stored loose:", err)
		}
		write(t, dir, "zones/db.fabrikam.com", strings.ReplaceAll(bumped("fe02", "fe03"), "contoso", "fabrikam"))
		_, err := review.Run([]string{filepath.Join(dir, "zones/db.fabrikam.com")}, review.Options{})
		want := "git object " + oid + ", the directory zones at HEAD, is missing from the repository"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	})
	t.Run("lost include", func(t *testing.T) { // test 21x #1: reviewed as a base that does not parse, exit 0
		dir := newRepo(t)
		write(t, dir, "db.contoso.com", committed+"$INCLUDE web.inc\n")
		write(t, dir, "web.inc", "web A 10.0.1.80\n")
		run(t, dir, "add", ".")
		run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "include")
		oid := strings.TrimSpace(gitOut(t, dir, "rev-parse", "HEAD:web.inc"))
		if err := os.Remove(filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
			t.Skip("objects not stored loose:", err)
		}
		write(t, dir, "db.contoso.com", committed+"$INCLUDE web.inc\nmeet A 10.0.1.81\n")
		_, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
		want := "git object " + oid + " of the file at HEAD is missing from the repository"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	})
	t.Run("new directory", func(t *testing.T) {
		dir := newRepo(t)
		if err := os.MkdirAll(filepath.Join(dir, "new", "zones"), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, dir, "new/zones/db.contoso.com", committed)
		res, err := review.Run([]string{filepath.Join(dir, "new/zones/db.contoso.com")}, review.Options{})
		if err != nil || !res.Files[0].Added {
			t.Errorf("err = %v, added = %v; want a new file", err, err == nil && res.Files[0].Added)
		}
	})
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}
