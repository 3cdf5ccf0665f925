package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestFragmentFileNameQuoted: a line end in a zone file's name is quoted
// in the fragment's heading, so that the rest of the name cannot become a
// record of a zone that $INCLUDEs the fragment (test 15 D1).
func TestFragmentFileNameQuoted(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "db.x\nevil IN A 192.0.2.66 ;")
	text := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 900 1209600 300\n@ IN NS ns1\n" +
		"ns1 IN A 10.20.1.1\nns1 IN AAAA fd20:0:0:1::1\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Skip("no such file name here:", err)
	}
	p, err := plan.Parse("plan.yaml", []byte("version: 1\nsubnets:\n  - {ipv4: 10.20.1.0/24, ipv6: \"fd20:0:0:1::/64\", host: mimic}\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := fix.RunPaths([]string{name}, fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := res.WriteFragment(&b, "plan.yaml"); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if line != "" && !strings.HasPrefix(line, ";") && !strings.HasPrefix(line, "pool01\t") {
			t.Errorf("the fragment has a line that is no new record: %q\n%s", line, b.String())
		}
	}
}
