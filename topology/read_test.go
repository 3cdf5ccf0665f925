package topology

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/zone"
)

// TestReadErrors parses every testdata/invalid/*.yaml and compares the
// errors with the "# error: MESSAGE" comments: each error is on a line
// that announces it (the message starts with the comment's text), and
// every announced error comes.
func TestReadErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	if len(files) == 0 {
		t.Fatal("no testdata/invalid")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			topo, err := ReadFile(file)
			if err == nil {
				t.Fatalf("read %s: no error, topology %+v", file, topo)
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %T, want an ErrorList: %v", err, err)
			}
			matchErrors(t, list, errorWants(t, file))
		})
	}
}

// matchErrors pairs errors with expectations line by line.
func matchErrors(t *testing.T, list ErrorList, want []annotation) {
	t.Helper()
	used := make([]bool, len(want))
	for _, e := range list {
		if !matchOne(e, want, used) {
			t.Errorf("unexpected error %v", e)
		}
	}
	for i, w := range want {
		if !used[i] {
			t.Errorf("line %d: missing error %q; got:\n%v", w.Line, w.Text, list)
		}
	}
}

// matchOne marks the first unused expectation that e meets.
func matchOne(e *zone.Error, want []annotation, used []bool) bool {
	for i, w := range want {
		if !used[i] && w.Line == e.Pos.Line && strings.HasPrefix(e.Err.Error(), w.Text) {
			used[i] = true
			return true
		}
	}
	return false
}

// TestErrorFormat checks the whole text of an error: FILE:LINE: message,
// several errors one a line, in line order.
func TestErrorFormat(t *testing.T) {
	src := "version: 1\nsip_domains: [contoso.com]\npools:\n  - {fqdn: p.contoso.com, role: x, servers: []}\nfoo: 1\n"
	_, err := Parse("topo.yaml", []byte(src))
	want := `topo.yaml:4: pools[0].role: unknown role "x" (want one of frontend, director, edge, mediation, standard)
topo.yaml:4: pools[0].servers: a pool needs at least one server
topo.yaml:5: topology: unknown key "foo" (want one of edge, office_web_apps, pools, reverse_proxy, simple_urls, sip_domains, ttl, version)`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
	var ze *zone.Error
	if !errors.As(err, &ze) || ze.Pos != (zone.Pos{File: "topo.yaml", Line: 4}) {
		t.Errorf("errors.As gives %v, want the first error at topo.yaml:4", ze)
	}
}

// TestParseEmpty rejects an empty file and a file of comments.
func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "~\n"} {
		_, err := Parse("t.yaml", []byte(src))
		if err == nil || !strings.HasPrefix(err.Error(), "t.yaml: empty topology") {
			t.Errorf("Parse(%q) = %v, want an empty topology error", src, err)
		}
	}
}

// TestReadFileMissing reports a file that cannot be read.
func TestReadFileMissing(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "none.yaml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v, want os.ErrNotExist", err)
	}
}

// TestParseModel checks what the reader stores: canonical names, lines,
// defaults.
func TestParseModel(t *testing.T) {
	topo := mustRead(t, "testdata/director.yaml")
	if got := topo.SIPDomains; !cmp.Equal(got, []Name{{"fabrikam.com.", 8}, {"fabrikam.net.", 9}}) {
		t.Errorf("SIPDomains = %v", got)
	}
	if topo.TTL != 300 {
		t.Errorf("TTL = %d, want 300", topo.TTL)
	}
	dir := topo.Pools[0]
	if dir.Servers[0].FQDN != "dir01.fabrikam.com." || dir.Role != RoleDirector || dir.LoadBalancing != LoadBalancingHardware {
		t.Errorf("first pool = %+v", dir)
	}
	if reg := topo.Registrar(); reg != dir {
		t.Errorf("Registrar() = %v, want the director pool", reg.FQDN)
	}
	// A Meet URL for each SIP domain, one dial-in URL (test 21g #4).
	want := SimpleURLs{Meet: []Name{{"meet.fabrikam.com.", 8}, {"meet.fabrikam.net.", 9}}, Dialin: []Name{{"dialin.fabrikam.com.", 8}}}
	if diff := cmp.Diff(want, topo.SimpleURLs); diff != "" {
		t.Errorf("default simple URLs (-want +got):\n%s", diff)
	}
	if topo.Pools[2].LoadBalancing != LoadBalancingDNS {
		t.Errorf("default load balancing = %q, want dns", topo.Pools[2].LoadBalancing)
	}
}

// TestParseTTL reads seconds and BIND units.
func TestParseTTL(t *testing.T) {
	cases := []struct {
		in   string
		want uint32
		ok   bool
	}{
		{in: "3600", want: 3600, ok: true},
		{in: "1h", want: 3600, ok: true},
		{in: "30m", want: 1800, ok: true},
		{in: "1d", want: 86400, ok: true},
		{in: "1W", want: 604800, ok: true},
		{in: "1h30m", want: 5400, ok: true},
		{in: "0", want: 0, ok: true},
		{in: "2147483647", want: 2147483647, ok: true},
		{in: "2147483648"},
		{in: "3551w"},
		{in: "h"},
		{in: "1x"},
		{in: "-1"},
		{in: ""},
	}
	for _, c := range cases {
		got, err := parseTTL(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseTTL(%q) = %d, %v; want %d, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// TestYAMLErrorLines checks that YAML errors come at the right 1-based
// line, whichever stage of the YAML library found them.
func TestYAMLErrorLines(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string
	}{
		{name: "mapping on line 1", src: "a: b: c\n", want: "t.yaml:1: invalid YAML: mapping values are not allowed in this context"},
		{name: "open list", src: "version: 1\nsip_domains: [a.com\nttl: 1\n", want: "t.yaml:2: invalid YAML: did not find expected ',' or ']'"},
		{name: "list in mapping", src: "x: 1\ny: 2\n- z\n", want: "t.yaml:3: invalid YAML: did not find expected key"},
		{name: "tab", src: "x: 1\ny: 2\na:\n\t- b\n", want: "t.yaml:4: invalid YAML: found character that cannot start any token"},
		{name: "anchor without a name", src: "x: 1\ny: &\n", want: "t.yaml:2: invalid YAML: did not find expected alphabetic or numeric character"},
		{name: "unknown anchor", src: "x: 1\ny: *z\n", want: "t.yaml:2: invalid YAML: unknown anchor 'z' referenced"},
		{name: "control character", src: "version: 1\n\x01\n", want: "t.yaml:2: control character U+0001 in the topology"},
		{name: "not UTF-8", src: "version: 1\n# caf\xe9\n", want: "t.yaml:2: the topology is not UTF-8 (byte 0xe9)"},
		{name: "NUL", src: "\x00", want: "t.yaml:1: control character U+0000 in the topology"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("t.yaml", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("Parse(%q) = %v, want %s", c.src, err, c.want)
			}
		})
	}
}

// TestBadAddressMessage words a bad address once and keeps the cause.
func TestBadAddressMessage(t *testing.T) {
	_, err := parseAddress("10.0.1.256", 4)
	want := `bad address "10.0.1.256": IPv4 field has value >255`
	if err == nil || err.Error() != want || errors.Unwrap(err) == nil {
		t.Errorf("parseAddress error = %v, want %s wrapping the net/netip error", err, want)
	}
}

// TestLongNames accepts the longest names that still fit once zonegen
// puts its prefixes under them, and refuses longer ones.
func TestLongNames(t *testing.T) {
	label := strings.Repeat("a", 63)
	domain := label + "." + label + "." + label + "." + strings.Repeat("b", 230-3*64) // 230 characters
	server := label + "." + label + "." + label + "." + strings.Repeat("c", 253-3*64) // 253 characters
	src := "version: 1\nsip_domains: [" + domain + "]\npools:\n  - {fqdn: " + server +
		", role: standard, servers: [{fqdn: " + server + ", ipv4: 10.0.0.1}]}\n" +
		"edge:\n  internal: {fqdn: e." + domain + ", servers: [{fqdn: e1." + domain + ", ipv4: 10.0.2.1}]}\n" +
		"  external: {access: {fqdn: a." + domain + ", ipv4: 203.0.113.1}, webconf: {fqdn: w." + domain +
		", ipv4: 203.0.113.2}, av: {fqdn: v." + domain + ", ipv4: 203.0.113.3}}\n  xmpp: true\n"
	topo, err := Parse("long.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Views() {
		checkRoundTrip(t, topo, topo.Render(v))
	}
	for _, long := range []string{
		strings.Replace(src, "["+domain, "[d"+domain, 1), // a SIP domain of 231
		strings.ReplaceAll(src, server, "d"+server),      // a server name of 254
	} {
		if _, err := Parse("long.yaml", []byte(long)); err == nil || !strings.Contains(err.Error(), "long.yaml:") {
			t.Errorf("a name too long was accepted (err %v)", err)
		}
	}
}
