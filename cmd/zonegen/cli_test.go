package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/internal/golden"
)

// zonegen runs the CLI in the repository root and returns its exit status,
// standard output and standard error.
func zonegen(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"zonegen"}, args...), &out, &errOut, func(k string) string { return env[k] })
	return code, out.String(), errOut.String()
}

// TestExamplesGenerated: examples/generated holds exactly what generate
// makes of examples/topology.yaml (-update rewrites it).
func TestExamplesGenerated(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	if code, _, stderr := zonegen(t, nil, "generate", "--topology", "examples/topology.yaml", "--out-dir", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, v := range []string{"internal", "external"} {
		name := "contoso.com." + v + ".zone"
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err) // generate wrote no such view: -update must not write an empty golden
		}
		file := filepath.Join("examples", "generated", name)
		golden.Check(t, file, got)
		if code, out, _ := zonegen(t, nil, "audit", "--view", v, file); code != 0 {
			t.Errorf("audit --view %s %s: exit %d\n%s", v, file, code, out)
		}
	}
}

// TestGenerateRefusesAndWritesNothing: a topology whose pool mixes scopes
// exits 2 with the topology line, and writes no file.
func TestGenerateRefusesAndWritesNothing(t *testing.T) {
	t.Chdir("../..")
	dir := filepath.Join(t.TempDir(), "out")
	code, _, stderr := zonegen(t, nil, "generate", "--topology", "topology/testdata/problems/pool-scope-mixed.yaml", "--out-dir", dir)
	if code != 2 || !strings.Contains(stderr, "pool-scope-mixed.yaml:15: error:") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s exists: something was written", dir)
	}
}

// TestGenerateIPv4Only: a topology that gives IPv4 alone (Lync's default
// mode) is written, with A records only, and with no Edge its empty
// external view is no finding: exit 0, nothing on standard error but the
// files written (a tester's report: it was refused, then exit 1).
func TestGenerateIPv4Only(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	code, _, stderr := zonegen(t, nil, "generate", "--topology", "topology/testdata/standard.yaml", "--out-dir", dir)
	if code != 0 || strings.Contains(stderr, "[") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "litwareinc.com.internal.zone"))
	want, _ := os.ReadFile("topology/testdata/standard.internal.zone")
	_, got, _ = bytes.Cut(got, []byte("$ORIGIN")) // the header names the topology's path
	_, want, _ = bytes.Cut(want, []byte("$ORIGIN"))
	if len(want) == 0 || string(got) != string(want) {
		t.Errorf("internal view:\n%s\nwant topology/testdata/standard.internal.zone:\n%s", got, want)
	}
}

// writeTopology writes a topology of one Standard Edition pool, se01,
// with its servers and the rest of the topology in rest, and returns its
// path.
func writeTopology(t *testing.T, rest string) string {
	t.Helper()
	topo := filepath.Join(t.TempDir(), "t.yaml")
	head := "version: 1\nsip_domains: [contoso.com]\npools:\n  - fqdn: se01.contoso.com\n" +
		"    role: standard\n    web_external: {fqdn: webext.contoso.com}\n"
	if err := os.WriteFile(topo, []byte(head+rest), 0o644); err != nil {
		t.Fatal(err)
	}
	return topo
}

// TestGenerateOneFindingEach: a problem that two lines of the topology
// lead to (a documentation address on the reverse proxy, which several
// names take) is said once, at the first line.
func TestGenerateOneFindingEach(t *testing.T) {
	topo := writeTopology(t, `    servers:
      - {fqdn: se01.contoso.com, ipv4: 10.0.1.5, ipv6: "fd00:10::5"}
reverse_proxy: {ipv4: 203.0.113.20, ipv6: "2001:db8::20"}
`)
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--view", "external", "--fail-on", "warning")
	n := 0
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "lyncdiscover.contoso.com.") && strings.HasSuffix(line, "[documentation-aaaa]") {
			n++
		}
	}
	if code != 1 || n != 1 {
		t.Errorf("exit %d, lyncdiscover's finding %d times; stderr:\n%s", code, n, stderr)
	}
}

// TestGenerateKeepsTheError: a name in both views (the Edge's access name
// sip.D) may be a warning in one and an error in the other; the error is
// what is kept, and the topology is refused (a re-test found the warning
// kept and the topology written). The Edge is IPv6-only like the pool
// (labs only, a warning): an IPv6-only pool beside a dual stack Edge is
// edge-stack-mismatch's error, which would stop before the audit.
func TestGenerateKeepsTheError(t *testing.T) {
	topo := writeTopology(t, `    servers: [{fqdn: se01.contoso.com, ipv6: "fd00:10::5"}]
edge:
  internal:
    fqdn: edge-int.contoso.com
    servers: [{fqdn: edge01-int.contoso.com, ipv6: "fd00:20::5"}]
  external:
    access:  {fqdn: sip.contoso.com,     ipv6: ["2a01:4f8:ff::10"]}
    webconf: {fqdn: webconf.contoso.com, ipv6: ["2a01:4f8:ff::11"]}
    av:      {fqdn: av.contoso.com,      ipv6: ["2a01:4f8:ff::12"]}
reverse_proxy: {ipv4: 203.0.113.20, ipv6: "2a01:4f8:ff::20"}
`)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := zonegen(t, nil, "generate", "--topology", topo, "--out-dir", out)
	if code != 2 || !strings.Contains(stderr, "t.yaml:13: error: sip.contoso.com.") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s exists: something was written", out)
	}
}

// TestExitStatus pins the exit status of each kind of run.
func TestExitStatus(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	bad := filepath.Join(dir, "db.bad.com")
	os.WriteFile(bad, []byte("$TTL 1h\n@ SOA a b 1 2 3 4 5\nx A 10.0.0.300\n"), 0o644)
	views := writeViews(t, dir)
	tests := []struct {
		name string
		args []string
		want int
		out  string // in standard output, or standard error for usage errors
	}{
		{"clean zone", []string{"audit", "examples/generated/contoso.com.internal.zone"}, 0, "0 errors"},
		{"findings", []string{"audit", "examples/internal"}, 1, "[missing-aaaa]"},
		{"warnings below fail-on", []string{"audit", "--fail-on", "error", "--disable", "missing-aaaa,pool-scope-mixed", "examples/internal"}, 0, "[aaaa-ttl-mismatch]"},
		{"fail-on warning", []string{"audit", "--fail-on", "warning", "--disable", "missing-aaaa,pool-scope-mixed", "examples/internal"}, 1, "[aaaa-ttl-mismatch]"},
		{"syntax error, other files still audited", []string{"audit", bad, "examples/internal"}, 2, "db.bad.com:3: error:"},
		{"syntax error reported with others", []string{"audit", bad, "examples/internal"}, 2, "[missing-aaaa]"},
		{"views, each clean", []string{"audit", views}, 0, "0 errors, 0 warnings, 0 info in 2 zones"},
		{"views, syntax error", []string{"audit", bad, views}, 2, "db.bad.com:3: error:"},
		{"views, findings", []string{"audit", "examples/internal", "examples/external"}, 1, "[missing-aaaa]"},
		{"missing file", []string{"audit", "nosuch.zone"}, 2, "nosuch.zone"},
		{"missing file, others still audited", []string{"audit", "nosuch.zone", "examples/internal"}, 2, "[missing-aaaa]"},
		{"missing file, a syntax finding", []string{"audit", "examples/internal", "nosuch.zone"}, 2, "nosuch.zone: error: no such file or directory [syntax]"},
		{"unknown format", []string{"audit", "--format", "xml", "examples/internal"}, 2, "unknown --format"},
		{"unknown check", []string{"audit", "--disable", "nosuch", "examples/internal"}, 2, "unknown check"},
		{"a check only generate runs", []string{"audit", "--disable", "reserved-a", "--enable", "shared-address", "examples/internal"}, 1, "[missing-aaaa]"},
		{"fix, a check only generate runs", []string{"fix", "--plan", "examples/plan.yaml", "--disable", "external-private-a", "examples/internal"}, 0, "+"},
		{"unknown command", []string{"frobnicate"}, 2, ""},
		{"checks", []string{"checks"}, 0, "missing-aaaa"},
		{"explain a check", []string{"checks", "pool-scope-mixed"}, 0, "Bad:"},
		{"explain a generate check", []string{"checks", "edge-stack-mismatch"}, 0, "Bad:"},
		{"diff equal", []string{"diff", "examples/internal/db.contoso.com", "examples/internal/db.contoso.com"}, 0, "no changes"},
		{"diff different", []string{"diff", "examples/generated/contoso.com.internal.zone", "examples/generated/contoso.com.external.zone"}, 1, "owners changed"},
		{"fix without plan", []string{"fix", "examples/internal"}, 2, ""},
		{"unknown --host", []string{"audit", "--host", "fe07", "examples/internal"}, 1, "--host fe07.: no A, AAAA or CNAME record"},
		{"bad --host", []string{"audit", "--host", "bad..name", "examples/internal"}, 2, "--host bad..name: not a host name: empty label"},
		{"empty --host", []string{"fix", "--plan", "examples/plan.yaml", "--host", "", "examples/internal"}, 2, `--host "": not a host name: empty name`},
		{"fix with no-plan host", []string{"fix", "--plan", "examples/plan.yaml", "--host", "printer.contoso.com", "examples/internal"}, 0, "+dir02"},
		{"fix, a stale PTR is a warning", []string{"fix", "--plan", "fix/testdata/ptr-stale/plan.yaml", "fix/testdata/ptr-stale"}, 0, "fix leaves the PTR as it is [ptr-mismatch]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := zonegen(t, nil, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.want, out, stderr)
			}
			if !strings.Contains(out+stderr, tt.out) {
				t.Errorf("output lacks %q\nstdout:\n%s\nstderr:\n%s", tt.out, out, stderr)
			}
		})
	}
}

// TestJSONReport checks the JSON field names of DESIGN.md on the examples.
// writeViews writes two views of contoso.com under dir/views, each
// without a finding, and returns that directory: audited together, their
// records are not one RRset (they made duplicate-record, the TTL checks
// and pool-scope-mixed findings when they were).
func writeViews(t *testing.T, dir string) string {
	t.Helper()
	views := filepath.Join(dir, "views")
	for view, v := range map[string]struct{ ttl, ns, aaaa string }{
		"internal": {"3600", "10.0.0.1", "fd00::20"},
		"external": {"300", "198.51.100.1", "2a00::20"},
	} {
		if err := os.MkdirAll(filepath.Join(views, view), 0o755); err != nil {
			t.Fatal(err)
		}
		text := "$ORIGIN contoso.com.\n$TTL " + v.ttl + "\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\n" +
			"ns1 IN A " + v.ns + "\nlyncdiscover IN A 10.0.1.20\nlyncdiscover IN AAAA " + v.aaaa + "\n"
		if err := os.WriteFile(filepath.Join(views, view, "db.contoso.com"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return views
}

func TestJSONReport(t *testing.T) {
	t.Chdir("../..")
	_, out, _ := zonegen(t, nil, "audit", "--format", "json", "examples/internal")
	var doc struct {
		Version int `json:"version"`
		Zones   []struct {
			File      string `json:"file"`
			Origin    string `json:"origin"`
			Records   int    `json:"records"`
			LyncHosts int    `json:"lync_hosts"`
		} `json:"zones"`
		Hosts []struct {
			Name   string   `json:"name"`
			Roles  []string `json:"roles"`
			A      []string `json:"a"`
			AAAA   []string `json:"aaaa"`
			Scopes []string `json:"scopes"`
		} `json:"hosts"`
		Findings []struct {
			Check, Severity, Name, File, Message string
			Line                                 int
			Related                              []struct {
				File string
				Line int
				Note string
			}
		} `json:"findings"`
		Summary map[string]int `json:"summary"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Version != 1 || len(doc.Zones) != 2 || doc.Zones[1].Origin != "contoso.com." || len(doc.Hosts) == 0 || len(doc.Findings) == 0 || doc.Summary["error"] == 0 {
		t.Errorf("unexpected report: %+v", doc)
	}
}

// TestConfigFile: hosts, checks and fail-on come from --config (or
// .zonegen.yaml); flags win; an unknown key is an error with its line.
func TestConfigFile(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "zonegen.yaml")
	os.WriteFile(cfg, []byte("hosts: [mail.contoso.com]\ndisable: [aaaa-ttl-mismatch]\n"), 0o644)
	zone := "examples/internal/db.contoso.com"
	code, out, stderr := zonegen(t, nil, "audit", "--config", cfg, zone)
	if code != 1 || !strings.Contains(out, "mail.contoso.com. has 1 A record") || strings.Contains(out, "aaaa-ttl-mismatch") {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
	_, out, _ = zonegen(t, nil, "audit", "--config", cfg, "--disable", "missing-ptr", zone)
	if !strings.Contains(out, "aaaa-ttl-mismatch") || strings.Contains(out, "missing-ptr") {
		t.Errorf("--disable on the command line does not win over the config:\n%s", out)
	}
	os.WriteFile(cfg, []byte("hosts: [a]\nviews: external\n"), 0o644)
	code, _, stderr = zonegen(t, nil, "audit", "--config", cfg, zone)
	if code != 2 || !strings.HasSuffix(stderr, "zonegen.yaml:2: unknown key \"views\" (want hosts, view, enable, disable, fail-on)\n") {
		t.Errorf("unknown key: exit %d, stderr %q", code, stderr)
	}
}

// TestChecksColumns: every line of zonegen checks has its severity in one
// column, the longest ID's included (test 12 D4).
func TestChecksColumns(t *testing.T) {
	code, out, _ := zonegen(t, nil, "checks")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 2 {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	col := -1
	for _, line := range lines {
		id, _, _ := strings.Cut(line, " ")
		at := len(id) + len(line[len(id):]) - len(strings.TrimLeft(line[len(id):], " "))
		if col < 0 {
			col = at
		}
		if at != col {
			t.Errorf("severity at column %d, want %d: %q", at, col, line)
		}
	}
}
