package audit_test

import (
	"bytes"
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/zonegen"
	"github.com/zonegen/zonegen/zone"
)

// TestSharedOutAsOne: on a zone with enough hosts for the per-host checks
// to be shared out among the cores, the findings are those of one core.
func TestSharedOutAsOne(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and audits 100,000 records")
	}
	var b bytes.Buffer
	if _, err := zonegen.Write(&b, zonegen.Options{Records: 100_000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	z := zone.Read(fstest.MapFS{"db.contoso.com": {Data: b.Bytes()}}, "db.contoso.com", zone.Options{})
	if z.Err != nil {
		t.Fatal(z.Err)
	}
	run := func(procs int) []audit.Finding {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		res, err := audit.Run([]*zone.Zone{z}, audit.Options{AllHosts: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Findings
	}
	one, four := run(1), run(4)
	if len(one) < 1<<15 {
		t.Fatalf("%d findings: too few for the hosts to be shared out", len(one))
	}
	if diff := cmp.Diff(one, four); diff != "" {
		t.Errorf("findings on 4 cores differ from 1 (-1 +4):\n%s", diff)
	}
}
