package audit

import (
	"net/netip"
	"slices"
	"testing"
	"testing/fstest"
)

// TestWildcardOf: which wildcard answers for a name without records, by
// RFC 4592's closest encloser, in a parent zone and a child zone of one
// set; and holds sees the wildcard's addresses.
func TestWildcardOf(t *testing.T) {
	files := fstest.MapFS{
		"db.example": {Data: []byte(`$ORIGIN example.
@ SOA ns hm 1 2 3 4 5
* A 192.0.2.1
a.b.c A 192.0.2.2
*.b A 192.0.2.3
child NS ns.child
`)},
		"db.child.example": {Data: []byte(`$ORIGIN child.example.
@ SOA ns hm 1 2 3 4 5
`)},
		"db.other": {Data: []byte(`$ORIGIN other.
@ SOA ns hm 1 2 3 4 5
*.lab CNAME @
`)},
	}
	ix := newIndex(readFiles(files, "db.example", "db.child.example", "db.other"))
	for _, c := range []struct{ name, want string }{
		{name: "x.example.", want: "*.example."},
		{name: "x.y.z.example.", want: "*.example."}, // y.z does not exist: the apex encloses
		{name: "c.example.", want: ""},               // an empty non-terminal exists
		{name: "b.c.example.", want: ""},             // so does this one
		{name: "x.c.example.", want: ""},             // closest encloser c has no wildcard
		{name: "x.b.example.", want: "*.b.example."}, // b exists as *.b's parent
		{name: "x.child.example.", want: ""},         // the child zone's origin encloses
		{name: "x.lab.other.", want: "*.lab.other."}, // lab, an empty non-terminal, encloses
		{name: "x.other.", want: ""},
		{name: "x.nowhere.", want: ""},
	} {
		got := ""
		if id, ok := ix.wildcardOf(c.name); ok {
			got = ix.name(id)
		}
		if got != c.want {
			t.Errorf("wildcardOf(%s) = %q, want %q", c.name, got, c.want)
		}
	}
	if !ix.holds("x.example.", netip.MustParseAddr("192.0.2.1")) || ix.holds("x.c.example.", netip.MustParseAddr("192.0.2.1")) {
		t.Errorf("holds does not go by the wildcard that answers")
	}
}

// TestWildcardHostNoPTR: a wildcard that gives a Lync name its addresses
// is a Lync host (test 20a #2), but no PTR can name it: the reverse zone
// of its address is not asked for one (missing-ptr), while a host of its
// own is.
func TestWildcardHostNoPTR(t *testing.T) {
	files := fstest.MapFS{
		"db.contoso.com": {Data: []byte(`$ORIGIN contoso.com.
$TTL 3600
@ SOA ns1 hm 1 2 3 4 5
_sipinternaltls._tcp SRV 0 0 5061 pool01.contoso.com.
_sip._tls SRV 0 0 443 sip.contoso.com.
* AAAA fd00::10
sip AAAA fd00::11
`)},
		"db.rev": {Data: []byte(`$ORIGIN 0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa.
$TTL 3600
@ SOA ns1.contoso.com. hm 1 2 3 4 5
`)},
	}
	res, err := Run(readFiles(files, "db.contoso.com", "db.rev"), Options{Disable: []string{"all"}, Enable: []string{"missing-ptr"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.FindingList() {
		got = append(got, f.Check+" "+f.Name)
	}
	if want := []string{"missing-ptr sip.contoso.com."}; !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}
