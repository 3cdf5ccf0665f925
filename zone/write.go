package zone

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// FileWrite is one file for WriteFiles: its name, the fingerprint of the
// bytes it was read with, its new bytes, and the root that it must not lie
// outside of through a symbolic link (none when Root is empty).
//
// With Overwrite, Was is not compared: the file is replaced whatever it
// holds, or created when there is none (generate's fragments, which
// zonegen did not read). A new file gets mode 0644 less the umask, as
// os.WriteFile would give it; one that exists must be a regular file.
type FileWrite struct {
	Name      string
	Was       Fingerprint
	New       []byte
	Root      string
	Overwrite bool
}

// WriteFiles replaces files, each atomically: its new content goes to a
// temporary file in the same directory, which is synced, given the
// original's owner (where allowed) and mode (setuid, setgid and sticky
// bits included) and renamed over the original; then the directory is
// synced. If the process dies at any point, the file holds either its old
// or its new content. It refuses a file whose content is no longer what
// it was read with (ErrChanged), and a path that resolves through a
// symbolic link to a place outside its root.
//
// The files are replaced all or none: every file is checked and its new
// content written to a temporary file, synced and given the original's
// mode, before the first rename. A failure up to
// there (a file changed since it was read, a directory not writable, a
// full disk) removes the temporary files and leaves every file as it was.
// Only the renames remain: one that fails after others were done leaves
// those files replaced, each whole.
func WriteFiles(files []FileWrite) error {
	return writeFilesWith(files, noHook)
}

func writeFilesWith(files []FileWrite, hook writeHook) error {
	ready := make([]*tempFile, 0, len(files))
	for _, fw := range files {
		t, err := prepareFile(fw, hook)
		if err == nil && slices.ContainsFunc(ready, func(r *tempFile) bool { return r.target == t.target }) {
			// two names of one file (symbolic links): the second rename
			// would undo the first one's edits
			t.remove()
			err = fmt.Errorf("%s: the same file as another one written (a symbolic link?); nothing written", fw.Name)
		}
		if err != nil {
			discard(ready)
			return err
		}
		ready = append(ready, t)
	}
	for i, t := range ready {
		if err := t.commit(hook); err != nil {
			discard(ready[i+1:])
			return err
		}
	}
	return nil
}

// prepareFile checks that fw's file is still as it was read and writes
// its new content beside it.
func prepareFile(fw FileWrite, hook writeHook) (*tempFile, error) {
	if fw.Overwrite {
		return prepareOverwrite(fw, hook)
	}
	target, fi, err := resolveFile(fw)
	if err != nil {
		return nil, err
	}
	cur, err := os.ReadFile(target)
	if err != nil {
		return nil, cleanPathError(err)
	}
	if FingerprintOf(cur) != fw.Was {
		return nil, fmt.Errorf("%s: %w", fw.Name, ErrChanged)
	}
	return prepare(target, fw.New, fi, hook)
}

// prepareOverwrite writes the new content of a file that is replaced
// whatever it holds, or created, beside it.
func prepareOverwrite(fw FileWrite, hook writeHook) (*tempFile, error) {
	if dest, ok := danglingLink(fw.Name); ok {
		// a link to a file not made yet: it is made where the link leads,
		// as os.WriteFile makes it (test 15 D2)
		fw.Name = dest
		return prepareOverwrite(fw, hook)
	}
	if _, err := os.Lstat(fw.Name); errors.Is(err, fs.ErrNotExist) {
		dir, err := resolveInside(filepath.Dir(fw.Name), fw.Root)
		if err != nil {
			return nil, err
		}
		return prepare(filepath.Join(dir, filepath.Base(fw.Name)), fw.New, nil, hook)
	}
	target, fi, err := resolveFile(fw)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file; nothing written", fw.Name)
	}
	return prepare(target, fw.New, fi, hook)
}

// danglingLink returns where the symbolic link name leads when it leads to
// nothing yet (a loop is no such link: its Stat fails otherwise).
func danglingLink(name string) (string, bool) {
	fi, err := os.Lstat(name)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return "", false
	}
	if _, err := os.Stat(name); !errors.Is(err, fs.ErrNotExist) {
		return "", false
	}
	dest, err := os.Readlink(name)
	if err != nil {
		return "", false
	}
	if !filepath.IsAbs(dest) {
		dest = filepath.Join(filepath.Dir(name), dest)
	}
	return dest, true
}

// resolveFile returns the file fw names, its symbolic links followed and
// kept inside its root, and its FileInfo.
func resolveFile(fw FileWrite) (string, fs.FileInfo, error) {
	target, err := resolveInside(fw.Name, fw.Root)
	if err != nil {
		return "", nil, err
	}
	fi, err := os.Stat(target)
	if err != nil {
		return "", nil, cleanPathError(err)
	}
	return target, fi, nil
}

// resolveInside follows symbolic links and checks that the file stays
// inside root, unless root is empty.
func resolveInside(name, root string) (string, error) {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return "", cleanPathError(err)
	}
	if root == "" {
		return target, nil
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

// tempFile is the new content of target, written, synced and closed
// under another name in its directory, ready to be renamed over it.
type tempFile struct {
	target, name string
}

// step is one step of a replacement, named for the errors and the hook.
type step struct {
	name string
	do   func() error
}

// prepare writes data to a temporary file beside target with the owner
// and mode of fi (keptMode), or, when fi is nil (a new file), mode 0644
// less the umask; on failure nothing is left behind.
func prepare(target string, data []byte, fi fs.FileInfo, hook writeHook) (_ *tempFile, err error) {
	if fi != nil && !writable(target) {
		// a rename needs only the directory: without this, a read-only
		// file, another user's too, was replaced (test 15 D3)
		return nil, fmt.Errorf("%s: the file is not writable (permission denied); nothing written", target)
	}
	perm := fs.FileMode(0o600) // until the chmod to the original's mode
	if fi == nil {
		perm = 0o644
	}
	tmp, err := createTemp(target, perm)
	if err != nil {
		return nil, tempError(target, fi == nil, err)
	}
	t := &tempFile{target: target, name: tmp.Name()}
	defer func() {
		if err != nil {
			tmp.Close()
			t.remove()
		}
	}()
	err = runSteps(target, hook, []step{
		{"write", func() error { _, err := tmp.Write(data); return err }},
		{"sync", tmp.Sync},
		{"chown", func() error {
			if fi == nil {
				return nil
			}
			return chown(tmp, fi)
		}},
		{"chmod", func() error {
			if fi == nil {
				return nil
			}
			return tmp.Chmod(keptMode(fi))
		}},
		{"close", tmp.Close},
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// createTemp creates a new file named after target in its directory
// (".NAME.zonegen-NUMBER"), as os.CreateTemp does but with perm, less the
// umask, for its mode. A target whose name leaves no room for that within
// the 255 bytes a name may have gets ".zonegen-NUMBER" (test 19a D4: a
// fragment of a 223-character SIP domain could not be written).
func createTemp(target string, perm fs.FileMode) (*os.File, error) {
	dir, base := filepath.Dir(target), "."+filepath.Base(target)+".zonegen-"
	if len(base)+10 > 255 { // 10: the digits of a uint32
		base = ".zonegen-"
	}
	for try := 0; ; try++ {
		name := filepath.Join(dir, base+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) && try < 10000 {
			continue
		}
		return f, err
	}
}

// tempError says why no temporary file could be made beside target: the
// temporary file's name, which the error gave, is of a file that does not
// exist (test 13 D9: "zones/.db.x.zonegen-393102594: permission denied").
func tempError(target string, isNew bool, err error) error {
	dir, base, what := filepath.Dir(target), filepath.Base(target), "replace"
	if isNew {
		what = "write"
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%s: directory not writable, cannot %s %s atomically; nothing written", dir, what, base)
	}
	return fmt.Errorf("%s: cannot create a temporary file to %s %s atomically (%w); nothing written", dir, what, base, withoutPath(err))
}

// keptMode returns the mode the new file takes from the original: its
// permission bits and its setuid, setgid and sticky bits. It is set after
// the chown, which clears setuid and setgid on Linux.
func keptMode(fi fs.FileInfo) fs.FileMode {
	return fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
}

// commit renames the temporary file over its target and syncs the
// directory; a failed rename removes the temporary file.
func (t *tempFile) commit(hook writeHook) error {
	dir := filepath.Dir(t.target)
	err := runSteps(t.target, hook, []step{
		{"rename", func() error { return os.Rename(t.name, t.target) }},
		{"sync-dir", func() error { return syncDir(dir) }},
	})
	if err != nil {
		t.remove() // gone already when the rename was done
	}
	return err
}

// remove removes the temporary file.
func (t *tempFile) remove() {
	os.Chmod(t.name, 0o600) // Windows refuses to remove a read-only file
	os.Remove(t.name)
}

// discard removes the temporary files of a write given up.
func discard(ts []*tempFile) {
	for _, t := range ts {
		t.remove()
	}
}

// runSteps runs the steps in order, hook before each, and stops at the
// first failure, which it returns with the target and the step, once: an
// *fs.PathError or *os.LinkError names the temporary file and the step
// again (review 16 G1: "db.x: write: write ./.db.x.zonegen-1: no space
// left on device"), so only what it wraps is kept.
func runSteps(target string, hook writeHook, steps []step) error {
	for _, s := range steps {
		err := hook(s.name)
		if err == nil {
			err = s.do()
		}
		if err != nil {
			return fmt.Errorf("%s: %s: %w", target, s.name, withoutPath(err))
		}
	}
	return nil
}

// withoutPath returns the error an *fs.PathError or *os.LinkError wraps,
// or err.
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// ErrChanged is returned by WriteFiles when the file on disk is no longer
// what was read.
var ErrChanged = errors.New("the file changed on disk since it was read; run again")
