package main

import (
	"strings"
	"testing"
)

// TestReportsEscapeNames: a name with a raw control byte (ESC, which a
// terminal would obey) or a byte beyond ASCII is reported escaped, as BIND
// prints it, in every format: no raw control byte reaches a terminal or a
// CI log, and the JSON names the zone's name rather than U+FFFD.
func TestReportsEscapeNames(t *testing.T) {
	workDir(t, "$TTL 1h\n@ SOA ns1.example.net. h.example.com. 1 2 3 4 5\n@ NS ns1.example.net.\n"+
		"x\x1b[31my A 10.0.0.1\nhi\xe9 A 10.0.0.2\n")
	zone := "mz/db.contoso.com"
	for format, want := range map[string][]string{
		"text":   {`x\027[31my.contoso.com.`, `hi\233.contoso.com.`},
		"github": {`x\027[31my.contoso.com.`, `hi\233.contoso.com.`},
		"json":   {`"x\\027[31my.contoso.com."`, `"hi\\233.contoso.com."`},
	} {
		_, out, _ := zonegen(t, nil, "audit", "--all-hosts", "--format", format, zone)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %s:\n%s", format, w, out)
			}
		}
		if i := strings.IndexFunc(out, func(r rune) bool { return r < ' ' && r != '\n' || r == '\ufffd' || r > '~' }); i >= 0 {
			t.Errorf("%s: output has %q at %d:\n%s", format, out[i], i, out)
		}
		if strings.Contains(out, `\ufffd`) || strings.Contains(out, `\u001b`) {
			t.Errorf("%s: output has an escaped raw byte:\n%s", format, out)
		}
	}
}
