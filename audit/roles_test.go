package audit_test

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// contosoHead is the start of the zones of these tests: an SOA, and a name
// server with both addresses.
const contosoHead = `$ORIGIN contoso.com.
$TTL 3600
@     IN SOA ns1 hostmaster 1 3600 600 86400 300
@     IN NS  ns1
ns1   IN A   10.0.0.1
ns1   IN AAAA fd00::1
`

// readContoso reads db.contoso.com made of contosoHead and body.
func readContoso(body string) []*zone.Zone {
	fs := fstest.MapFS{"db.contoso.com": {Data: []byte(contosoHead + body)}}
	return []*zone.Zone{zone.Read(fs, "db.contoso.com", zone.Options{})}
}

// rolesZone has Lync hosts found each way (an SRV target that a
// well-known alias also reaches, a well-known name, a pool and its
// member, a --host name) beside names that are no Lync hosts.
const rolesZone = `_sipinternaltls._tcp IN SRV 0 0 5061 pool01
lyncdiscoverinternal IN CNAME pool01
pool01 IN A    10.0.1.11
pool01 IN A    10.0.1.12
pool01 IN AAAA fd00::1:11
pool01 IN AAAA fd00::1:12
fe01  IN A    10.0.1.11
fe01  IN AAAA fd00::1:11
meet  IN A    10.0.1.20
sql01 IN A    10.0.1.30
printer IN A  10.0.5.20
files IN CNAME printer
`

// TestAllHostsRoles: with --all-hosts, a Lync host keeps the roles that
// say how discovery found it, after "address"; the other names have
// "address" alone (D7: every host had ["address"], pool members
// ["address", "pool-member"]).
func TestAllHostsRoles(t *testing.T) {
	zones := readContoso(rolesZone)
	lync := map[string][]string{
		"pool01.contoso.com.": {"srv:_sipinternaltls._tcp", "pool", "cname:lyncdiscoverinternal.contoso.com."},
		"fe01.contoso.com.":   {"pool-member"},
		"meet.contoso.com.":   {"meet"},
		"sql01.contoso.com.":  {"host"},
	}
	for _, all := range []bool{false, true} {
		res, err := audit.Run(zones, audit.Options{AllHosts: all, Hosts: []string{"sql01.contoso.com"}})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{}
		for name, roles := range lync {
			want[name] = roles
			if all {
				want[name] = append([]string{"address"}, roles...)
			}
		}
		if all {
			want["ns1.contoso.com."] = []string{"address"}
			want["printer.contoso.com."] = []string{"address"}
		}
		got := map[string][]string{}
		for h := range res.Hosts() {
			got[h.Name] = h.Roles
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("AllHosts %v: roles (-want +got):\n%s", all, diff)
		}
	}
}

// memberZone has a pool whose members are found by IPv4 (fe02) and, for a
// name without A, by IPv6 (lab01), beside a Lync host that is no member.
const memberZone = `_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A    10.0.1.11
pool01 IN A    10.0.1.12
pool01 IN AAAA fd00::11
pool01 IN AAAA fd00::12
fe01  IN A    10.0.1.11
fe01  IN AAAA fd00::11
fe02  IN A    10.0.1.12
lab01 IN AAAA fd00::12
meet  IN A    10.0.1.20
`

// TestMemberRelated: a finding about a pool member points at the pool's
// record that makes it one (DESIGN's JSON example), the missing-aaaa notes
// as much as the findings made whole (D8: their related was empty); a
// finding about a host that is no member has none.
func TestMemberRelated(t *testing.T) {
	zones := readContoso(memberZone)
	pool := func(line int) []audit.Related {
		return []audit.Related{{Pos: zone.Pos{File: "db.contoso.com", Line: line}, Note: "pool member of pool01.contoso.com."}}
	}
	want := map[string][]audit.Related{
		"missing-aaaa fe02.contoso.com.": pool(9),
		"missing-a lab01.contoso.com.":   pool(11),
		"missing-aaaa meet.contoso.com.": nil,
	}
	for _, all := range []bool{false, true} {
		res, err := audit.Run(zones, audit.Options{AllHosts: all})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]audit.Related{}
		for f := range res.AllFindings() {
			got[f.Check+" "+f.Name] = f.Related
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("AllHosts %v: related (-want +got):\n%s", all, diff)
		}
	}
}
