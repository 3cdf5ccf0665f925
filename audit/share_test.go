package audit_test

import (
	"bytes"
	"fmt"
	"net/netip"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/zone"
)

// TestSharedOutAsOne: on a zone with enough records for the owners to be
// numbered, the SIP domains found and the per-host checks run on several
// cores, the hosts and the findings are those of one core, with
// --all-hosts and in Lync discovery.
func TestSharedOutAsOne(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and audits 100,000 records")
	}
	var b bytes.Buffer
	if _, err := benchzone.Write(&b, benchzone.Options{Records: 100_000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	z := zone.Read(fstest.MapFS{"db.contoso.com": {Data: b.Bytes()}}, "db.contoso.com", zone.Options{})
	if z.Err != nil {
		t.Fatal(z.Err)
	}
	for _, all := range []bool{true, false} {
		run := func(procs int) ([]audit.Finding, []audit.Host) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			res, err := audit.Run([]*zone.Zone{z}, audit.Options{AllHosts: all})
			if err != nil {
				t.Fatal(err)
			}
			return res.FindingList(), slices.Collect(res.Hosts())
		}
		one, hosts1 := run(1)
		four, hosts4 := run(4)
		if least := map[bool]int{true: 1 << 15, false: 1 << 12}[all]; len(one) < least {
			t.Fatalf("all hosts %v: %d findings: too few for the hosts to be shared out", all, len(one))
		}
		if diff := cmp.Diff(one, four); diff != "" {
			t.Errorf("all hosts %v: findings on 4 cores differ from 1 (-1 +4):\n%s", all, diff)
		}
		if diff := cmp.Diff(hosts1, hosts4, cmpopts.EquateComparable(netip.Addr{})); diff != "" {
			t.Errorf("all hosts %v: hosts on 4 cores differ from 1 (-1 +4):\n%s", all, diff)
		}
	}
}

// TestDomainsSharedOut: a SIP domain whose names lie at both ends of a
// zone large enough for findDomains to share out its owners is found with
// all of them, as on one core.
func TestDomainsSharedOut(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("$ORIGIN example.\n$TTL 3600\n@ SOA ns hm 1 2 3 4 5\n NS ns\nns A 192.0.2.1\n")
	b.WriteString("_sipinternaltls._tcp.d SRV 0 0 5061 pool.d\n")
	for i := range 40000 {
		fmt.Fprintf(&b, "h%d A 10.%d.%d.%d\n", i, i>>16, i>>8&255, i&255)
	}
	b.WriteString("lyncdiscoverinternal.d CNAME web.d\nweb.d A 192.0.2.9\nsip.d A 192.0.2.10\n")
	b.WriteString("pool.d A 192.0.2.20\n A 192.0.2.21\nfe1.d A 192.0.2.20\nfe2.d A 192.0.2.21\n")
	z := zone.Read(fstest.MapFS{"db.example": {Data: b.Bytes()}}, "db.example", zone.Options{})
	if z.Err != nil {
		t.Fatal(z.Err)
	}
	hosts := func(procs int) []audit.Host {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		res, err := audit.Run([]*zone.Zone{z}, audit.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return slices.Collect(res.Hosts())
	}
	one, four := hosts(1), hosts(4)
	if diff := cmp.Diff(one, four, cmpopts.EquateComparable(netip.Addr{})); diff != "" {
		t.Errorf("hosts on 4 cores differ from 1 (-1 +4):\n%s", diff)
	}
	var names []string
	for _, h := range four {
		names = append(names, h.Name)
	}
	for _, want := range []string{"pool.d.example.", "web.d.example.", "sip.d.example.", "fe1.d.example.", "fe2.d.example."} {
		if !slices.Contains(names, want) {
			t.Errorf("%s is not among the hosts found on 4 cores: %v", want, names)
		}
	}
}
