package fix_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestUnusedPlanEntries: fix says which hosts entries of the plan name no
// host (a typo, a name written relative, an alias), and which --host
// names are none, where it said nothing and used derived addresses
// instead (test 21 #2, #3). An entry of a host that has its AAAA already
// is no news: the second run of fix would say it of every entry.
func TestUnusedPlanEntries(t *testing.T) {
	dir := t.TempDir()
	db := "$ORIGIN fabrikam.com.\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\n" +
		"sip A 10.1.10.10\nweb A 10.1.10.30\nmeet CNAME web\ndone A 10.1.10.40\ndone AAAA fd20::40\n"
	pl := "version: 1\nsubnets:\n  - {ipv4: 10.1.10.0/24, ipv6: \"fd20::/64\", host: mimic}\nhosts:\n" +
		"  sip.fabrikam.con.: \"fd20::1:10\"\n  pool01: \"fd20::1:11\"\n  meet.fabrikam.com: \"fd20::1:30\"\n" +
		"  sip.fabrikam.com: \"fd20::10\"\n  done.fabrikam.com: \"fd20::40\"\n"
	for name, text := range map[string]string{"db.fabrikam.com": db, "plan.yaml": pl} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	p, err := plan.Load("plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	opt := fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now}
	opt.Audit.Hosts = []string{"edge01.fabrikam.com", "web.fabrikam.com"}
	res, err := fix.RunPaths([]string{"db.fabrikam.com"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"plan.yaml:5: hosts entry sip.fabrikam.con.: no A, AAAA or CNAME record of that name in the zones given; the entry is not used",
		"plan.yaml:6: hosts entry pool01.: no A, AAAA or CNAME record of that name in the zones given; the entry is not used",
		"plan.yaml:7: hosts entry meet.fabrikam.com.: the name is an alias (CNAME to web.fabrikam.com.), and an AAAA goes to the name at the end of its chain; the entry is not used",
	}
	if diff := cmp.Diff(want, res.Unused); diff != "" {
		t.Errorf("Unused (-want +got):\n%s", diff)
	}
	wantHosts := map[string]string{"edge01.fabrikam.com.": "no A, AAAA or CNAME record of that name in the zones given"}
	if diff := cmp.Diff(wantHosts, res.UnknownHosts); diff != "" {
		t.Errorf("UnknownHosts (-want +got):\n%s", diff)
	}
}
