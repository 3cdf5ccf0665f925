package main

import (
	"cmp"
	"os"
	"strings"
	"testing"
)

// TestLongValuesCut: a message that quotes a value a user gave shows a
// value longer than 256 bytes by its first 64 and its length, so that it
// stays one readable line: a 3 MB plan value gave a 3,000,066-byte line,
// a 100 kB --host all of it (tester finding D12). A value of a usual length is
// shown whole, as before; the file of a FILE:LINE: prefix stays whole.
func TestLongValuesCut(t *testing.T) {
	const planHead = "version: 1\nsubnets:\n  - ipv4: 10.0.1.0/24\n    ipv6: \"fd00:1::/64\"\n    host: mimic\nhosts:\n"
	head := func(c string) string { return strings.Repeat(c, 64) + "…" }
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		exit  int    // the exit status, 2 when not given
		want  string // standard error, then standard output
	}{
		{
			name:  "3 MB plan value",
			files: map[string]string{"plan.yaml": planHead + "  pool01.contoso.com: " + strings.Repeat("f", 3_000_000) + "\n"},
			args:  []string{"fix", "--plan", "plan.yaml", "mz"},
			want:  `zonegen: plan.yaml:7: host pool01.contoso.com.: "` + head("f") + `" (3000000 bytes) is not an IPv6 address` + "\n",
		},
		{
			name:  "plan value",
			files: map[string]string{"plan.yaml": planHead + "  pool01.contoso.com: ffff\n"},
			args:  []string{"fix", "--plan", "plan.yaml", "mz"},
			want:  `zonegen: plan.yaml:7: host pool01.contoso.com.: "ffff" is not an IPv6 address` + "\n",
		},
		{
			name: "100 kB --host",
			args: []string{"audit", "--host", strings.Repeat("a", 100_000), "mz"},
			want: "zonegen: --host " + head("a") + " (100000 bytes): not a host name: longer than 253 characters\n",
		},
		{
			name: "--host",
			args: []string{"audit", "--host", "b..contoso.com", "mz"},
			want: "zonegen: --host b..contoso.com: not a host name: empty label\n",
		},
		{
			name: "100 kB --disable",
			args: []string{"audit", "--disable", strings.Repeat("d", 100_000), "mz"},
			want: `zonegen: unknown check "` + head("d") + `" (100000 bytes) (zonegen checks lists them)` + "\n",
		},
		{
			name: "--disable",
			args: []string{"audit", "--disable", "nosuch", "mz"},
			want: `zonegen: unknown check "nosuch" (zonegen checks lists them)` + "\n",
		},
		{
			name:  "300 kB config value",
			files: map[string]string{".zonegen.yaml": "view: " + strings.Repeat("v", 300_000) + "\n"},
			args:  []string{"audit", "mz"},
			want:  `zonegen: .zonegen.yaml:1: view: unknown view "` + head("v") + `" (300000 bytes) (want internal or external)` + "\n",
		},
		{
			name:  "300 kB topology value",
			files: map[string]string{"t.yaml": "version: 1\nsip_domains: [contoso.com]\npools:\n  - fqdn: se01.contoso.com\n    role: " + strings.Repeat("r", 300_000) + "\n"},
			args:  []string{"generate", "--topology", "t.yaml"},
			want:  "zonegen: t.yaml:4: pools[0]: missing servers\n" + `t.yaml:5: pools[0].role: unknown role "` + head("r") + `" (300000 bytes) (want one of frontend, director, edge, mediation, standard)` + "\n",
		},
		{
			name:  "60 kB zone token",
			files: map[string]string{"tok.zone": lyncZone + "a IN AAAA " + strings.Repeat("x", 60_000) + "\n"},
			args:  []string{"audit", "tok.zone"},
			want:  `tok.zone:8: error: bad AAAA address: "` + head("x") + `" (60000 bytes) [syntax]` + "\n1 error, 0 warnings, 0 info in 1 zone\n",
		},
		{
			name:  "60 kB token of a record zonegen keeps as text",
			files: map[string]string{"tok.zone": lyncZone + "a IN NSEC3PARAM " + strings.Repeat("9", 60_000) + " 0 1 ab\n"},
			args:  []string{"audit", "--disable", "missing-aaaa", "--fail-on", "warning", "tok.zone"},
			exit:  1,
			want: `tok.zone:8: warning: miekg/dns cannot read this NSEC3PARAM record (bad NSEC3PARAM Hash: "` + head("9") +
				`" (60000 bytes)); zonegen keeps it as text and checks nothing in it [bind-divergence]` + "\n0 errors, 1 warning, 0 info in 1 zone\n",
		},
		{
			name:  "zone token",
			files: map[string]string{"tok.zone": lyncZone + "a IN AAAA xyz\n"},
			args:  []string{"audit", "tok.zone"},
			want:  `tok.zone:8: error: bad AAAA address: "xyz" [syntax]` + "\n1 error, 0 warnings, 0 info in 1 zone\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			workDir(t, lyncZone)
			for name, text := range tt.files {
				if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, out, stderr := zonegen(t, nil, tt.args...)
			if got, exit := stderr+out, cmp.Or(tt.exit, 2); code != exit || got != tt.want {
				t.Errorf("exit %d, output (%d bytes) %.300q; want %d and %q", code, len(got), got, exit, tt.want)
			}
		})
	}
}
