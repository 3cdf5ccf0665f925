package zone_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestPrefetch: an editor that read a file ahead makes the same change as
// one that reads it at the first edit, and a file that cannot be read
// fails at the first edit that needs it.
func TestPrefetch(t *testing.T) {
	name := filepath.Join(t.TempDir(), "db.example")
	text := "$ORIGIN example.\n@ 3600 IN SOA ns hostmaster 1 7200 3600 604800 300\nwww 300 IN A 192.0.2.1\n"
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	edit := func(prefetch bool) string {
		ed := zone.NewEditor(zone.Limits{})
		if prefetch {
			ed.Prefetch(name, name) // twice: read once
		}
		if err := ed.InsertAfter(zone.Pos{File: name, Line: 3}, "www 300 IN AAAA 2001:db8::1"); err != nil {
			t.Fatal(err)
		}
		cs := ed.Changes()
		if len(cs) != 1 {
			t.Fatalf("%d changes, want 1", len(cs))
		}
		return string(cs[0].New())
	}
	if got, want := edit(true), edit(false); got != want || !strings.HasSuffix(got, "www 300 IN AAAA 2001:db8::1\n") {
		t.Errorf("with Prefetch:\n%s\nwithout:\n%s", got, want)
	}

	ed := zone.NewEditor(zone.Limits{})
	missing := filepath.Join(t.TempDir(), "db.missing")
	ed.Prefetch(missing)
	if err := ed.InsertAfter(zone.Pos{File: missing, Line: 1}, "x"); err == nil || !strings.Contains(err.Error(), "db.missing") {
		t.Errorf("edit of a missing prefetched file: err %v", err)
	}
}
