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
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
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

// absPath is filepath.Abs, with the working directory wd when it is set,
// for a path relative to it (on Windows, \x and C:x are relative to
// something else: filepath.Abs makes those).
func absPath(p, wd string) (string, error) {
	if wd == "" || filepath.IsAbs(p) || filepath.VolumeName(p) != "" || p != "" && os.IsPathSeparator(p[0]) {
		return filepath.Abs(p)
	}
	return filepath.Join(wd, p), nil
}
