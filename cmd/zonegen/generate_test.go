package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/topology"
)

// hardwarePool01 starts a topology with a dual stack, hardware-load-
// balanced Front End pool (lines 1-7), its servers and the rest to follow.
const hardwarePool01 = `version: 1
sip_domains: [contoso.com]
pools:
  - fqdn: pool01.contoso.com
    role: frontend
    load_balancing: hardware
    vip: {ipv4: 10.0.1.10, ipv6: "fd00:10::10"}
`

// halfIPv6Topology is test 5's D3 topology: a dual-stack internal view
// with an IPv4-only server in a hardware pool (fe02, line 10), one in a
// DNS-LB pool that is not the registrar (fe22, line 15, which leaves
// pool02, line 11, with two A and one AAAA) and an IPv4-only Office Web
// Apps Server (line 16). pool02's AAAA set is its members' (fe22 has
// none), so its gap is fe22's finding, not a pool-aaaa-mismatch.
const halfIPv6Topology = hardwarePool01 + `    servers:
      - {fqdn: fe01.contoso.com, ipv4: 10.0.1.11, ipv6: "fd00:10::11"}
      - {fqdn: fe02.contoso.com, ipv4: 10.0.1.12}
  - fqdn: pool02.contoso.com
    role: frontend
    servers:
      - {fqdn: fe21.contoso.com, ipv4: 10.0.2.11, ipv6: "fd00:20::11"}
      - {fqdn: fe22.contoso.com, ipv4: 10.0.2.12}
office_web_apps: {fqdn: owas.contoso.com, ipv4: 10.0.3.5}
`

// writeFile writes text to name in a new temporary directory and returns
// its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestGenerateAuditsEveryTopologyName: every name the topology gives is a
// Lync host, so an IPv4-only server of a hardware pool, a non-registrar
// pool's members and name, and Office Web Apps are audited in a view
// that has AAAA records, at the topology's lines, and the half-IPv6 view
// is refused (test 5 D3: exit 1 for an unrelated warning, written).
func TestGenerateAuditsEveryTopologyName(t *testing.T) {
	topo := writeFile(t, "topo.yaml", halfIPv6Topology)
	code, stdout, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "internal")
	for _, want := range []string{
		"topo.yaml:10: error: fe02.contoso.com. ",
		"topo.yaml:15: error: fe22.contoso.com. ",
		"topo.yaml:16: error: owas.contoso.com. ",
	} {
		if !hasLine(stderr, want, "[missing-aaaa]") {
			t.Errorf("no %q...[missing-aaaa] on standard error", want)
		}
	}
	if code != 2 || stdout != "" {
		t.Errorf("exit %d, standard output %q; want 2 and nothing written\nstderr:\n%s", code, stdout, stderr)
	}
}

// TestGenerateIPv4OnlyViewNoMissingAAAA: a view without any AAAA record is
// IPv4-only on purpose (docs/topology.md), so taking every topology name as
// a host must not make a missing-aaaa of each.
func TestGenerateIPv4OnlyViewNoMissingAAAA(t *testing.T) {
	v4 := strings.NewReplacer(`, ipv6: "fd00:10::10"`, "", `, ipv6: "fd00:10::11"`, "", `, ipv6: "fd00:20::11"`, "").Replace(halfIPv6Topology)
	topo := writeFile(t, "topo.yaml", v4)
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "internal", "--fail-on", "warning")
	if code != 1 || strings.Contains(stderr, "missing-aaaa") {
		t.Errorf("exit %d (want 1, web-services-dns-lb), stderr:\n%s", code, stderr)
	}
}

// TestGenerateFailOn: generate's exit status follows --fail-on, default
// error, as every command's does (DESIGN.md, "Common behaviour"): a
// warning is printed and the files are written with exit 0, and exit 1
// with --fail-on warning. It was 1 for any warning, with no way to pass a
// CI step for a topology of two SIP domains (test 12 D3).
func TestGenerateFailOn(t *testing.T) {
	v4 := strings.NewReplacer(`, ipv6: "fd00:10::10"`, "", `, ipv6: "fd00:10::11"`, "", `, ipv6: "fd00:20::11"`, "").Replace(halfIPv6Topology)
	topo := writeFile(t, "topo.yaml", v4)
	for _, tt := range []struct {
		args []string
		want int
	}{
		{nil, 0},
		{[]string{"--fail-on", "error"}, 0},
		{[]string{"--fail-on", "warning"}, 1},
		{[]string{"--fail-on", "info"}, 1},
		{[]string{"--fail-on", "bogus"}, 2},
	} {
		args := append([]string{"generate", "--topology", topo, "--view", "internal"}, tt.args...)
		code, stdout, stderr := zonegen(t, nil, args...)
		if code != tt.want {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", tt.args, code, tt.want, stderr)
		}
		if tt.want < 2 && (!strings.Contains(stderr, "[web-services-dns-lb]") || !strings.Contains(stdout, "$ORIGIN")) {
			t.Errorf("%v: want the warning on standard error and the view written; stdout:\n%s\nstderr:\n%s", tt.args, stdout, stderr)
		}
	}
}

// hasLine reports whether a line of text contains part and ends with end.
func hasLine(text, part, end string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, part) && strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// TestGenerateBareCommand: `zonegen generate --topology TOPO`, the command
// as DESIGN's synopsis writes it, prints both views on standard output,
// the internal one first, each with its header comment naming the view
// and a blank line between them (test 5 D6: it was a usage error, since
// the default --view both needed --out-dir).
func TestGenerateBareCommand(t *testing.T) {
	t.Chdir("../..")
	code, stdout, stderr := zonegen(t, nil, "generate", "--topology", "examples/topology.yaml")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	internal, _ := os.ReadFile("examples/generated/contoso.com.internal.zone")
	external, _ := os.ReadFile("examples/generated/contoso.com.external.zone")
	want := string(internal) + "\n" + string(external)
	if stdout != want {
		t.Errorf("standard output:\n%s\nwant examples/generated's internal, a blank line, external:\n%s", stdout, want)
	}
	for _, v := range []string{"internal", "external"} {
		if !strings.Contains(stdout, "; Lync Server DNS records, "+v+" view.\n") {
			t.Errorf("no header comment for the %s view", v)
		}
	}
}

// ipv4ModeTopology is tester D3's topology (test 8): a dual stack Front
// End pool with an IPv4-only Mediation pool (media bypass) and an Edge
// that is IPv4 on both sides, beside a dual stack reverse proxy; LYNC-DNS.md
// section 6 supports all of it.
const ipv4ModeTopology = hardwarePool01 + `    web_external: {fqdn: webext.contoso.com}
    servers:
      - {fqdn: fe01.contoso.com, ipv4: 10.0.1.11, ipv6: "fd00:10::11"}
  - fqdn: med01.contoso.com
    role: mediation
    servers:
      - {fqdn: med01.contoso.com, ipv4: 10.0.1.31}
edge:
  internal:
    fqdn: edgeint.contoso.com
    servers: [{fqdn: edge01.contoso.com, ipv4: 10.0.2.5}]
  external:
    access:  {fqdn: sip.contoso.com, ipv4: [203.0.113.10]}
    webconf: {fqdn: webconf.contoso.com, ipv4: [203.0.113.11]}
    av:      {fqdn: av.contoso.com, ipv4: [203.0.113.12]}
reverse_proxy: {ipv4: 203.0.113.20, ipv6: "2a01:4f8:ff::20"}
`

// TestGenerateIPv4ModePools: pools and Edge sides given wholly IPv4-only
// are in IPv4 mode beside a dual stack pool, so generate writes them
// (tester D3: exit 2, nothing written), and zonegen audit of what it
// wrote agrees: no error in either view.
func TestGenerateIPv4ModePools(t *testing.T) {
	topo := writeFile(t, "topo.yaml", ipv4ModeTopology)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--out-dir", out)
	if code != 0 || strings.Contains(stderr, "missing-aaaa") {
		t.Fatalf("generate: exit %d (want 0), stderr:\n%s", code, stderr)
	}
	for _, v := range []string{"internal", "external"} {
		frag := filepath.Join(out, "contoso.com."+v+".zone")
		code, stdout, stderr := zonegen(t, nil, "audit", "--view", v, frag)
		if code != 0 || !strings.Contains(stdout, "0 errors") {
			t.Errorf("audit of the %s view: exit %d\n%s%s", v, code, stdout, stderr)
		}
	}
}

// TestGenerateDerivedNameClash: an item named as a name generate derives,
// at other addresses, is refused at its line with nothing written (tester
// D4: a Mediation pool named sip.D merged into the registrar's sip.D).
func TestGenerateDerivedNameClash(t *testing.T) {
	topo := writeFile(t, "topo.yaml", strings.Replace(ipv4ModeTopology, "fqdn: med01.contoso.com\n    role", "fqdn: sip.contoso.com\n    role", 1))
	code, stdout, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "internal")
	if code != 2 || stdout != "" || !strings.Contains(stderr, "topo.yaml:11: pools[1]: sip.contoso.com. is derived for SIP domain contoso.com. at line 2") {
		t.Errorf("exit %d, standard output %q; want 2, nothing, and the error at line 11; stderr:\n%s", code, stdout, stderr)
	}
}

// TestGenerateBadView: the message lists every value --view takes, both
// (the default) included (tester N1).
func TestGenerateBadView(t *testing.T) {
	topo := writeFile(t, "topo.yaml", ipv4ModeTopology)
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "bogus")
	if code != 2 || !strings.Contains(stderr, `unknown view "bogus" (want internal, external or both)`) {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// TestGenerateNoArguments: an argument is a usage error, one line on
// standard error, exit 2 and nothing on standard output; it was ignored,
// and the fragment printed (test 13 D5).
func TestGenerateNoArguments(t *testing.T) {
	t.Chdir("../..")
	code, out, stderr := zonegen(t, nil, "generate", "--topology", "examples/topology.yaml", "--view", "internal", "out/", "nosuch.yaml")
	want := "zonegen: generate: takes no arguments, got out/ (the topology is --topology FILE, the output directory --out-dir DIR)\n"
	if code != 2 || out != "" || stderr != want {
		t.Errorf("exit %d, stdout %d bytes, stderr %q; want 2, nothing and %q", code, len(out), stderr, want)
	}
}

// TestGenerateOutDirAllOrNothing: test 13 D2. When one fragment cannot be
// written (here a directory holds its name), --out-dir writes none: the
// other keeps its old content and no temporary file is left. A written
// fragment is a new file renamed over the old one, not the old one
// rewritten in place.
func TestGenerateOutDirAllOrNothing(t *testing.T) {
	topo := writeFile(t, "topo.yaml", `version: 1
sip_domains: [contoso.com]
pools:
  - fqdn: pool01.contoso.com
    role: frontend
    servers:
      - {fqdn: fe01.contoso.com, ipv4: 10.0.1.11, ipv6: "fd00:10::11"}
      - {fqdn: fe02.contoso.com, ipv4: 10.0.1.12, ipv6: "fd00:10::12"}
`)
	out := t.TempDir()
	internal := filepath.Join(out, "contoso.com.internal.zone")
	external := filepath.Join(out, "contoso.com.external.zone")
	if err := os.WriteFile(internal, []byte("; old internal\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(external, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--out-dir", out, "--view", "both")
	if code != exitTrouble || !strings.Contains(stderr, "contoso.com.external.zone: not a regular file; nothing written") {
		t.Errorf("exit %d, stderr %q; want 2 and the external fragment named", code, stderr)
	}
	if strings.Contains(stderr, "wrote") {
		t.Errorf("stderr says a fragment was written: %q", stderr)
	}
	if got, _ := os.ReadFile(internal); string(got) != "; old internal\n" {
		t.Errorf("the internal fragment was written although the external one failed: %q", got)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		t.Errorf("out-dir holds %d entries, want the 2 fragments' names and no temporary file", len(entries))
	}

	if err := os.Remove(external); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(internal)
	if code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--out-dir", out); code == exitTrouble {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	after, _ := os.Stat(internal)
	if os.SameFile(before, after) {
		t.Error("the internal fragment was rewritten in place, not replaced by a rename")
	}
	for _, name := range []string{internal, external} {
		if got, _ := os.ReadFile(name); !strings.Contains(string(got), "; Lync Server DNS records") {
			t.Errorf("%s holds %q, want a fragment", name, got)
		}
	}
}

// TestGenerateFormat: --format gives the findings in the audit's formats
// on standard output, the fragments then in --out-dir, which it needs
// (test 19a D7: generate had no --format, though DESIGN gives every
// command that reports findings the four). SARIF names generate's own
// checks among its rules.
func TestGenerateFormat(t *testing.T) {
	topo := writeFile(t, "topo.yaml", halfIPv6Topology)
	code, stdout, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "internal", "--format", "json")
	if code != 2 || stdout != "" || !strings.Contains(stderr, "give --out-dir") {
		t.Errorf("--format json without --out-dir: exit %d, stdout %q, stderr %q; want 2, nothing, a usage error", code, stdout, stderr)
	}
	dir := t.TempDir()
	code, stdout, stderr = zonegen(t, nil, "generate", "--topology", topo, "--view", "internal", "--format", "github", "--out-dir", dir)
	if code != 2 || !strings.Contains(stdout, "::error file=") || !strings.Contains(stdout, "line=10,title=missing-aaaa::fe02.contoso.com.") {
		t.Errorf("--format github: exit %d, want 2 with annotations at the topology's lines\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	noPool := writeFile(t, "topo.yaml", "version: 1\nsip_domains: [contoso.com]\n")
	code, stdout, _ = zonegen(t, nil, "generate", "--topology", noPool, "--format", "sarif", "--out-dir", dir)
	if code != 2 || !strings.Contains(stdout, `"ruleId": "sip-domain-without-pool"`) || !strings.Contains(stdout, `"id": "sip-domain-without-pool"`) {
		t.Errorf("--format sarif: exit %d, want 2 and a result of sip-domain-without-pool with its rule\n%s", code, stdout)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a topology with errors wrote %d files", len(entries))
	}
	// a topology that cannot be read: its errors are the report's (test 19c D5)
	unread := writeFile(t, "topo.yaml", "version: 1\nsip_domains: [contoso.com]\nbogus: 1\n")
	code, stdout, _ = zonegen(t, nil, "generate", "--topology", unread, "--format", "json", "--out-dir", dir)
	var rep struct {
		Findings []struct {
			Check string `json:"check"`
			Line  int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); code != 2 || err != nil || len(rep.Findings) != 1 || rep.Findings[0].Check != "syntax" || rep.Findings[0].Line != 3 {
		t.Errorf("--format json, a topology that cannot be read: exit %d, %v, %+v\n%s", code, err, rep, stdout)
	}
}

// TestFragmentFile: a fragment's file is named after its origin and view,
// and within the 255 bytes of a file name when the origin is long: two
// long origins keep two files (test 19c D6).
func TestFragmentFile(t *testing.T) {
	if got := fragmentFile("contoso.com.", topology.Internal); got != "contoso.com.internal.zone" {
		t.Errorf("fragmentFile = %q", got)
	}
	long := strings.Repeat("a", 63) + "." + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 57) + ".com."
	a, b := fragmentFile(long, topology.External), fragmentFile("x"+long[1:], topology.External)
	if len(a) > 255 || len(b) > 255 || a == b || !strings.HasSuffix(a, ".external.zone") {
		t.Errorf("long origins: %q (%d bytes), %q (%d bytes)", a, len(a), b, len(b))
	}
}

// TestGenerateNamesFilesAsAudit: generate's text findings name the
// topology as audit names files, relative to the working directory below
// it however given, as its JSON does (test 21g #5: ./topo.yaml and an
// absolute path were printed as typed).
func TestGenerateNamesFilesAsAudit(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("topo.yaml", []byte(halfIPv6Topology), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{"./topo.yaml", filepath.Join(dir, "topo.yaml")} {
		_, _, stderr := zonegen(t, nil, "generate", "--topology", arg, "--view", "internal")
		if !strings.HasPrefix(stderr, "topo.yaml:") {
			t.Errorf("--topology %s: standard error starts %.40q, want topo.yaml:LINE", arg, stderr)
		}
	}
}
