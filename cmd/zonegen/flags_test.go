package main

import (
	"os"
	"strings"
	"testing"
)

// TestHelpOneDefault: each limit flag shows one default in the help of
// the commands that read zones, the limit zone applies, not the flag's 0.
func TestHelpOneDefault(t *testing.T) {
	for _, cmd := range []string{"audit", "diff", "review"} {
		t.Run(cmd, func(t *testing.T) {
			_, out, _ := zonegen(t, nil, cmd, "--help")
			limits := 0
			for line := range strings.Lines(out) {
				if !strings.Contains(line, "--max-") {
					continue
				}
				limits++
				if strings.Count(line, "default") != 1 {
					t.Errorf("%s --help: %s", cmd, strings.TrimSpace(line))
				}
			}
			if limits != 5 {
				t.Errorf("%s --help shows %d limit flags, want 5", cmd, limits)
			}
		})
	}
}

// TestLimitsPositive: a limit flag of 0 or less is a usage error (it was
// taken silently as the default), for every command that reads zones.
func TestLimitsPositive(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"audit", "--max-line", "0", "x"}, "zonegen: audit: --max-line: 0 is not a positive number"},
		{[]string{"audit", "--max-line=-1", "x"}, "zonegen: audit: --max-line: -1 is not a positive number"},
		{[]string{"fix", "--plan", "p", "--max-include-depth", "-5", "x"}, "zonegen: fix: --max-include-depth: -5 is not a positive number"},
		{[]string{"review", "--max-generate", "0", "x"}, "zonegen: review: --max-generate: 0 is not a positive number"},
		{[]string{"diff", "--max-records", "0", "x", "y"}, "zonegen: diff: --max-records: 0 is not a positive number"},
		{[]string{"audit", "--max-includes", "0", "x"}, "zonegen: audit: --max-includes: 0 is not a positive number"},
		{[]string{"fix", "--plan", "p", "--max-includes=-2", "x"}, "zonegen: fix: --max-includes: -2 is not a positive number"},
	}
	for _, tt := range tests {
		code, out, stderr := zonegen(t, nil, tt.args...)
		if code != 2 || out != "" || !strings.HasPrefix(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}

// TestMaxIncludes: --max-includes bounds the $INCLUDEs of a zone; the one
// past it is a syntax error at its line, exit status 2.
func TestMaxIncludes(t *testing.T) {
	workDir(t, "$TTL 1h\n@ SOA ns1.example.net. h.example.com. 1 2 3 4 5\n$INCLUDE part.inc\n$INCLUDE part.inc\n")
	if err := os.WriteFile("mz/part.inc", []byte("x A 10.0.0.1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := zonegen(t, nil, "audit", "--max-includes", "1", "mz/db.contoso.com")
	if want := "mz/db.contoso.com:4: error: more $INCLUDEs than the limit of 1 [syntax]"; code != 2 || !strings.Contains(out, want) {
		t.Errorf("exit %d, output %q; want 2 and %q", code, out, want)
	}
	if code, out, _ := zonegen(t, nil, "audit", "--max-includes", "2", "mz/db.contoso.com"); code == 2 {
		t.Errorf("exit 2 with two $INCLUDEs and a limit of 2:\n%s", out)
	}
}
