package zone

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestZoneFilesOnce: a file named twice, by another spelling of its path,
// or named and found in a directory named too, is listed once, where it
// first comes.
func TestZoneFilesOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "db.a.example"), filepath.Join(dir, "db.b.example")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, []byte("$TTL 1h\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := ZoneFiles([]string{b, a, dir, filepath.Join(dir, ".", "db.b.example"), b})
	if want := []string{b, a}; !slices.Equal(got, want) {
		t.Errorf("ZoneFiles = %q, want %q", got, want)
	}
}

// TestZoneFilesSkipBIND: a directory laid out as Debian's /etc/bind, with
// the files BIND writes beside the zones, gives its zones only: the
// configuration (named.conf.local, read as a zone, failed the audit and
// the review hook, tester 9 D2), keys, journals, DS and key sets are not
// zones, and a signed zone is one.
func TestZoneFilesSkipBIND(t *testing.T) {
	zones := []string{"db.0", "db.127", "db.contoso.com", "db.contoso.com.signed", "db.empty", "db.local"}
	others := []string{
		"named.conf", "named.conf.local", "named.conf.options", "named.conf.default-zones", "rndc.key",
		"zones.rfc1918", "bind.keys", "db.contoso.com.jnl", "db.contoso.com.jbk", "db.contoso.com.jnw",
		"db.contoso.com.signed.jnl", "Kcontoso.com.+013+12345.key", "Kcontoso.com.+013+12345.private",
		"Kcontoso.com.+013+12345.state", "dsset-contoso.com.", "keyset-contoso.com.", "managed-keys.bind",
		"managed-keys.bind.jnl", "_default.mkeys", "_default.mkeys.jnl", "_default.nzf", "_default.nzd",
		"_default.nta", "named_dump.db", "NAMED.CONF.LOCAL",
	}
	wantZoneFiles(t, zones, others)
}

// TestZoneFilesSkipCopies: a directory with the copies that editors,
// people and package managers leave beside a zone gives the zone alone (a
// db.contoso.com.old was audited as a second view of the zone, test 20a
// #7); a reverse zone's file ending in a number, and a zone of the .new
// top-level domain, are zones.
func TestZoneFilesSkipCopies(t *testing.T) {
	zones := []string{"db.10.0.0", "db.contoso.com", "example.new"}
	others := []string{
		"db.contoso.com.old", "db.contoso.com.save", "db.contoso.com.prev", "db.contoso.com.backup",
		"db.contoso.com.tmp", "db.contoso.com.dpkg-old", "db.contoso.com.dpkg-dist", "db.contoso.com.dpkg-new",
		"db.contoso.com.rpmsave", "db.contoso.com.rpmnew", "db.contoso.com.rpmorig", "db.contoso.com.ucf-old",
		"db.contoso.com.ucf-dist", "DB.CONTOSO.COM.OLD", "db.contoso.com.dpkg-bak", "db.contoso.com.dpkg-tmp",
		"db.contoso.com.dpkg-remove", "db.contoso.com.ucf-new", "#db.contoso.com#",
	}
	wantZoneFiles(t, zones, others)
}

// wantZoneFiles writes zones and others into a directory and wants
// ZoneFiles to list the zones alone, in order.
func wantZoneFiles(t *testing.T, zones, others []string) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range append(slices.Clone(zones), others...) {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("$TTL 1h\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := ZoneFiles([]string{dir})
	var want []string
	for _, f := range zones {
		want = append(want, filepath.Join(dir, f))
	}
	if !slices.Equal(got, want) {
		t.Errorf("ZoneFiles = %q, want %q", got, want)
	}
}

// TestZoneFilesLinks: test 13 D3. In a directory, a symbolic link named
// like a zone file that leads to a regular file is listed (it was skipped
// without a word), once with the file it leads to when that is listed
// too; a dangling link and a loop are listed, so that reading them gives
// their finding; a link to a directory is not followed, and a link not
// named like a zone file is skipped as such a file is.
func TestZoneFilesLinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	for _, f := range []string{filepath.Join(dir, "db.a"), filepath.Join(outside, "db.b"), filepath.Join(outside, "notes")} {
		if err := os.WriteFile(f, []byte("$TTL 1h\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(outside, "sub"), 0o755)
	os.WriteFile(filepath.Join(outside, "sub", "db.s"), []byte("$TTL 1h\n"), 0o644)
	links := map[string]string{
		"db.b":     filepath.Join(outside, "db.b"), // the /etc/bind to /var/lib/bind layout
		"db.c":     "db.a",                         // the same file as db.a
		"db.d":     "nosuch",                       // dangling
		"db.e":     "db.e",                         // a loop
		"sub":      filepath.Join(outside, "sub"),  // a directory
		"notes.md": filepath.Join(outside, "notes"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	got := ZoneFiles([]string{dir})
	var want []string
	for _, f := range []string{"db.a", "db.b", "db.d", "db.e"} {
		want = append(want, filepath.Join(dir, f))
	}
	if !slices.Equal(got, want) {
		t.Errorf("ZoneFiles = %q, want %q", got, want)
	}
}

// TestZoneFilesLinkFirst: a zone met through a link before its own name
// (the link sorts first) is read by its own name, so that the audit's
// findings name the file that fix's diff names (test 15 D4).
func TestZoneFilesLinkFirst(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "db.zz")
	if err := os.WriteFile(real, []byte("$TTL 1h\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("db.zz", filepath.Join(dir, "db.aa")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if got, want := ZoneFiles([]string{dir}), []string{real}; !slices.Equal(got, want) {
		t.Errorf("ZoneFiles = %q, want %q", got, want)
	}
}

// TestZoneFilesLinkedDir: a directory named on the command line that is a
// symbolic link is walked (test 21r #1: `review zones`, as the hook runs
// it, read nothing and passed), and a file met there and by a link to it
// elsewhere is listed once, by its own name (#4).
func TestZoneFilesLinkedDir(t *testing.T) {
	top := t.TempDir()
	real := filepath.Join(top, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "db.contoso.com"), []byte("$TTL 1h\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	zones := filepath.Join(top, "zones")
	if err := os.Symlink("real", zones); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("db.contoso.com", filepath.Join(real, "contoso.com.zone")); err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(zones, "db.contoso.com")}
	for _, arg := range []string{zones, zones + string(filepath.Separator)} {
		if got := ZoneFiles([]string{arg}); !slices.Equal(got, want) {
			t.Errorf("ZoneFiles(%q) = %q, want %q", arg, got, want)
		}
	}
	if got, want := ZoneFiles([]string{real, zones}), []string{filepath.Join(real, "db.contoso.com")}; !slices.Equal(got, want) {
		t.Errorf("ZoneFiles(real, zones) = %q, want %q", got, want)
	}
}
