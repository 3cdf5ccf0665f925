package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/zone"
)

// TestIndexOnlyChecks: a check marked indexOnly, which --all-hosts starts
// before discovery, finds with no hosts and no Lync domains exactly what it
// finds with those discovery makes, on every test zone, and each of them
// finds something in some zone (the comparison is not of empty lists).
func TestIndexOnlyChecks(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, e := range entries {
		path := filepath.Join("testdata", e.Name())
		var zones []*zone.Zone
		for _, z := range zone.ReadPaths([]string{path}, zone.Options{}) {
			if z.Err == nil {
				zones = append(zones, z)
			}
		}
		p := &pass{opt: Options{AllHosts: true}, zones: zones, topFile: map[string]string{}}
		p.ix = newIndex(zones)
		before := map[*Check][]string{}
		for _, c := range allChecks() {
			if c.indexOnly {
				before[c] = runOne(p.fresh(hostList{}), c)
			}
		}
		p.hosts, p.domains, p.lync = discover(p.ix, p.opt)
		for c, got := range before {
			if diff := cmp.Diff(runOne(p.fresh(p.hosts), c), got); diff != "" {
				t.Errorf("%s: %s before discovery (-after +before):\n%s", path, c.ID, diff)
			}
			found[c.ID] = found[c.ID] || len(got) > 0
		}
	}
	for _, c := range allChecks() {
		if c.indexOnly && !found[c.ID] {
			t.Errorf("%s: no test zone gives a finding: the comparison says nothing", c.ID)
		}
	}
}

// runOne runs check c in pass q and returns its findings and notes as text.
func runOne(q *pass, c *Check) []string {
	c.run(q, c)
	var out []string
	for _, chunk := range q.findings.chunks() {
		for _, f := range chunk {
			out = append(out, f.String())
		}
	}
	for _, chunk := range q.notes.chunks() {
		for _, n := range chunk {
			out = append(out, fmt.Sprintf("note at record %d: %s", n.rec, c.describe(q.ix, n.owner, nil)))
		}
	}
	return out
}
