package fix_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestUnusedPlanEntries: fix says which hosts entries of the plan name no
// host (a typo, a name written relative, an alias, a name a wildcard
// answers for, test 21x #3), and which --host names are none, where it said nothing
// and used derived addresses instead (test 21 #2, #3; review 21 #3). An
// entry of a host that has its AAAA already is no news (a second run
// would say it of every entry), nor one of a name outside the zones given
// (a plan kept for a whole company, review 21 #8), nor one of a name that
// is an alias in one view and has an A record in another (review 21 #2:
// it was said or not by the order of the views).
func TestUnusedPlanEntries(t *testing.T) {
	dir := t.TempDir()
	internal := "$ORIGIN fabrikam.com.\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\n" +
		"sip A 10.1.10.10\nweb A 10.1.10.30\nmeet CNAME web\ndone A 10.1.10.40\ndone AAAA fd20::40\n" +
		"lyncdiscover A 10.1.10.50\nchild NS ns1.example.net.\n"
	external := "$ORIGIN fabrikam.com.\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\n" +
		"_sip._tls SRV 0 0 443 av\n* A 10.1.10.60\nlyncdiscover CNAME proxy\nproxy A 10.1.10.70\nchild NS ns1.example.net.\n"
	pl := "version: 1\nsubnets:\n  - {ipv4: 10.1.10.0/24, ipv6: \"fd20::/64\", host: mimic}\nhosts:\n" +
		"  sip.fabrikam.co: \"fd20::1:10\"\n  pool01: \"fd20::1:11\"\n  meet.fabrikam.com: \"fd20::1:30\"\n" +
		"  sip.fabrikam.com: \"fd20::10\"\n  done.fabrikam.com: \"fd20::40\"\n  av.fabrikam.com: \"fd20::1:60\"\n" +
		"  lyncdiscover.fabrikam.com: \"fd20::1:50\"\n  nowhere.fabrikam.com: \"fd20::1:99\"\n" +
		"  pool01.child.fabrikam.com: \"fd20::1:98\"\n" + // a zone not given (test 21x #2)
		"  a.proxy.fabrikam.com: \"fd20::1:97\"\n" // no wildcard: proxy is its closest encloser
	files := map[string]string{"internal/db.fabrikam.com": internal, "external/db.fabrikam.com": external, "plan.yaml": pl}
	for name, text := range files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
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
	opt.Audit.Hosts = []string{"edge01.contoso.com", "web.fabrikam.com"}
	wantUnused := []string{
		"plan.yaml:6 pool01.: no A, AAAA or CNAME record of that name in the zones given",
		"plan.yaml:7 meet.fabrikam.com.: the name is an alias (CNAME to web.fabrikam.com.), and an AAAA goes to the name at the end of its chain",
		"plan.yaml:10 av.fabrikam.com.: the wildcard *.fabrikam.com. answers for the name, and gets the AAAA from its own entry or a subnet",
		// Not a host: the external view's wildcard answers for it (test 21x #3).
		"plan.yaml:12 nowhere.fabrikam.com.: the wildcard *.fabrikam.com. answers for the name; an AAAA goes to the wildcard, as one at the name would stop the wildcard answering it",
		"plan.yaml:14 a.proxy.fabrikam.com.: no A, AAAA or CNAME record of that name in the zones given",
	}
	wantHosts := map[string]string{"edge01.contoso.com.": "no A, AAAA or CNAME record of that name in the zones given"}
	for _, paths := range [][]string{{"internal", "external"}, {"external", "internal"}} {
		res, err := fix.RunPaths(paths, opt)
		if err != nil {
			t.Fatal(err)
		}
		var unused []string
		for _, u := range res.Unused {
			unused = append(unused, fmt.Sprintf("%s:%d %s: %s", u.Entry.File, u.Entry.Line, u.Entry.Host, u.Why))
		}
		if diff := cmp.Diff(wantUnused, unused); diff != "" {
			t.Errorf("%v: Unused (-want +got):\n%s", paths, diff)
		}
		if diff := cmp.Diff(wantHosts, res.UnknownHosts); diff != "" {
			t.Errorf("%v: UnknownHosts (-want +got):\n%s", paths, diff)
		}
	}
}
