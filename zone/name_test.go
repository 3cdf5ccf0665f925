package zone

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestCanonical: names come out lower case, fully qualified, and with an
// escape only where miekg/dns prints one, so that one name is one string
// however it was written.
func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"WWW.Example.com":        "www.example.com.",
		`\$0000000.example.`:     "$0000000.example.",   // an escape no name needs
		`\035leading.hash.char.`: "#leading.hash.char.", // a decimal escape of a plain character
		`\065BC.example.`:        "abc.example.",        // decimal A, then lower case
		`a\.b.example.`:          `a\.b.example.`,       // a dot inside a label keeps its escape
		`a\ b.example.`:          `a\ b.example.`,
		`semi\;colon.example.`:   `semi\;colon.example.`,
		`\000\001.example.`:      `\000\001.example.`,
		`too\256long.example.`:   `too\256long.example.`, // past 255: left as it is
		`back\\256.example.`:     `back\\256.example.`,   // an escaped backslash, then digits
		"$0000000.example.":      "$0000000.example.",
		"x\x1by.example.":        `x\027y.example.`, // a raw control byte, as BIND prints it
		"hi\xe9.example.":        `hi\233.example.`, // a raw byte beyond ASCII
		"del\x7f.example.":       `del\127.example.`,
		"a@b.example.":           `a\@b.example.`,
		".":                      ".",
	} {
		if got := canonical(in); got != want {
			t.Errorf("canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCutLabel: a dot ends a label unless a backslash escapes it; an
// escaped backslash escapes nothing after it.
func TestCutLabel(t *testing.T) {
	for _, c := range []struct {
		name, label, rest string
		found             bool
	}{
		{name: "pool01.contoso.com.", label: "pool01", rest: "contoso.com.", found: true},
		{name: `pool\.01.contoso.com.`, label: `pool\.01`, rest: "contoso.com.", found: true},
		{name: `pool\046x.contoso.com.`, label: `pool\046x`, rest: "contoso.com.", found: true},
		{name: `a\\.b.`, label: `a\\`, rest: "b.", found: true},
		{name: `a\\\.b.c.`, label: `a\\\.b`, rest: "c.", found: true},
		{name: `\.a.`, label: `\.a`, rest: "", found: true},
		{name: "com.", label: "com", rest: "", found: true},
		{name: ".", label: "", rest: "", found: true},
		{name: `a\.b`, label: `a\.b`, rest: "", found: false},
		{name: "", label: "", rest: "", found: false},
	} {
		label, rest, found := CutLabel(c.name)
		if label != c.label || rest != c.rest || found != c.found {
			t.Errorf("CutLabel(%q) = %q, %q, %v, want %q, %q, %v", c.name, label, rest, found, c.label, c.rest, c.found)
		}
	}
}

// TestWireLength: the wire length of a name counts an escape as one
// octet, so that a name of 255 octets written with escapes is kept.
func TestWireLength(t *testing.T) {
	a63 := strings.Repeat("a", 63)
	for in, want := range map[string]int{
		".":                 1,
		"a.":                3,
		"a.example.":        11,
		`a\.b.example.`:     13,
		`\000\001.example.`: 12,
		`back\\.example.`:   15,
		a63 + "." + a63 + "." + a63 + "." + strings.Repeat("b", 61) + ".": 255,
	} {
		if got := wireLength(in); got != want {
			t.Errorf("wireLength(%q) = %d, want %d", in, got, want)
		}
	}
	escaped := strings.Repeat(`\.`, 60) + "." + a63 + "." + a63 + "." + a63 + "." // 254 octets, 313 bytes
	if err := checkNameLength(escaped); err != nil {
		t.Errorf("checkNameLength(%q) = %v, want nil", escaped, err)
	}
}

// TestRawByteOneName: a name with a raw control byte or a byte beyond
// ASCII is the name with its \DDD escape, one owner as in BIND.
func TestRawByteOneName(t *testing.T) {
	fsys := fstest.MapFS{"db": {Data: []byte("$TTL 1\n" +
		"x\x1by A 10.0.0.1\nx\\027y AAAA fd00::1\n" +
		"hi\xe9 A 10.0.0.2\nhi\\233 AAAA fd00::2\n" +
		"a@b A 10.0.0.3\na\\@b AAAA fd00::3\n")}}
	z := Read(fsys, "db", Options{Origin: "example.com."})
	if z.Err != nil {
		t.Fatal(z.Err)
	}
	want := []string{`x\027y.example.com.`, `x\027y.example.com.`, `hi\233.example.com.`, `hi\233.example.com.`,
		`a\@b.example.com.`, `a\@b.example.com.`}
	if len(z.Records) != len(want) {
		t.Fatalf("%d records, want %d", len(z.Records), len(want))
	}
	for i, r := range z.Records {
		if r.Name != want[i] {
			t.Errorf("record %d: name %q, want %q", i, r.Name, want[i])
		}
	}
}

// TestInZone: a name is in a zone when the dot before the origin ends a
// label; an escaped dot does not (evil\.contoso.com. is one label below
// com., as BIND reads it: "ignoring out-of-zone data").
func TestInZone(t *testing.T) {
	for _, c := range []struct {
		name, origin string
		want         bool
	}{
		{"contoso.com.", "contoso.com.", true},
		{"www.contoso.com.", "contoso.com.", true},
		{"www.contoso.com.", ".", true},
		{"xcontoso.com.", "contoso.com.", false},
		{`evil\.contoso.com.`, "contoso.com.", false},
		{`evil\\.contoso.com.`, "contoso.com.", true},
		{`evil\\\.contoso.com.`, "contoso.com.", false},
		{`a\046.contoso.com.`, "contoso.com.", true},
		{"com.", "contoso.com.", false},
	} {
		if got := InZone(c.name, c.origin); got != c.want {
			t.Errorf("InZone(%q, %q) = %v, want %v", c.name, c.origin, got, c.want)
		}
	}
}

// TestParentName: one label up, an escaped dot inside the label, and the
// root above a top-level name.
func TestParentName(t *testing.T) {
	for name, want := range map[string]string{
		"a.example.":    "example.",
		`a\.b.example.`: "example.",
		"example.":      ".",
		".":             "",
	} {
		if got := ParentName(name); got != want {
			t.Errorf("ParentName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestIsOrigin: an origin given on a command line is a domain name as a
// zone file writes it; a space or control character is not, though
// miekg/dns takes them.
func TestIsOrigin(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"contoso.com", true},
		{"Contoso.COM.", true},
		{".", true},
		{`contoso\032com.`, true}, // written escaped, as a zone file would
		{"contoso com", false},
		{"contoso\tcom", false},
		{"contoso\x7fcom", false},
		{"contoso..com", false},
		{strings.Repeat("a", 64) + ".com", false},
	} {
		if got := IsOrigin(c.s); got != c.want {
			t.Errorf("IsOrigin(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestRelative writes names relative to the origin.
func TestRelative(t *testing.T) {
	cases := []struct{ name, origin, want string }{
		{name: "contoso.com.", origin: "contoso.com.", want: "@"},
		{name: "sip.contoso.com.", origin: "contoso.com.", want: "sip"},
		{name: "a.b.contoso.com.", origin: "contoso.com.", want: "a.b"},
		{name: "sip.notcontoso.com.", origin: "contoso.com.", want: "sip.notcontoso.com."},
		{name: "sip.contoso.net.", origin: "contoso.com.", want: "sip.contoso.net."},
		{name: "sip.contoso.com.", origin: "", want: "sip.contoso.com."},
		{name: "sip.", origin: ".", want: "sip."},
	}
	for _, c := range cases {
		if got := Relative(c.name, c.origin); got != c.want {
			t.Errorf("Relative(%q, %q) = %q, want %q", c.name, c.origin, got, c.want)
		}
	}
}
