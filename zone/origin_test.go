package zone

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestOrigin: the origin is --origin, else an $ORIGIN before the first
// record wherever it stands among the directives, else the SOA owner made
// absolute, else the file name; one that is no domain name is an error
// that says where it came from.
func TestOrigin(t *testing.T) {
	const soa = "@ SOA ns hm 1 2 3 4 5\n"
	cases := []struct {
		name, file, text, origin string
		want                     string // the origin, or a part of the error
	}{
		{"first line", "db.x", "$ORIGIN contoso.com.\n" + soa, "", "contoso.com."},
		{"after $TTL", "db.x", "$TTL 1h\n$ORIGIN contoso.com.\n" + soa, "", "contoso.com."},
		{"after comments and $TTL", "db.x", "; zone\n\n$TTL 1h ; default\n$ORIGIN Contoso.COM.\n" + soa, "", "contoso.com."},
		{"relative $ORIGIN", "db.x", "$ORIGIN com.\n$ORIGIN contoso\n" + soa, "", "contoso.com."},
		{"the last before the first record", "db.x", "$TTL 1h\n$ORIGIN a.example.\n$ORIGIN b.example.\nwww A 10.0.0.1\n$ORIGIN c.example.\n", "", "b.example."},
		{"SOA owner absolute", "db.x", "$TTL 1h\ncontoso.net. SOA ns hm 1 2 3 4 5\n", "", "contoso.net."},
		{"SOA owner relative, no $ORIGIN", "db.contoso.org", "$TTL 1h\n" + soa, "", "contoso.org."},
		{"--origin wins", "db.x", "$ORIGIN contoso.com.\n" + soa, "fabrikam.com", "fabrikam.com."},
		{"file name", "contoso.com.zone", "$TTL 1h\nwww A 10.0.0.1\n", "", "contoso.com."},
		{"bad file name", "db." + strings.Repeat("a", 64) + ".com", soa, "", "taken from the file name"},
		{"bad --origin", "db.x", soa, "a..b", "taken from --origin"},
	}
	for _, c := range cases {
		z := Read(fstest.MapFS{c.file: {Data: []byte(c.text)}}, c.file, Options{Origin: c.origin})
		got := z.Origin
		if z.Err != nil {
			got = z.Err.Error()
		}
		if !strings.Contains(got, c.want) || z.Err == nil && got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
