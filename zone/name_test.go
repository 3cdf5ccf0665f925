package zone

import "testing"

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
