package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixNoPlanSuppressed: --disable no-plan and a zonegen:ignore no-plan
// comment on the host's A record silence the no-plan finding, and fix
// then exits 0; the host still gets no AAAA (tester 3, defect 9).
func TestFixNoPlanSuppressed(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	os.WriteFile(plan, []byte("version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"), 0o644)
	head := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 900 1209600 300\n  IN NS ns1\n" +
		"ns1 IN A 10.20.1.5\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"
	tests := []struct {
		name, sip string // sip's line
		args      []string
		want      int
		stderr    string
	}{
		{"reported", "sip IN A 10.99.0.10\n", nil, 1, "[no-plan]"},
		{"disabled", "sip IN A 10.99.0.10\n", []string{"--disable", "no-plan"}, 0, ""},
		{"ignored", "sip IN A 10.99.0.10 ; zonegen:ignore no-plan sip stays IPv4-only until Q3\n", nil, 0, ""},
		{"unknown check", "sip IN A 10.99.0.10\n", []string{"--disable", "no-such-check"}, 2, `unknown check "no-such-check"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			zone := filepath.Join(t.TempDir(), "db.contoso.com")
			os.WriteFile(zone, []byte(head+tt.sip), 0o644)
			args := append(append([]string{"fix", "--plan", plan}, tt.args...), zone)
			code, out, stderr := zonegen(t, nil, args...)
			if code != tt.want || !strings.Contains(stderr, tt.stderr) || (tt.stderr == "" && stderr != "") {
				t.Errorf("exit %d, want %d; stderr %q, want %q", code, tt.want, stderr, tt.stderr)
			}
			if tt.want < 2 && (!strings.Contains(out, "+pool01 IN AAAA") || strings.Contains(out, "+sip")) {
				t.Errorf("the diff should add pool01's AAAA and nothing for sip:\n%s", out)
			}
		})
	}
}

// TestFixCollision: tester 3's defect 6. The hosts entry gives sip the
// address the plan derives for pool01, and the plan derives for dir01 the
// address legacy has: none of them gets an AAAA, each has an
// aaaa-collision finding, and fix exits 1.
func TestFixCollision(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	os.WriteFile(plan, []byte("version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"+
		"hosts:\n  sip.contoso.com: \"fd20:0:0:1::11\"\n"), 0o644)
	zone := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(zone, []byte("$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 900 1209600 300\n  IN NS ns1\n"+
		"ns1 IN A 10.20.1.5\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01\n_sipinternaltls._tcp IN SRV 0 0 5061 dir01\n"+
		"pool01 IN A 10.20.1.11\ndir01  IN A 10.20.1.21\nsip    IN A 10.20.1.12\nlegacy IN A 10.20.9.9\nlegacy IN AAAA fd20:0:0:1::21\n"), 0o644)
	code, out, stderr := zonegen(t, nil, "fix", "--plan", plan, zone)
	if code != 1 || strings.Count(stderr, "[aaaa-collision]") != 3 || out != "" {
		t.Errorf("exit %d, want 1 with three aaaa-collision findings and no diff\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}

// TestSourceDateEpoch: SOURCE_DATE_EPOCH pins the date serial; a value
// that is no number of seconds is a usage error, as the reproducible-builds
// convention asks, not ignored (review 18 #8).
func TestSourceDateEpoch(t *testing.T) {
	t.Chdir("../..")
	args := []string{"fix", "--plan", "examples/plan.yaml", "--serial", "date", "examples/internal"}
	code, stdout, stderr := zonegen(t, map[string]string{"SOURCE_DATE_EPOCH": "1795953600"}, args...)
	if code != 0 || !strings.Contains(stdout, "2026112900") {
		t.Errorf("SOURCE_DATE_EPOCH=1795953600: exit %d, stderr %q; want 0 and the serial 2026112900 in the diff", code, stderr)
	}
	for _, bad := range []string{"abc", "-5", "1795953600.5", "+1795953600", "01795953600", "4294967296"} {
		code, stdout, stderr = zonegen(t, map[string]string{"SOURCE_DATE_EPOCH": bad}, args...)
		if want := `fix: SOURCE_DATE_EPOCH "` + bad + `" is not a number of seconds since 1970 that a serial can hold`; code != 2 || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("SOURCE_DATE_EPOCH=%s: exit %d, stdout %d bytes, stderr %q; want 2, nothing, %q", bad, code, len(stdout), stderr, want)
		}
	}
}

// TestFixSaysUnused: fix says on standard error which plan entries and
// --host names give nothing, each once, named by where it came from (test
// 21 #2, #3).
func TestFixSaysUnused(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	os.WriteFile(plan, []byte("version: 1\nsubnets:\n  - {ipv4: 10.20.1.0/24, ipv6: \"fd20:0:0:1::/64\", host: mimic}\nhosts:\n  pool01: \"fd20:0:0:1::99\"\n"), 0o644)
	zone := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(zone, []byte("$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 900 1209600 300\n  IN NS ns1\nns1 IN A 10.20.1.5\n"+
		"_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"), 0o644)
	code, _, stderr := zonegen(t, nil, "fix", "--plan", plan, "--host", "edge01.contoso.com", zone)
	want := "zonegen: --host edge01.contoso.com.: no A, AAAA or CNAME record of that name in the zones given\n" +
		"zonegen: " + plan + ":5: hosts entry pool01.: no A, AAAA or CNAME record of that name in the zones given; the entry is not used\n"
	if code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant it to hold:\n%s", code, stderr, want)
	}
}
