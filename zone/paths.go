package zone

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func (o Options) display(p string) string {
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
func (o Options) rootRelative(name string) (string, bool) {
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
// to its file, lies in /dev or /proc: /dev/stdin leads through
// /proc/self/fd/0 to whatever the shell gave the process, a file too,
// which fix --write would then replace (review 18 #1). zonegen reads no
// standard input: such a path is not followed, and is "not a regular
// file" (topFileError). Only the links of the last element are followed,
// at most 40 of them, as Linux does.
func viaDevice(name string) bool {
	p := name
	for range 40 {
		abs, err := filepath.Abs(p)
		if err != nil {
			return false
		}
		if slash := filepath.ToSlash(abs); strings.HasPrefix(slash, "/dev/") || strings.HasPrefix(slash, "/proc/") {
			return true
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

// absPath is filepath.Abs, with the working directory wd when it is set,
// for a path relative to it (on Windows, \x and C:x are relative to
// something else: filepath.Abs makes those).
func absPath(p, wd string) (string, error) {
	if wd == "" || filepath.IsAbs(p) || filepath.VolumeName(p) != "" || p != "" && os.IsPathSeparator(p[0]) {
		return filepath.Abs(p)
	}
	return filepath.Join(wd, p), nil
}
