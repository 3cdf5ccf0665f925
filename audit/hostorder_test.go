package audit_test

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// TestHostOrder: the hosts come in the order their names first appear in
// the zone set, files in the order given, then the --host names without
// records, by name (docs/guarantees.md): not by name, and the same each
// run.
func TestHostOrder(t *testing.T) {
	files := fstest.MapFS{
		"db.contoso.com": {Data: []byte(`$ORIGIN contoso.com.
@ SOA ns hm 1 2 3 4 5
_sipinternaltls._tcp SRV 0 0 5061 zeta.contoso.com.
_sipinternaltls._tcp SRV 0 0 5061 alpha.contoso.net.
zeta A 10.0.0.1
sip A 10.0.0.2
`)},
		"db.contoso.net": {Data: []byte(`$ORIGIN contoso.net.
@ SOA ns hm 1 2 3 4 5
alpha A 10.0.0.3
`)},
	}
	var zones []*zone.Zone
	for _, f := range []string{"db.contoso.com", "db.contoso.net"} {
		zones = append(zones, zone.Read(files, f, zone.Options{}))
	}
	want := []string{"zeta.contoso.com.", "sip.contoso.com.", "alpha.contoso.net.", "b.example.", "c.example."}
	for range 3 {
		res, err := audit.Run(zones, audit.Options{Hosts: []string{"c.example.", "b.example."}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for h := range res.Hosts() {
			got = append(got, h.Name)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("hosts (-want +got):\n%s", diff)
		}
	}
}
