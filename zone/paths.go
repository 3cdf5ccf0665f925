package zone

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func (o reading) display(p string) string {
	if o.linked != "" && p == o.linked {
		return o.linkedAs
	}
	if o.prefix == "" {
		return p
	}
	return filepath.Join(o.prefix, filepath.FromSlash(p))
}

// rootRelative turns an absolute $INCLUDE path into a path in the include
// root's file system, if it lies inside the root.
func (o reading) rootRelative(name string) (string, bool) {
	if o.root == "" {
		return "", false
	}
	rel, err := filepath.Rel(o.root, filepath.Clean(name))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// linkTarget returns the file a symbolic link name leads to when that
// lies in another directory, else name: a link within its directory the
// root follows by itself.
func linkTarget(name string) string {
	fi, err := os.Lstat(name)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 || viaDevice(name) {
		return name
	}
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return name // the reading says what is wrong
	}
	dir, err1 := filepath.EvalSymlinks(filepath.Dir(name))
	if err1 == nil && filepath.Dir(target) == dir {
		return name
	}
	return target
}

// viaDevice reports whether name, or a symbolic link on the way from it
// to its file, lies in /dev or /proc, its directory's links followed:
// /dev/stdin leads through /proc/self/fd/0 to whatever the shell gave
// the process, a file too, which fix --write would then replace (review
// 18 #1), and so does d/0 where d is a link to /dev/fd (test 18b D3).
// zonegen reads no standard input: such a path is not followed, and is
// "not a regular file" (topFileError). It follows at most 40 links, as
// Linux does; linkTarget asks it of symbolic links only, which these
// paths all are, and ReadFile refuses a path in /dev or /proc as given.
func viaDevice(name string) bool {
	p := name
	for range 40 {
		dir, err := filepath.EvalSymlinks(filepath.Dir(p))
		if err != nil {
			return false
		}
		if abs, err := filepath.Abs(filepath.Join(dir, filepath.Base(p))); err != nil || inDevices(abs) {
			return err == nil
		}
		next, err := os.Readlink(p)
		if err != nil {
			return false
		}
		if !filepath.IsAbs(next) {
			next = filepath.Join(filepath.Dir(p), next)
		}
		p = next
	}
	return false
}

// inDevices reports whether an absolute path lies in /dev or /proc.
func inDevices(abs string) bool {
	slash := filepath.ToSlash(abs)
	return strings.HasPrefix(slash, "/dev/") || strings.HasPrefix(slash, "/proc/")
}

// absPath is filepath.Abs, with the working directory wd when it is set,
// for a path relative to it (on Windows, \x and C:x are relative to
// something else: filepath.Abs makes those).
func absPath(p, wd string) (string, error) {
	if wd == "" || filepath.IsAbs(p) || filepath.VolumeName(p) != "" || p != "" && os.IsPathSeparator(p[0]) {
		return filepath.Abs(p)
	}
	return filepath.Join(wd, p), nil
}
