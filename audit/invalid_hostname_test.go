package audit

import (
	"testing"
	"testing/fstest"
)

// TestBadLabel: invalid-hostname quotes the label as written, an escaped
// dot inside it (D6: it quoted `pool\` of `pool\.01`).
func TestBadLabel(t *testing.T) {
	for name, want := range map[string]string{
		"fe-01.contoso.com.":       "",
		"fe_02.contoso.com.":       "fe_02",
		"fe01.corp_net.com.":       "corp_net",
		`pool\.01.contoso.com.`:    `pool\.01`,
		`a.pool\.01.contoso.com.`:  `pool\.01`,
		`xmpp\\.contoso.com.`:      `xmpp\\`,
		`sip\046edge.contoso.com.`: `sip\046edge`,
	} {
		if got := badLabel(name); got != want {
			t.Errorf("badLabel(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestInvalidHostnameMessage: the message quotes the label as the zone
// writes it, each backslash once (test 18 D9: `"pool\\.04"`).
func TestInvalidHostnameMessage(t *testing.T) {
	zones := readFiles(fstest.MapFS{"db": {Data: []byte("$ORIGIN contoso.com.\n$TTL 300\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 10.0.0.1\n" +
		"_sipinternaltls._tcp SRV 0 0 5061 pool\\.04\npool\\.04 A 10.0.0.2\n")}}, "db")
	res, err := Run(zones, Options{Enable: []string{"invalid-hostname"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `pool\.04.contoso.com. is not a valid host name: label "pool\.04"`
	for f := range res.AllFindings() {
		if f.Check == "invalid-hostname" {
			if f.Message != want {
				t.Errorf("message %q, want %q", f.Message, want)
			}
			return
		}
	}
	t.Errorf("no invalid-hostname finding in %v", res.FindingList())
}
