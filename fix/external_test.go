package fix_test

import (
	"strings"
	"testing"

	"github.com/zonegen/zonegen/fix"
)

// external is an external view: sip's address has a global counterpart
// in externalPlan, webext's a unique-local one.
const external = `$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 198.51.100.2
    IN AAAA 2001:db8:100::2
_sip._tls IN SRV 0 0 443 sip
sip IN A 198.51.100.10
lyncdiscover IN CNAME webext
webext IN A 10.20.1.20
`

const externalPlan = "version: 1\nsubnets:\n" +
	"  - {ipv4: 198.51.100.0/24, ipv6: \"2001:db8:100::/64\", host: mimic}\n" +
	"  - {ipv4: 10.20.1.0/24, ipv6: \"fd20:0:0:1::/64\", host: mimic}\n"

// TestExternalLocal: in the external view fix writes no address that the
// outside cannot reach, which the audit of its result would report as
// external-local-aaaa; it leaves the host out with that finding instead.
// Without --view external, or with the check disabled, the audit would
// not report it, and fix writes it.
func TestExternalLocal(t *testing.T) {
	tests := []struct {
		name    string
		view    string
		disable []string
		left    bool // webext left without its AAAA
	}{
		{name: "external view", view: "external", left: true},
		{name: "internal view", view: "internal"},
		{name: "no view"},
		{name: "check disabled", view: "external", disable: []string{"external-local-aaaa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := optionsFor(t, externalPlan)
			opt.Audit.View, opt.Audit.Disable = tt.view, tt.disable
			res, err := fix.RunPaths([]string{writeTempZone(t, external)}, opt)
			if err != nil {
				t.Fatal(err)
			}
			var added []string
			for _, a := range res.Added {
				added = append(added, a.Record.Name+" "+a.Record.Rdata())
			}
			want := []string{"sip.contoso.com. 2001:db8:100::10"}
			if !tt.left {
				want = append(want, "webext.contoso.com. fd20:0:0:1::20")
			}
			if strings.Join(added, ", ") != strings.Join(want, ", ") {
				t.Errorf("added %q, want %q", added, want)
			}
			if !tt.left {
				if len(res.Left) != 0 {
					t.Errorf("left %+v, want none", res.Left)
				}
				return
			}
			if len(res.Findings) != 1 || res.Findings[0].Check != "external-local-aaaa" || res.Findings[0].Name != "webext.contoso.com." ||
				res.Findings[0].Pos.Line != 10 || !strings.Contains(res.Findings[0].Message, "fd20:0:0:1::20 (unique-local") {
				t.Errorf("findings %+v, want one external-local-aaaa for webext at line 10", res.Findings)
			}
		})
	}
}
