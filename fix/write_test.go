package fix_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestWriteAllOrNothing: when one of the files to write cannot be
// written (here it changed on disk since it was read, or its directory
// is not writable), --write leaves every file as it was, the ones before
// it in the list too.
func TestWriteAllOrNothing(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(t *testing.T, file string)
	}{
		{"changed on disk", func(t *testing.T, file string) {
			if err := os.WriteFile(file, []byte("; edited by someone else\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"directory not writable", func(t *testing.T, file string) {
			if os.Geteuid() == 0 {
				t.Skip("running as root, where directory permissions do not stop a write")
			}
			dir := filepath.Dir(file)
			if err := os.Chmod(dir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			first, second := filepath.Join(dir, "a", "db.contoso.com"), filepath.Join(dir, "b", "db.fabrikam.com")
			for _, f := range []string{first, second} {
				os.MkdirAll(filepath.Dir(f), 0o755)
				text := "$ORIGIN " + filepath.Base(f)[3:] + ".\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\nsip A 10.20.1.5\n"
				if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			p, err := plan.Parse("plan.yaml", []byte("version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := fix.RunPaths([]string{first, second}, fix.Options{Plan: p, Serial: zone.SerialIncrement, Now: now, Audit: audit.Options{AllHosts: true}})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Changes) != 2 || res.Changes[0].File != first {
				t.Fatalf("changes %v, want both files, %s first", res.Changes, first)
			}
			tt.spoil(t, second)
			want := [][]byte{oldBytes(t, res.Changes[0]), nil}
			want[1], _ = os.ReadFile(second)
			if err := res.Write(); err == nil {
				t.Fatal("the write succeeded")
			} else if tt.name == "changed on disk" && !errors.Is(err, zone.ErrChanged) {
				t.Errorf("err = %v, want zone.ErrChanged", err)
			}
			for i, f := range []string{first, second} {
				if got, _ := os.ReadFile(f); string(got) != string(want[i]) {
					t.Errorf("%s holds %q, want %q", f, got, want[i])
				}
				entries, _ := os.ReadDir(filepath.Dir(f))
				if len(entries) != 1 {
					t.Errorf("%s: %d files, want only the zone (no temporary file)", filepath.Dir(f), len(entries))
				}
			}
		})
	}
}
