package zone

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/miekg/dns"
)

// TestGlued checks the bind-divergence for a token that BIND ends at a
// parenthesis or at a line end inside parentheses and miekg/dns does not,
// against miekg/dns itself: where zonegen notes it, miekg/dns reads other
// records; where it does not, the same.
func TestGlued(t *testing.T) {
	for _, c := range []struct {
		text  string
		glued bool
	}{
		{"a 60 MX ( 10\nmail )\n", true},
		{"@ 60 SOA ns hm (\n1\n2\n3\n4\n5\n)\n", true},
		{"a 60 TXT x(y)\n", true},
		{"a 60 TXT ( x\n)y\n", true},
		{"a 60 TXT x\\\"(\ny )\n", true},
		{"a 60 MX ( 10\n mail )\n", false},
		{"a 60 MX ( 10 ; preference\nmail )\n", false},
		{"a 60 TXT ( \"x\"\n\"y\" )\n", false},
		{"a 60 TXT x (y)\n", false},
		{"@ 60 SOA ns hm (\n 1\n 2\n 3\n 4\n 5 )\n", false},
		{"a 60 MX ( 10\r\n mail )\r\n", false},
		{"a 60 MX ( 10\r\nmail )\r\n", true},
		{"a 60 TXT ( x\n\ny )\n", true},
		{"a 60 TXT a\\\\(b)\n", true},
		{"a 60 TXT a\\(b\n", false},
		{"$TTL ( 1\n)\na A 10.0.0.1\n", false},
	} {
		z := Read(fstest.MapFS{"db": {Data: []byte(c.text)}}, "db", Options{Origin: "example."})
		if z.Err != nil {
			t.Fatalf("%q: %v", c.text, z.Err)
		}
		noted := false
		for _, d := range z.Divergences {
			noted = noted || strings.Contains(d.Message, "BIND reads two tokens, miekg/dns one")
		}
		if noted != c.glued {
			t.Errorf("%q: noted %v, want %v (%v)", c.text, noted, c.glued, z.Divergences)
		}
		if same := readsAlike(c.text, z); same == c.glued {
			t.Errorf("%q: miekg/dns reads the same records: %v, noted: %v", c.text, same, noted)
		}
	}
}

// readsAlike reports whether miekg/dns reads text into the records of z.
func readsAlike(text string, z *Zone) bool {
	zp := dns.NewZoneParser(bytes.NewReader([]byte(text)), "example.", "db")
	var got []string
	for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
		r, _ := newRecord(rr)
		got = append(got, r.String())
	}
	if zp.Err() != nil || len(got) != len(z.Records) {
		return false
	}
	for i, r := range z.Records {
		if got[i] != r.String() {
			return false
		}
	}
	return true
}

// TestParenFirst checks that an entry starting with "(" has its first
// token for owner, as BIND reads it (its lexer gives a blank owner only
// for a blank or tab that starts the line), and that where a blank follows
// the "(", which miekg/dns takes for a blank owner, the reading is noted.
func TestParenFirst(t *testing.T) {
	for _, c := range []struct {
		text, owner string
		noted       bool
	}{
		{"a 60 A 10.0.0.1\n(b 60 A 10.0.0.2)\n", "b.example.", false},
		{"a 60 A 10.0.0.1\n(\nb 60 A 10.0.0.2 )\n", "b.example.", false},
		{"a 60 A 10.0.0.1\n(;c\nb 60 A 10.0.0.2 )\n", "b.example.", false},
		{"a 60 A 10.0.0.1\n (60 A 10.0.0.2)\n", "a.example.", false},
		{"a 60 A 10.0.0.1\n\t( 60 A 10.0.0.2 )\n", "a.example.", false},
		{"a 60 A 10.0.0.1\n( b 60 A 10.0.0.2)\n", "b.example.", true},
		{"a 60 A 10.0.0.1\n( ; comment\n  b 60 A 10.0.0.2 )\n", "b.example.", true},
		{"a 60 A 10.0.0.1\n( 60 A 10.0.0.2)\n", "60.example.", true},
	} {
		z := Read(fstest.MapFS{"db": {Data: []byte(c.text)}}, "db", Options{Origin: "example."})
		if z.Err != nil {
			t.Fatalf("%q: %v", c.text, z.Err)
		}
		if len(z.Records) != 2 || z.Records[1].Name != c.owner {
			t.Errorf("%q: records %v, want the second owned by %s", c.text, z.Records, c.owner)
		}
		noted := false
		for _, d := range z.Divergences {
			noted = noted || strings.Contains(d.Message, `starts with "(" and a blank`)
		}
		if noted != c.noted {
			t.Errorf("%q: noted %v, want %v (%v)", c.text, noted, c.noted, z.Divergences)
		}
		if alike := readsAlike(c.text, z); alike == c.noted {
			t.Errorf("%q: miekg/dns reads the same records: %v, noted: %v", c.text, alike, noted)
		}
	}
}
