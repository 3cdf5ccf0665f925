package audit

import (
	"testing"
	"testing/fstest"
)

// TestNoLyncDeploymentBrokenZone: a zone set without Lync gets
// no-lync-deployment, unless a zone of it does not parse, which may hold
// the deployment: a review that broke the zone with the Lync SRV records
// reported the info as new (test 19a D6).
func TestNoLyncDeploymentBrokenZone(t *testing.T) {
	files := fstest.MapFS{
		"db.contoso.com": {Data: []byte("$ORIGIN contoso.com.\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\n_sipinternaltls._tcp SRV 0 0 5061 pool01.contoso.net.\nbad A 10.0.0.300\n")},
		"db.contoso.net": {Data: []byte("$ORIGIN contoso.net.\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\npool01 A 10.0.1.11\n")},
	}
	for _, c := range []struct {
		files []string
		want  bool
	}{
		{[]string{"db.contoso.net"}, true},
		{[]string{"db.contoso.com", "db.contoso.net"}, false},
	} {
		res, err := Run(readFiles(files, c.files...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for f := range res.AllFindings() {
			got = got || f.Check == "no-lync-deployment"
		}
		if got != c.want {
			t.Errorf("%v: no-lync-deployment %v, want %v", c.files, got, c.want)
		}
	}
}
