package fix_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// uncovered is a zone where sip's A record is in no subnet of testPlan:
// sip is left without an AAAA, with a no-plan finding at line 7; pool01
// gets its AAAA. %s ends sip's line.
const uncovered = `$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 10.20.1.5
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
sip IN A 10.99.0.10%s
pool01 IN A 10.20.1.11
`

const testPlan = "version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"

// TestNoPlanSelected: --disable and --enable (audit.Selected's reading)
// and a zonegen:ignore comment on the host's first A record decide whether
// the no-plan finding is reported; the host is left without an AAAA
// either way, and the fragment still says so.
func TestNoPlanSelected(t *testing.T) {
	tests := []struct {
		name            string
		comment         string // ends sip's line
		disable, enable []string
		reported        bool
	}{
		{name: "reported", reported: true},
		{name: "disabled", disable: []string{"no-plan"}},
		{name: "all disabled", disable: []string{"all"}},
		{name: "disabled, enabled again", disable: []string{"all"}, enable: []string{"no-plan"}, reported: true},
		{name: "other check disabled", disable: []string{"missing-aaaa"}, reported: true},
		{name: "ignored", comment: " ; zonegen:ignore no-plan sip stays IPv4-only until Q3"},
		{name: "ignored without a reason", comment: " ; zonegen:ignore no-plan"},
		{name: "other check ignored", comment: " ; zonegen:ignore missing-ptr not yet", reported: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := fixOptions(t)
			opt.Audit.Disable, opt.Audit.Enable = tt.disable, tt.enable
			res, err := fix.Run([]string{writeZone(t, uncovered, tt.comment)}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Left) != 1 || res.Left[0].Check != "no-plan" || res.Left[0].Name != "sip.contoso.com." || res.Left[0].Pos.Line != 7 {
				t.Fatalf("left: %v, want sip's no-plan at line 7", res.Left)
			}
			if got := len(res.Findings) == 1; got != tt.reported {
				t.Errorf("findings %v, want reported %v", res.Findings, tt.reported)
			}
			if len(res.Added) != 1 || res.Added[0].Record.Name != "pool01.contoso.com." {
				t.Errorf("added %v, want pool01's AAAA only", res.Added)
			}
			var frag strings.Builder
			if err := res.WriteFragment(&frag, "plan.yaml"); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(frag.String(), "; sip\tIN\tAAAA\t?\t; no-plan: ") {
				t.Errorf("the fragment lacks sip's comment:\n%s", frag.String())
			}
		})
	}
}

// TestUnknownCheck: fix refuses to disable a check zonegen does not have,
// as audit does.
func TestUnknownCheck(t *testing.T) {
	opt := fixOptions(t)
	opt.Audit.Disable = []string{"no-such-check"}
	if _, err := fix.Run([]string{writeZone(t, uncovered, "")}, opt); err == nil || !strings.Contains(err.Error(), `unknown check "no-such-check"`) {
		t.Errorf("error %v, want an unknown check", err)
	}
}

// fixOptions returns the options of a run with testPlan.
func fixOptions(t *testing.T) fix.Options {
	t.Helper()
	p, err := plan.Parse("plan.yaml", []byte(testPlan))
	if err != nil {
		t.Fatal(err)
	}
	return fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now}
}

// writeZone writes the zone text, formatted with args, into a new
// directory and returns its path.
func writeZone(t *testing.T, text string, args ...any) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db.contoso.com")
	if err := os.WriteFile(path, []byte(fmt.Sprintf(text, args...)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
