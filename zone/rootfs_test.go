package zone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinkedZoneFile: a zone file named by a symbolic link to another
// directory is read there, with its $INCLUDEs confined to that directory,
// under the name it was given, which its own records' positions print too
// (the findings and the zone's entry of a report name it alike); with an
// include root that the link leaves, it is refused.
func TestLinkedZoneFile(t *testing.T) {
	dir := t.TempDir()
	real, links := filepath.Join(dir, "real"), filepath.Join(dir, "links")
	write(t, filepath.Join(real, "db.x"), "$ORIGIN contoso.com.\n@ 60 SOA ns hm 1 2 3 4 5\n$INCLUDE part.inc\n")
	write(t, filepath.Join(real, "part.inc"), "www 60 A 10.0.0.1\n")
	write(t, filepath.Join(links, "README"), "")
	link := filepath.Join(links, "db.contoso.com")
	if err := os.Symlink(filepath.Join("..", "real", "db.x"), link); err != nil {
		t.Skip("no symlinks:", err)
	}
	z := ReadFile(link, Options{})
	if z.Err != nil || z.File != link || len(z.Records) != 2 || z.Records[0].Pos().File != link ||
		z.Records[1].Pos().File != filepath.Join(real, "part.inc") || z.Root != real {
		t.Errorf("err %v, file %s, root %s, records %v", z.Err, z.File, z.Root, z.Records)
	}
	z = ReadFile(link, Options{IncludeRoot: links})
	if z.Err == nil {
		t.Errorf("read through a link out of the include root %s", links)
	}
}

// TestNotUTF8Names: a zone file and an $INCLUDE whose names are not
// UTF-8 (Latin-1 é) are read, as named-checkzone reads them.
func TestNotUTF8Names(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "db.caf\xe9.com")
	if err := os.WriteFile(name, []byte("$ORIGIN contoso.com.\n@ 60 SOA ns hm 1 2 3 4 5\n$INCLUDE \"part\xe9.inc\"\n"), 0o644); err != nil {
		t.Skip("the file system takes no such names:", err)
	}
	write(t, filepath.Join(dir, "part\xe9.inc"), "www 60 A 10.0.0.1\n")
	z := ReadFile(name, Options{})
	if z.Err != nil || len(z.Records) != 2 || !strings.HasSuffix(z.Records[1].Pos().File, "part\xe9.inc") {
		t.Errorf("err %v, records %v", z.Err, z.Records)
	}
}
