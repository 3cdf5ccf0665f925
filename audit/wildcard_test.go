package audit

import (
	"net/netip"
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
