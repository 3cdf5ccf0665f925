package topology

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// TestIPv4ModeAuditAgrees audits the fragments of testdata/ipv4mode.yaml
// as written, every name of the view a host (as generate audits them):
// the names of the pools and Edge sides in IPv4 mode have no AAAA, and
// their zonegen:ignore comments keep the audit from calling that an
// error (tester D3: generate refused the topology, exit 2). The IPv4-only
// names are exactly those of the items in IPv4 mode.
func TestIPv4ModeAuditAgrees(t *testing.T) {
	topo := mustRead(t, "testdata/ipv4mode.yaml")
	want := map[View][]string{
		Internal: {"med01.contoso.com.", "med02.contoso.com.", "medpool01.contoso.com.",
			"edge01-int.contoso.com.", "edge02-int.contoso.com.", "edgepool-int.contoso.com."},
		External: {"sip.contoso.com.", "webconf.contoso.com.", "av.contoso.com.", "xmpp.contoso.com."},
	}
	for _, v := range Views() {
		t.Run(string(v), func(t *testing.T) {
			only := topo.IPv4Only(v)
			if len(only) != len(want[v]) {
				t.Errorf("IPv4Only = %v, want the names %v", only, want[v])
			}
			for _, name := range want[v] {
				if only[name] == "" {
					t.Errorf("%s is not IPv4-only on purpose", name)
				}
			}
			var zones []*zone.Zone
			for i, f := range topo.Render(v) {
				name := fmt.Sprintf("frag%d.zone", i)
				zones = append(zones, zone.Read(fstest.MapFS{name: {Data: []byte(f.Text)}}, name, zone.Options{}))
			}
			res, err := audit.Run(zones, audit.Options{View: string(v), Hosts: topo.Hosts(v)})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.FindingList() {
				if f.Severity == audit.Error {
					t.Errorf("finding %v", f)
				}
			}
		})
	}
}

// TestIPv4OnlyKeepsHalfPools: a pool with one server without IPv6, or
// with IPv6 on its vip only, is not in IPv4 mode; an IPv4-only view has no
// names that need a reason (generate turns missing-aaaa off there).
func TestIPv4OnlyKeepsHalfPools(t *testing.T) {
	const head = "version: 1\nsip_domains: [contoso.com]\npools:\n"
	cases := map[string]string{
		"server without IPv6": head + "  - {fqdn: pool01.contoso.com, role: frontend, servers: [" +
			"{fqdn: fe01.contoso.com, ipv4: 10.0.1.11, ipv6: \"fd00:10::11\"}, {fqdn: fe02.contoso.com, ipv4: 10.0.1.12}]}\n",
		"IPv6 on the vip only": head + "  - {fqdn: pool01.contoso.com, role: frontend, load_balancing: hardware, " +
			"vip: {ipv4: 10.0.1.10, ipv6: \"fd00:10::10\"}, servers: [{fqdn: fe01.contoso.com, ipv4: 10.0.1.11}]}\n",
		"IPv4-only view": head + "  - {fqdn: pool01.contoso.com, role: frontend, servers: [{fqdn: fe01.contoso.com, ipv4: 10.0.1.11}]}\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			topo, err := Parse("t.yaml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if only := topo.IPv4Only(Internal); len(only) != 0 {
				t.Errorf("IPv4Only = %v, want none", only)
			}
		})
	}
}
