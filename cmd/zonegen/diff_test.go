package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiffCopyOrigin diffs a zone without $ORIGIN or an absolute SOA owner
// against copies of it: the copy's name (db.contoso.com.new) must not make
// its origin, or every owner differs and the one real change drowns.
func TestDiffCopyOrigin(t *testing.T) {
	dir := t.TempDir()
	zone := "$TTL 100\n@ IN SOA ns1.example.net. h.example.com. 1 3600 900 1209600 300\n@ NS ns1.example.net.\nsip A 10.0.0.1\n"
	withOrigin := "$ORIGIN contoso.com.\n" + strings.Replace(zone, " 1 3600", " 2 3600", 1)
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	orig := write("db.contoso.com", zone)
	copies := []string{
		write("db.contoso.com.new", strings.Replace(zone, " 1 3600", " 2 3600", 1)),
		write("db.contoso.com.orig", withOrigin),
		write("db.contoso.com~", strings.Replace(zone, " 1 3600", " 2 3600", 1)), // an editor's backup (test 21g)
	}
	for _, other := range copies {
		for _, args := range [][]string{{orig, other}, {other, orig}} {
			code, out, stderr := zonegen(t, nil, append([]string{"diff"}, args...)...)
			if code != 1 || !strings.Contains(out, "1 owner changed: 1 record added, 1 removed") || !strings.Contains(out, "; contoso.com.\n") {
				t.Errorf("diff %s %s: exit %d, want 1 and the SOA of contoso.com. changed alone\nstdout:\n%s\nstderr:\n%s",
					filepath.Base(args[0]), filepath.Base(args[1]), code, out, stderr)
			}
		}
	}
}

// TestDiffUnrelatedOrigins: two zones whose origins come from their file
// names, neither name a copy of the other, keep their own origins: every
// owner differs (a tester found "no changes", exit 0, for contoso.com
// against fabrikam.net).
func TestDiffUnrelatedOrigins(t *testing.T) {
	dir := t.TempDir()
	zone := "$TTL 100\n@ IN SOA ns1.example.net. h.example.com. 1 3600 900 1209600 300\n@ NS ns1.example.net.\nsip A 10.0.0.1\n"
	for _, name := range []string{"db.contoso.com", "db.fabrikam.net", "db.contoso.com.au"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(zone), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "c.zone"), []byte("$ORIGIN contoso.com.\n"+zone), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][3]string{
		{"db.contoso.com", "db.fabrikam.net", "fabrikam.net."},
		{"c.zone", "db.fabrikam.net", "fabrikam.net."},
		{"db.contoso.com", "db.contoso.com.au", "contoso.com.au."}, // .au is no copy's label, as .new is
	} {
		code, out, stderr := zonegen(t, nil, "diff", filepath.Join(dir, pair[0]), filepath.Join(dir, pair[1]))
		if code != 1 || !strings.Contains(out, "; "+pair[2]+"\n") || !strings.Contains(out, "; contoso.com.\n") {
			t.Errorf("diff %s %s: exit %d, want 1 and both zones' owners\nstdout:\n%s\nstderr:\n%s", pair[0], pair[1], code, out, stderr)
		}
	}
	// A name of one label is no zone's: the file takes the other's origin.
	if err := os.WriteFile(filepath.Join(dir, "x"), []byte(zone), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := zonegen(t, nil, "diff", filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "x"))
	if code != 0 {
		t.Errorf("diff db.contoso.com x: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}
