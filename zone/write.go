package zone

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WriteFile replaces the file at name with data, atomically: the data goes
// to a temporary file in the same directory, which is synced, given the
// original's mode (and owner, where allowed) and renamed over the original;
// then the directory is synced. If the process dies at any point, the file
// holds either its old or its new content. WriteFile refuses a file whose
// content is no longer old (ErrChanged), and a path that resolves through a
// symbolic link to a place outside root.
func WriteFile(name string, old, data []byte, root string) error {
	target, err := resolveInside(name, root)
	if err != nil {
		return err
	}
	cur, err := os.ReadFile(target)
	if err != nil {
		return cleanPathError(err)
	}
	if !bytes.Equal(cur, old) {
		return fmt.Errorf("%s: %w", name, ErrChanged)
	}
	fi, err := os.Stat(target)
	if err != nil {
		return cleanPathError(err)
	}
	return replace(target, data, fi)
}

// resolveInside follows symbolic links and checks that the file stays
// inside root.
func resolveInside(name, root string) (string, error) {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return "", cleanPathError(err)
	}
	absRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", cleanPathError(err)
	}
	absTarget, _ := filepath.Abs(target)
	absRoot, _ = filepath.Abs(absRoot)
	rel, err := filepath.Rel(absRoot, absTarget)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s: refusing to write through a link that leaves %s", name, root)
	}
	return target, nil
}

// writeHook, when set by a test, is called between the steps of replace to
// simulate a failure there.
type writeHook func(step string) error

var noHook writeHook = func(string) error { return nil }

// replace does the atomic replacement.
func replace(target string, data []byte, fi fs.FileInfo) error {
	return replaceWith(target, data, fi, noHook)
}

func replaceWith(target string, data []byte, fi fs.FileInfo, hook writeHook) (err error) {
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".zonegen-*")
	if err != nil {
		return cleanPathError(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Chmod(tmp.Name(), 0o600) // Windows refuses to remove a read-only file
			os.Remove(tmp.Name())
		}
	}()
	steps := []struct {
		name string
		do   func() error
	}{
		{"write", func() error { _, err := tmp.Write(data); return err }},
		{"sync", tmp.Sync},
		{"chmod", func() error { return tmp.Chmod(fi.Mode().Perm()) }},
		{"chown", func() error { return chown(tmp, fi) }},
		{"close", tmp.Close},
		{"rename", func() error { return os.Rename(tmp.Name(), target) }},
		{"sync-dir", func() error { return syncDir(dir) }},
	}
	for _, s := range steps {
		if err := hook(s.name); err != nil {
			return fmt.Errorf("%s: %s: %w", target, s.name, err)
		}
		if err := s.do(); err != nil {
			return fmt.Errorf("%s: %s: %w", target, s.name, err)
		}
	}
	return nil
}

// ErrChanged is returned by WriteFile when the file on disk is no longer
// what was read.
var ErrChanged = errors.New("the file changed on disk since it was read; run again")
