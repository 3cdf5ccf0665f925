//go:build !unix

package zone

import (
	"io/fs"
	"os"
)

// writable leaves the file's own permission to the rename where there is
// no access(2).
func writable(string) bool { return true }

// chown does nothing where files have no Unix owner (Windows): the new
// file has its directory's permissions.
func chown(*os.File, fs.FileInfo) error { return nil }

// syncDir does nothing where a directory cannot be synced (Windows, whose
// file systems journal a rename themselves).
func syncDir(string) error { return nil }
