//go:build unix

package zone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchOnlyDirectory: test 13 D4. A readable zone file in a
// directory the user may search but not list (mode 711) is read, as BIND
// and cat read it: os.OpenRoot opens the include root for reading and
// failed, and the file was refused "permission denied". An $INCLUDE there
// is refused, naming the directory, and a link out of it is refused as
// the root refuses one. Root may list any directory.
func TestSearchOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root lists every directory: run as another user to test a directory of mode 711")
	}
	base := t.TempDir()
	dir := filepath.Join(base, "zones")
	os.Mkdir(dir, 0o755)
	write(t, filepath.Join(dir, "db.contoso.com"), "$TTL 1h\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 10.0.0.1\n")
	write(t, filepath.Join(dir, "db.inc.com"), "$TTL 1h\n@ SOA ns1 hostmaster 1 2 3 4 5\n$INCLUDE hosts.inc\n")
	write(t, filepath.Join(dir, "hosts.inc"), "ns1 A 10.0.0.1\n")
	write(t, filepath.Join(base, "outside"), "$TTL 1h\n")
	if err := os.Symlink("../outside", filepath.Join(dir, "db.link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o111); err != nil { // 711 for the others; the owner too may not list
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })

	z := ReadFile(filepath.Join(dir, "db.contoso.com"), Options{Origin: "contoso.com."})
	if z.Err != nil || len(z.Records) != 3 {
		t.Errorf("err = %v, %d records; want the 3 records read", z.Err, len(z.Records))
	}
	z = ReadFile(filepath.Join(dir, "db.inc.com"), Options{Origin: "inc.com."})
	if z.Err == nil || !strings.Contains(z.Err.Error(), dir+": the include root cannot be listed (permission denied), so $INCLUDE hosts.inc") {
		t.Errorf("err = %v, want the $INCLUDE refused, naming the directory", z.Err)
	}
	z = ReadFile(filepath.Join(dir, "db.link"), Options{IncludeRoot: dir, Origin: "link.com."})
	if z.Err == nil || !strings.Contains(z.Err.Error(), "a symbolic link out of the include root") {
		t.Errorf("err = %v, want the link out of the root refused", z.Err)
	}
}
