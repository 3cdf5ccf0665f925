package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/fix"
)

// TestHostsListAcrossViews: a hosts entry that lists the addresses of a
// name whose A records differ between the views is refused at its line:
// its addresses went with the A records in the order the views were read,
// so that the internal and external addresses changed places with the
// order of the command line (test 21 #1). Written as a mapping from each
// A record's address, it is case views-hosts-map.
func TestHostsListAcrossViews(t *testing.T) {
	abs, err := filepath.Abs("testdata/views-hosts-map")
	if err != nil {
		t.Fatal(err)
	}
	work := copyTree(t, abs)
	t.Chdir(work)
	list := "version: 1\nhosts:\n  lync.example.com: [\"fd20:0:0:1::55\", \"2001:db8:100::55\"]\n  only-int.example.com: \"fd20:0:0:1::6\"\n"
	if err := os.WriteFile("plan.yaml", []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{"."}, {"internal", "external"}} {
		_, err := fix.RunPaths(paths, options(t))
		want := "plan.yaml:3: hosts entry lync.example.com.: its A records differ between the views (192.0.2.5 in external/db.example.com; 10.20.1.5 in internal/db.example.com)"
		if paths[0] == "internal" {
			want = "plan.yaml:3: hosts entry lync.example.com.: its A records differ between the views (10.20.1.5 in internal/db.example.com; 192.0.2.5 in external/db.example.com)"
		}
		if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "write the entry as a mapping") {
			t.Errorf("RunPaths(%q): err = %v, want %s…", paths, err, want)
		}
	}
}

// TestHostsMappingOneEach: a hosts entry written as a mapping that gives
// two A addresses of one zone one IPv6 address is refused at its line;
// fix wrote the AAAA twice (review 21 #4).
func TestHostsMappingOneEach(t *testing.T) {
	abs, err := filepath.Abs("testdata/views-hosts-map")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(copyTree(t, abs))
	mapping := "version: 1\nhosts:\n  only-int.example.com: \"fd20:0:0:1::6\"\n  lync.example.com:\n    10.20.1.5: \"fd20::55\"\n    10.20.1.7: \"fd20::55\"\n    192.0.2.5: \"fd20::55\"\n"
	if err := os.WriteFile("plan.yaml", []byte(mapping), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("internal/db.example.com", []byte("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\nlync A 10.20.1.5\nlync A 10.20.1.7\nonly-int A 10.20.1.6\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = fix.RunPaths([]string{"."}, options(t))
	want := "plan.yaml:4: hosts entry lync.example.com.: 10.20.1.5 and 10.20.1.7, A records of lync.example.com. in internal/db.example.com, get one address, fd20::55 (want one each)"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
