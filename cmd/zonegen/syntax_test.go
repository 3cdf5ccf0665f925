package main

import (
	"os"
	"strings"
	"testing"
)

// TestSyntaxAlwaysReported: a zone that does not parse is always said,
// with its file and line: --disable syntax, --disable all and a
// zonegen:ignore comment leave the syntax finding on, since exit status 2
// would otherwise come with nothing to explain it (tester,
// test-1-formats.md 6).
func TestSyntaxAlwaysReported(t *testing.T) {
	workDir(t, lyncZone)
	head := "$ORIGIN contoso.com.\n@ IN SOA ns1 h 1 1 1 1 1\n"
	os.WriteFile("db.broken.com", []byte(head+"bad IN A 1.2.3\n"), 0o644)
	os.WriteFile("db.ignored.com", []byte(head+"bad IN A 1.2.3 ; zonegen:ignore syntax known bad line\n"), 0o644)
	tests := []struct {
		args []string
		want string // in standard output
	}{
		{[]string{"audit", "--disable", "all", "--enable", "missing-aaaa", "mz/db.contoso.com", "db.broken.com"}, "db.broken.com:3: error:"},
		{[]string{"audit", "--disable", "syntax", "db.broken.com"}, "db.broken.com:3: error:"},
		{[]string{"audit", "db.ignored.com"}, "db.ignored.com:3: error:"},
		{[]string{"audit", "--format", "sarif", "--disable", "all", "db.broken.com"}, `"ruleId": "syntax"`},
	}
	for _, tt := range tests {
		code, out, stderr := zonegen(t, nil, tt.args...)
		if code != 2 || !strings.Contains(out, tt.want) {
			t.Errorf("%v: exit %d, want 2 and %q\n%s%s", tt.args, code, tt.want, out, stderr)
		}
	}
}
