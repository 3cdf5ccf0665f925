package audit

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestAliasOf: where a query for a name goes on, by a CNAME, a wildcard's
// CNAME or a DNAME above it, and where it does not (a DNAME's own owner,
// a result too long to be a name).
func TestAliasOf(t *testing.T) {
	long := strings.Repeat("a.", 120)
	files := fstest.MapFS{
		"db.example": {Data: []byte(`$ORIGIN example.
@ SOA ns hm 1 2 3 4 5
www CNAME web
*.lab CNAME web
*.wild DNAME example.net.
old DNAME example.net.
top DNAME .
deep DNAME ` + long + `example.net.
`)},
	}
	ix := newIndex(readFiles(files, "db.example"))
	for _, c := range []struct{ name, want string }{
		{name: "www.example.", want: "web.example."},
		{name: "x.lab.example.", want: "web.example."}, // the wildcard's CNAME
		{name: "a.b.old.example.", want: "a.b.example.net."},
		{name: "old.example.", want: ""},         // a DNAME redirects the names below its owner only
		{name: "com.top.example.", want: "com."}, // a DNAME to the root
		{name: long + "deep.example.", want: ""}, // longer than a name may be: YXDOMAIN
		{name: "web.example.", want: ""},
		{name: "x.wild.example.", want: ""}, // a wildcard's DNAME redirects the names below the wildcard only
	} {
		got, _, ok := ix.aliasOf(c.name)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("aliasOf(%s) = %q, %v, want %q", c.name, got, ok, c.want)
		}
	}
}
