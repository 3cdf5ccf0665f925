//go:build unix

package zone

import (
	"io/fs"
	"os"
	"syscall"
)

// writable reports whether the process may write the file name in place
// (access(2) W_OK), as an editor that rewrites it would need to.
func writable(name string) bool { return syscall.Access(name, 2) == nil }

// chown gives the new file the original's owner when the process may.
func chown(f *os.File, fi fs.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if err := f.Chown(int(st.Uid), int(st.Gid)); err != nil && !os.IsPermission(err) {
		return err
	}
	return nil
}

// syncDir makes the rename into dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
