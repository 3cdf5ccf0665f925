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
		{"a 60 SOA ns hm (\n1\n2\n3\n4\n5\n)\n", true},
		{"a 60 TXT x(y)\n", true},
		{"a 60 TXT ( x\n)y\n", true},
		{"a 60 TXT x\\\"(\ny )\n", true},
		{"a 60 MX ( 10\n mail )\n", false},
		{"a 60 MX ( 10 ; preference\nmail )\n", false},
		{"a 60 TXT ( \"x\"\n\"y\" )\n", false},
		{"a 60 TXT x (y)\n", false},
		{"a 60 SOA ns hm (\n 1\n 2\n 3\n 4\n 5 )\n", false},
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
