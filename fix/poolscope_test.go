package fix_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/zone"
)

// pool is a DNS-load-balanced pool of two servers that the SRV record
// makes a Lync pool; %s are the AAAA records it has already.
const pool = `$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
       IN A 10.20.2.12
fe01   IN A 10.20.1.11
fe02   IN A 10.20.2.12
%s`

// TestPoolScope: fix writes no address that gives a pool a scope its
// other addresses do not have, which the audit of the result would
// report as pool-scope-mixed; it leaves the hosts that would out, with
// that finding, and the audit of what it writes has none.
func TestPoolScope(t *testing.T) {
	const ula, global, global1 = "fd20:0:0:1::/64", "2a01:db8:2::/64", "2a01:db8:1::/64"
	tests := []struct {
		name     string
		have     string // AAAA records the zone has
		v6a, v6b string // the plan's prefixes for 10.20.1.0/24 and 10.20.2.0/24
		disable  []string
		added    []string // hosts that get an AAAA
		left     []string // hosts left out with pool-scope-mixed
	}{
		{name: "one scope", v6a: ula, v6b: "fd20:0:0:2::/64", added: []string{"pool01", "fe01", "fe02"}},
		{name: "plan of two scopes", v6a: ula, v6b: global, left: []string{"pool01", "fe01", "fe02"}},
		{name: "plan of two scopes, check disabled", v6a: ula, v6b: global, disable: []string{"pool-scope-mixed"}, added: []string{"pool01", "fe01", "fe02"}},
		{name: "server has another scope", have: "fe01 IN AAAA fd20:0:0:1::11\n", v6a: global1, v6b: global, left: []string{"pool01", "fe02"}},
		{name: "server has the scope", have: "fe01 IN AAAA 2a01:db8:1::11\n", v6a: global1, v6b: global, added: []string{"pool01", "fe02"}},
		{name: "some of the plan's scope", have: "fe01 IN AAAA fd20:0:0:1::11\n", v6a: global1, v6b: "fd20:0:0:2::/64", added: []string{"fe02"}, left: []string{"pool01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := optionsFor(t, "version: 1\nsubnets:\n"+
				"  - {ipv4: 10.20.1.0/24, ipv6: \""+tt.v6a+"\", host: mimic}\n"+
				"  - {ipv4: 10.20.2.0/24, ipv6: \""+tt.v6b+"\", host: mimic}\n")
			opt.Audit.Disable = tt.disable
			file := writeTempZone(t, pool, tt.have)
			res, err := fix.RunPaths([]string{file}, opt)
			if err != nil {
				t.Fatal(err)
			}
			var added, left []string
			for _, a := range res.Added {
				if n := strings.TrimSuffix(a.Record.Name, ".contoso.com."); !slices.Contains(added, n) {
					added = append(added, n)
				}
			}
			for _, f := range res.Findings {
				if f.Check == "pool-scope-mixed" {
					left = append(left, strings.TrimSuffix(f.Name, ".contoso.com."))
				}
			}
			slices.Sort(added)
			slices.Sort(left)
			slices.Sort(tt.added)
			slices.Sort(tt.left)
			if !slices.Equal(added, tt.added) || !slices.Equal(left, tt.left) {
				t.Errorf("added %q and left out %q, want %q and %q; findings %+v", added, left, tt.added, tt.left, res.Findings)
			}
			if err := res.Write(); err != nil {
				t.Fatal(err)
			}
			after, err := audit.Run([]*zone.Zone{zone.ReadFile(file, zone.Options{})}, audit.Options{Disable: tt.disable})
			if err != nil {
				t.Fatal(err)
			}
			for f := range after.AllFindings() {
				if f.Check == "pool-scope-mixed" {
					t.Errorf("the audit of the result: %s", f.Message)
				}
			}
		})
	}
}

// TestPoolScopeViews: the pools of two views of contoso.com are apart. The
// internal view's servers have unique-local AAAA records, so a global plan
// gives its pool none; the external view's pool of the same names has no
// AAAA and gets the plan's.
func TestPoolScopeViews(t *testing.T) {
	opt := optionsFor(t, "version: 1\nsubnets:\n"+
		"  - {ipv4: 10.20.1.0/24, ipv6: \"2a01:db8:1::/64\", host: mimic}\n"+
		"  - {ipv4: 10.20.2.0/24, ipv6: \"2a01:db8:2::/64\", host: mimic}\n")
	internal := writeTempZone(t, pool, "fe01 IN AAAA fd20:0:0:1::11\nfe02 IN AAAA fd20:0:0:2::12\n")
	external := writeTempZone(t, pool, "")
	res, err := fix.RunPaths([]string{internal, external}, opt)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range res.Added {
		got = append(got, a.Zone.File+" "+a.Record.Name+" "+a.Record.Rdata())
	}
	for _, f := range res.Findings {
		got = append(got, f.Check+" "+f.Pos.File+" "+f.Name)
	}
	want := []string{
		external + " pool01.contoso.com. 2a01:db8:1::11", external + " pool01.contoso.com. 2a01:db8:2::12",
		external + " fe01.contoso.com. 2a01:db8:1::11", external + " fe02.contoso.com. 2a01:db8:2::12",
		"pool-scope-mixed " + internal + " pool01.contoso.com.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
