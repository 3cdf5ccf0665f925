package zone

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileReplaces(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "db.contoso.com")
	if err := os.WriteFile(name, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(name, []byte("old\n"), []byte("new\n"), dir); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	fi, _ := os.Stat(name)
	if string(got) != "new\n" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v, want \"new\\n\" mode 0640", got, fi.Mode().Perm())
	}
	assertNoTemp(t, dir)
}

func TestWriteFileRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(name, []byte("edited by someone else\n"), 0o644)
	err := writeFile(name, []byte("old\n"), []byte("new\n"), dir)
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("err = %v, want ErrChanged", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "edited by someone else\n" {
		t.Errorf("file changed to %q", got)
	}
}

func TestWriteFileRefusesLinkOutOfRoot(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	target := filepath.Join(outside, "victim")
	os.WriteFile(target, []byte("old\n"), 0o644)
	link := filepath.Join(root, "db.contoso.com")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := writeFile(link, []byte("old\n"), []byte("new\n"), root); err == nil {
		t.Fatal("wrote through a link that leaves the root")
	}
	if got, _ := os.ReadFile(target); string(got) != "old\n" {
		t.Errorf("file outside the root changed to %q", got)
	}
}

// TestWriteFileDiesMidway injects a failure at every step of the atomic
// replacement: before the rename the original is untouched, after it the
// file holds the whole new content; no temporary file is left.
func TestWriteFileDiesMidway(t *testing.T) {
	for _, step := range []string{"write", "sync", "chmod", "chown", "close", "rename", "sync-dir"} {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "db.contoso.com")
			os.WriteFile(name, []byte("old\n"), 0o644)
			boom := errors.New("boom")
			err := writeFilesWith(oneFile(name), func(s string) error {
				if s == step {
					return boom
				}
				return nil
			})
			if !errors.Is(err, boom) {
				t.Fatalf("err = %v, want the injected failure", err)
			}
			want := "old\n"
			if step == "sync-dir" {
				want = "new\n"
			}
			if got, _ := os.ReadFile(name); string(got) != want {
				t.Errorf("after a failure at %s the file holds %q, want %q", step, got, want)
			}
			if step != "sync-dir" {
				assertNoTemp(t, dir)
			}
		})
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "db.contoso.com" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestWriteFilesAllOrNothing: a failure while the second of two files is
// prepared (a step injected, or the file changed on disk) leaves both
// files as they were and no temporary file behind.
func TestWriteFilesAllOrNothing(t *testing.T) {
	boom := errors.New("boom")
	for _, step := range []string{"write", "sync", "chmod", "chown", "close", "changed"} {
		t.Run(step, func(t *testing.T) {
			var files []FileWrite
			var dirs []string
			for range 2 {
				dir := t.TempDir()
				name := filepath.Join(dir, "db.contoso.com")
				os.WriteFile(name, []byte("old\n"), 0o644)
				files = append(files, FileWrite{Name: name, Was: FingerprintOf([]byte("old\n")), New: []byte("new\n"), Root: dir})
				dirs = append(dirs, dir)
			}
			if step == "changed" {
				os.WriteFile(files[1].Name, []byte("edited by someone else\n"), 0o644)
			}
			seen := 0
			err := writeFilesWith(files, func(s string) error {
				if s == step {
					if seen++; seen == 2 {
						return boom
					}
				}
				return nil
			})
			if err == nil {
				t.Fatal("no error")
			}
			if got, _ := os.ReadFile(files[0].Name); string(got) != "old\n" {
				t.Errorf("the first file holds %q after the second failed, want \"old\\n\"", got)
			}
			for _, dir := range dirs {
				assertNoTemp(t, dir)
			}
		})
	}
}

// TestWriteFilesReplacesAll: without a failure every file is replaced.
func TestWriteFilesReplacesAll(t *testing.T) {
	dir := t.TempDir()
	var files []FileWrite
	for _, n := range []string{"db.contoso.com", "db.fabrikam.com"} {
		name := filepath.Join(dir, n)
		os.WriteFile(name, []byte("old "+n+"\n"), 0o644)
		files = append(files, FileWrite{Name: name, Was: FingerprintOf([]byte("old " + n + "\n")), New: []byte("new " + n + "\n"), Root: dir})
	}
	if err := WriteFiles(files); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if got, _ := os.ReadFile(f.Name); string(got) != string(f.New) {
			t.Errorf("%s holds %q, want %q", f.Name, got, f.New)
		}
	}
}

// TestWriteFilesOneTargetTwice: two names of one file (a symbolic link
// and its target) are refused before anything is written: the second
// rename would undo the first one's edits.
func TestWriteFilesOneTargetTwice(t *testing.T) {
	dir := t.TempDir()
	name, link := filepath.Join(dir, "hosts.inc"), filepath.Join(dir, "alias.inc")
	os.WriteFile(name, []byte("old\n"), 0o644)
	if err := os.Symlink("hosts.inc", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	err := WriteFiles([]FileWrite{
		{Name: name, Was: FingerprintOf([]byte("old\n")), New: []byte("old\nfirst\n"), Root: dir},
		{Name: link, Was: FingerprintOf([]byte("old\n")), New: []byte("old\nsecond\n"), Root: dir},
	})
	if err == nil || !strings.Contains(err.Error(), "the same file") {
		t.Errorf("error %v, want one about the same file written twice", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "old\n" {
		t.Errorf("the file holds %q, want it as it was", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the directory, want the file and its link: a temporary file left behind", len(entries))
	}
}

// TestWriteFileKeepsSpecialBits: the setuid, setgid and sticky bits of
// the file replaced stay, as its permission bits do (the chmod comes
// after the chown, which clears setuid and setgid on Linux).
func TestWriteFileKeepsSpecialBits(t *testing.T) {
	for _, mode := range []os.FileMode{0o640 | os.ModeSetgid, 0o750 | os.ModeSetuid, 0o644 | os.ModeSticky, 0o750 | os.ModeSetuid | os.ModeSetgid} {
		t.Run(mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "db.contoso.com")
			if err := os.WriteFile(name, []byte("old\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(name, mode); err != nil {
				t.Fatal(err)
			}
			if fi, _ := os.Stat(name); fi.Mode() != mode {
				t.Skipf("the file system gives mode %v for %v", fi.Mode(), mode)
			}
			if err := writeFile(name, []byte("old\n"), []byte("new\n"), dir); err != nil {
				t.Fatal(err)
			}
			if fi, _ := os.Stat(name); fi.Mode() != mode {
				t.Errorf("mode %v after the write, want %v", fi.Mode(), mode)
			}
		})
	}
}

// TestWriteFileErrorNamedOnce: a step that fails with an error naming the
// temporary file (a full disk) says the target and the step once, and
// keeps what went wrong (review 16 G1).
func TestWriteFileErrorNamedOnce(t *testing.T) {
	for _, tt := range []struct {
		step string
		err  error
	}{
		{"write", &fs.PathError{Op: "write", Path: ".db.contoso.com.zonegen-1", Err: syscall.ENOSPC}},
		{"rename", &os.LinkError{Op: "rename", Old: ".db.contoso.com.zonegen-1", New: "db.contoso.com", Err: syscall.EXDEV}},
	} {
		dir := t.TempDir()
		name := filepath.Join(dir, "db.contoso.com")
		os.WriteFile(name, []byte("old\n"), 0o644)
		err := writeFilesWith(oneFile(name), func(s string) error {
			if s == tt.step {
				return tt.err
			}
			return nil
		})
		inner := errors.Unwrap(tt.err)
		if want := name + ": " + tt.step + ": " + inner.Error(); err == nil || err.Error() != want || !errors.Is(err, inner) {
			t.Errorf("%s: err = %v, want %q", tt.step, err, want)
		}
		assertNoTemp(t, dir)
	}
}

// TestWriteFilesOverwrite: a FileWrite with Overwrite replaces a file
// whatever it holds, creates one that does not exist, and refuses a name
// that is not a regular file before any rename (test 13 D2: generate's
// fragments).
func TestWriteFilesOverwrite(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "contoso.com.internal.zone")
	fresh := filepath.Join(dir, "contoso.com.external.zone")
	os.WriteFile(old, []byte("not what the caller thinks\n"), 0o640)
	err := WriteFiles([]FileWrite{
		{Name: old, New: []byte("internal\n"), Overwrite: true},
		{Name: fresh, New: []byte("external\n"), Overwrite: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{old: "internal\n", fresh: "external\n"} {
		if got, _ := os.ReadFile(name); string(got) != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
	if fi, _ := os.Stat(old); fi.Mode().Perm() != 0o640 {
		t.Errorf("the replaced file has mode %v, want the original's 0640", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm()&^0o644 != 0 {
		t.Errorf("the new file has mode %v, want 0644 at most (less the umask)", fi.Mode().Perm())
	}

	os.Remove(fresh)
	os.Mkdir(fresh, 0o755)
	err = WriteFiles([]FileWrite{
		{Name: old, New: []byte("second run\n"), Overwrite: true},
		{Name: fresh, New: []byte("external\n"), Overwrite: true},
	})
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("err = %v, want the directory refused", err)
	}
	if got, _ := os.ReadFile(old); string(got) != "internal\n" {
		t.Errorf("the first file was written although the second failed: %q", got)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.zonegen-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestWriteFileDirectoryNotWritable: test 13 D9. When the directory is not
// writable, the error says so and names the file to replace, not the
// temporary file that could not be made; the file is kept. Root writes
// into any directory.
func TestWriteFileDirectoryNotWritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, where directory permissions do not stop a write")
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(name, []byte("old\n"), 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	err := writeFile(name, []byte("old\n"), []byte("new\n"), dir)
	want := dir + ": directory not writable, cannot replace db.contoso.com atomically; nothing written"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
	if got, _ := os.ReadFile(name); string(got) != "old\n" {
		t.Errorf("the file holds %q", got)
	}
}

// TestWriteFilesOverwriteThroughNewLink: a file to overwrite that is a
// symbolic link to a file not made yet is made where the link leads, as
// os.WriteFile made it; it was refused, "no such file or directory", at a
// path the user never typed (test 15 D2).
func TestWriteFilesOverwriteThroughNewLink(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "bind"), 0o755)
	link := filepath.Join(dir, "out.zone")
	if err := os.Symlink(filepath.Join("bind", "made.zone"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := WriteFiles([]FileWrite{{Name: link, New: []byte("new\n"), Overwrite: true}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "bind", "made.zone")); string(got) != "new\n" {
		t.Errorf("the link's target holds %q, want %q", got, "new\n")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link is gone or replaced: %v", err)
	}
}

// TestWriteFileReadOnly: a file the user may not write in place is not
// replaced, though its directory would let a rename through (test 15 D3:
// another user's read-only file was replaced, its owner changed). Root
// may write every file.
func TestWriteFileReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes every file")
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(name, []byte("old\n"), 0o444)
	err := writeFile(name, []byte("old\n"), []byte("new\n"), dir)
	if err == nil || !strings.Contains(err.Error(), "not writable") {
		t.Errorf("err = %v, want the file not writable", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "old\n" {
		t.Errorf("the file holds %q", got)
	}
	assertNoTemp(t, dir)
}

// writeFile replaces the file at name, which held old, with data.
func writeFile(name string, old, data []byte, root string) error {
	return WriteFiles([]FileWrite{{Name: name, Was: FingerprintOf(old), New: data, Root: root}})
}

// oneFile is the write of "new\n" to name, which holds "old\n".
func oneFile(name string) []FileWrite {
	return []FileWrite{{Name: name, Was: FingerprintOf([]byte("old\n")), New: []byte("new\n")}}
}

// TestWriteFilesLongName: a file whose name leaves no room for the
// temporary name made after it (".NAME.zonegen-NUMBER", 20 bytes more) is
// written through a shorter one (test 19a D4).
func TestWriteFilesLongName(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, strings.Repeat("a", 240)+".zone")
	if err := WriteFiles([]FileWrite{{Name: name, New: []byte("new\n"), Overwrite: true}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "new\n" {
		t.Errorf("the file holds %q, want %q", got, "new\n")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory, want the one written", len(entries))
	}
}
