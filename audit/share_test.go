package audit_test

import (
	"bytes"
	"net/netip"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/zonegen"
	"github.com/zonegen/zonegen/zone"
)

// TestSharedOutAsOne: on a zone with enough records for the owners to be
// numbered and the per-host checks to be run on several cores, the hosts
// and the findings are those of one core.
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
	run := func(procs int) ([]audit.Finding, []audit.Host) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		res, err := audit.Run([]*zone.Zone{z}, audit.Options{AllHosts: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.FindingList(), slices.Collect(res.Hosts())
	}
	one, hosts1 := run(1)
	four, hosts4 := run(4)
	if len(one) < 1<<15 {
		t.Fatalf("%d findings: too few for the hosts to be shared out", len(one))
	}
	if diff := cmp.Diff(one, four); diff != "" {
		t.Errorf("findings on 4 cores differ from 1 (-1 +4):\n%s", diff)
	}
	if diff := cmp.Diff(hosts1, hosts4, cmpopts.EquateComparable(netip.Addr{})); diff != "" {
		t.Errorf("hosts on 4 cores differ from 1 (-1 +4):\n%s", diff)
	}
}
