package zone

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestOrigin: the origin is --origin, else an $ORIGIN before the first
// record wherever it stands among the directives, else the SOA owner made
// absolute, else the file name; one that is no domain name is an error
// that says where it came from. An SOA away from the origin is BIND's "not
// at top of zone" when the origin is --origin or the owner lacks its final
// dot, and else it says where the zone is.
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
		{"no records", "db.x", "$TTL 1h\n$ORIGIN contoso.com.\n", "", "contoso.com."},
		{"--origin wins", "db.contoso.com", "$TTL 1h\n" + soa, "fabrikam.com", "fabrikam.com."},
		{"$ORIGIN . and the SOA owner", "db.x", "$ORIGIN .\n$TTL 1h\ncontoso.com IN SOA ns hm 1 2 3 4 5\n$ORIGIN contoso.com.\nwww A 10.0.0.1\n", "", "contoso.com."},
		{"$ORIGIN com. and a relative SOA owner", "db.x", "$ORIGIN com.\ncontoso SOA ns hm 1 2 3 4 5\n", "", "contoso.com."},
		{"file name", "contoso.com.zone", "$TTL 1h\nwww A 10.0.0.1\n", "", "contoso.com."},
		{"bad file name", "db." + strings.Repeat("a", 64) + ".com", soa, "", "error: taken from the file name"},
		{"bad --origin", "db.x", soa, "a..b", "error: taken from --origin"},
		{"SOA owner without its final dot", "db.x", "$ORIGIN contoso.com.\n$TTL 1h\ncontoso.com IN SOA ns hm 1 2 3 4 5\n", "", "error: db.x:3: SOA record not at top of zone: its owner \"contoso.com\" is relative"},
		{"--origin and another $ORIGIN", "db.x", "$ORIGIN contoso.com.\n" + soa, "fabrikam.com", "error: db.x:2: SOA record not at top of zone: its owner contoso.com. is not the origin fabrikam.com."},
		{"$ORIGIN of the file name without its final dot", "db.contoso.com", "$ORIGIN contoso.com\n$TTL 1h\n" + soa, "", "error: db.contoso.com:3: SOA record not at top of zone: $ORIGIN \"contoso.com\" is relative"},
	}
	for _, c := range cases {
		z := Read(fstest.MapFS{c.file: {Data: []byte(c.text)}}, c.file, Options{Origin: c.origin})
		got := z.Origin
		if z.Err != nil {
			got = "error: " + z.Err.Error()
		}
		wantErr, isErr := strings.CutPrefix(c.want, "error: ")
		if isErr && (z.Err == nil || !strings.Contains(z.Err.Error(), wantErr)) || !isErr && got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestOriginOfRefusedZone: a zone refused for an SOA away from its origin
// keeps the origin it was read with (--origin, or the file name's), so
// that the report names the zone and its syntax finding by it.
func TestOriginOfRefusedZone(t *testing.T) {
	const text = "$ORIGIN example.com\n$TTL 100\n@ IN SOA ns1.example.net. h.example.com. 1 3600 900 1209600 300\n"
	for _, origin := range []string{"example.com", ""} {
		z := Read(fstest.MapFS{"db.example.com": {Data: []byte(text)}}, "db.example.com", Options{Origin: origin})
		if z.Err == nil || z.Origin != "example.com." {
			t.Errorf("--origin %q: origin %q and error %v, want example.com. and an error", origin, z.Origin, z.Err)
		}
	}
}

// TestOutOfZone: in a file with an SOA, records outside its owner are
// dropped with a divergence, on the fast path and the slow one, alone or
// after an owner inside; a file without one (a fragment) keeps them all,
// and so does one whose SOA owner is relative to a guessed origin.
func TestOutOfZone(t *testing.T) {
	const text = "www A 10.0.0.1\n" +
		"www.example.net. A 10.0.0.2\n" +
		"  TXT \"x\"\n" +
		"sub.example.com. TXT \"y\"\n" +
		"example.com.example.net. A 10.0.0.3\n"
	for _, c := range []struct {
		name, file, head string
		records, notes   int
	}{
		{"$ORIGIN and SOA", "db.x", "$ORIGIN example.com.\n@ SOA ns hm 1 2 3 4 5\n", 3, 3},
		{"SOA owner absolute", "db.x", "example.com. SOA ns hm 1 2 3 4 5\n", 3, 3},
		{"--origin and SOA", "db.x", "@ SOA ns hm 1 2 3 4 5\n", 3, 3},
		{"a fragment without SOA", "db.x", "$ORIGIN example.com.\n", 5, 0},
		{"SOA relative to the file name", "db.example.com", "@ SOA ns hm 1 2 3 4 5\n", 6, 0},
	} {
		opt := Options{}
		if strings.HasPrefix(c.name, "--origin") {
			opt.Origin = "example.com"
		}
		z := Read(fstest.MapFS{c.file: {Data: []byte("$TTL 1h\n" + c.head + text)}}, c.file, opt)
		if z.Err != nil {
			t.Fatalf("%s: %v", c.name, z.Err)
		}
		if len(z.Records) != c.records || len(z.Divergences) != c.notes {
			t.Errorf("%s: %d records and %d notes %v, want %d and %d", c.name, len(z.Records), len(z.Divergences), z.Divergences, c.records, c.notes)
		}
		for _, r := range z.Records {
			if c.notes > 0 && !InZone(r.Name, "example.com.") {
				t.Errorf("%s: kept %s", c.name, r.Name)
			}
		}
	}
}
