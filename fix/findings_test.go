package fix_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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
			res, err := fix.RunPaths([]string{writeTempZone(t, uncovered, tt.comment)}, opt)
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
	if _, err := fix.RunPaths([]string{writeTempZone(t, uncovered, "")}, opt); err == nil || !strings.Contains(err.Error(), `unknown check "no-such-check"`) {
		t.Errorf("error %v, want an unknown check", err)
	}
}

// fixOptions returns the options of a run with testPlan.
func fixOptions(t *testing.T) fix.Options {
	t.Helper()
	return optionsFor(t, testPlan)
}

// optionsFor returns the options of a run with the plan text.
func optionsFor(t *testing.T, text string) fix.Options {
	t.Helper()
	p, err := plan.Parse("plan.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now}
}

// writeTempZone writes the zone text, formatted with args, into a new
// directory and returns its path.
func writeTempZone(t *testing.T, text string, args ...any) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db.contoso.com")
	if err := os.WriteFile(path, []byte(fmt.Sprintf(text, args...)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// colliding is the zone of tester 3's defect 6: the plan derives dir01's
// ::21, which legacy already has, and the hosts entry of collidingPlan
// gives sip the ::11 it derives for pool01. %s ends dir01's line.
const colliding = `$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 10.20.1.5
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
_sipinternaltls._tcp IN SRV 0 0 5061 dir01
pool01 IN A 10.20.1.11
dir01  IN A 10.20.1.21%s
sip    IN A 10.20.1.12
legacy IN A 10.20.9.9
legacy IN AAAA fd20:0:0:1::21
`

const collidingPlan = testPlan + "hosts:\n  sip.contoso.com: \"fd20:0:0:1::11\"\n"

// TestCollision: no new AAAA is an address that another name at another
// IPv4 address has or gets; each host left out has an aaaa-collision
// finding naming the other name, which --disable aaaa-collision and a
// zonegen:ignore comment silence (and --disable no-plan does not), while
// the host stays without an AAAA.
func TestCollision(t *testing.T) {
	tests := []struct {
		name     string
		comment  string // ends dir01's line
		disable  []string
		reported []string // the names of the findings reported
	}{
		{name: "reported", reported: []string{"pool01.contoso.com.", "dir01.contoso.com.", "sip.contoso.com."}},
		{name: "no-plan disabled", disable: []string{"no-plan"}, reported: []string{"pool01.contoso.com.", "dir01.contoso.com.", "sip.contoso.com."}},
		{name: "disabled", disable: []string{"aaaa-collision"}},
		{name: "ignored", comment: " ; zonegen:ignore aaaa-collision legacy moves in March", reported: []string{"pool01.contoso.com.", "sip.contoso.com."}},
	}
	want := map[string]string{
		"pool01.contoso.com.": "fd20:0:0:1::11, which the address plan gives for 10.20.1.11 (plan.yaml:3: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic), is also what it gives sip.contoso.com. (A 10.20.1.12)",
		"dir01.contoso.com.":  "fd20:0:0:1::21, which the address plan gives for 10.20.1.21 (plan.yaml:3: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic), is already an AAAA of legacy.contoso.com. (A 10.20.9.9)",
		"sip.contoso.com.":    "fd20:0:0:1::11, which the address plan gives for 10.20.1.12 (plan.yaml:7: hosts entry sip.contoso.com.), is also what it gives pool01.contoso.com. (A 10.20.1.11)",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := optionsFor(t, collidingPlan)
			opt.Audit.Disable = tt.disable
			res, err := fix.RunPaths([]string{writeTempZone(t, colliding, tt.comment)}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Added) != 0 {
				t.Errorf("added %v, want nothing", res.Added)
			}
			if len(res.Left) != 3 {
				t.Fatalf("left %v, want pool01, dir01 and sip", res.Left)
			}
			for _, f := range res.Left {
				if w := f.Name + " gets no AAAA: " + want[f.Name]; f.Check != "aaaa-collision" || f.Message != w {
					t.Errorf("%s: %s [%s], want %s [aaaa-collision]", f.Name, f.Message, f.Check, w)
				}
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Name)
			}
			if diff := cmp.Diff(tt.reported, got); diff != "" {
				t.Errorf("reported (-want +got):\n%s", diff)
			}
		})
	}
}
