package audit

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/zonegen/zonegen/internal/corpus"
	"github.com/zonegen/zonegen/zone"
)

// FuzzAudit audits fuzzed zones, of the Lync hosts and of every address
// name, with a --host name. It must never panic or hang; the findings must
// come in report order, each from a known check; the hosts must be those
// the zone names, each once; and the same zone audited twice must give the
// same result.
func FuzzAudit(f *testing.F) {
	files, err := filepath.Glob("testdata/*.zone")
	if err != nil || len(files) == 0 {
		f.Fatalf("testdata/*.zone: %d files, error %v", len(files), err)
	}
	for _, name := range append(files, corpus.Files(f, "real/*")...) {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := zone.Options{Origin: "contoso.com.", Limits: zone.Limits{MaxGenerate: 256, MaxRecords: 20000, MaxLine: 1 << 16, MaxEntry: 1 << 17}}
		z := zone.Read(fstest.MapFS{"db": {Data: data}}, "db", opt)
		for _, all := range []bool{false, true} {
			o := Options{AllHosts: all, Hosts: []string{"sip.contoso.com", "nohost.contoso.com."}}
			res, err := Run([]*zone.Zone{z}, o)
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, res)
			again, _ := Run([]*zone.Zone{z}, o)
			if !slices.EqualFunc(res.FindingList(), again.FindingList(), func(a, b Finding) bool { return a.String() == b.String() }) ||
				res.NumHosts() != again.NumHosts() {
				t.Fatalf("--all-hosts %v: two audits of one zone differ", all)
			}
		}
	})
}

func checkResult(t *testing.T, res *Result) {
	t.Helper()
	fs := res.FindingList()
	for i, f := range fs {
		if _, ok := Lookup(f.Check); !ok {
			t.Fatalf("finding from an unknown check: %v", f)
		}
		if i > 0 && compareFindings(&fs[i-1], &fs[i]) > 0 {
			t.Fatalf("findings out of order:\n%v\n%v", fs[i-1], f)
		}
	}
	seen := map[string]bool{}
	for h := range res.Hosts() {
		if seen[h.Name] {
			t.Fatalf("host %s listed twice", h.Name)
		}
		seen[h.Name] = true
	}
}
