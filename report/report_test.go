package report

import (
	"bytes"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/golden"
	"github.com/zonegen/zonegen/zone"
)

// testResult is an audit of two zones with a DNS-load-balanced pool,
// findings of every severity, one with related records, a message that
// needs escaping (comma, colon, percent, newline) and a finding about a
// whole file (line 0). The findings are in audit's order.
func testResult() *audit.Result {
	com, net := "zones/db.contoso.com", "zones/db.contoso.net"
	return &audit.Result{
		Zones: []audit.ZoneSummary{
			{File: com, Origin: "contoso.com.", Records: 42, LyncHosts: 3},
			{File: net, Origin: "contoso.net.", Records: 7, LyncHosts: 0},
		},
		HostList: []audit.Host{
			{
				Name:   "fe03.contoso.com.",
				Roles:  []string{"pool-member:pool01.contoso.com."},
				A:      []netip.Addr{netip.MustParseAddr("10.0.1.13")},
				AAAA:   nil,
				Scopes: nil,
			},
			{
				Name:   "pool01.contoso.com.",
				Roles:  []string{"srv:_sipinternaltls._tcp", "pool"},
				A:      []netip.Addr{netip.MustParseAddr("10.0.1.11"), netip.MustParseAddr("10.0.1.12")},
				AAAA:   []netip.Addr{netip.MustParseAddr("fd00:10::11"), netip.MustParseAddr("2001:db8::12")},
				Scopes: []string{"unique-local", "documentation"},
			},
		},
		Findings: []audit.Finding{
			{
				Check: "srv-port", Severity: audit.Warning, Name: "_sip._tls.contoso.com.",
				Pos:     zone.Pos{File: com, Line: 12},
				Message: "_sip._tls.contoso.com. SRV points at port 5061; Lync clients use 443",
			},
			{
				Check: "missing-aaaa", Severity: audit.Error, Name: "fe03.contoso.com.",
				Pos:     zone.Pos{File: com, Line: 23},
				Message: "fe03.contoso.com. has A 10.0.1.13 and no AAAA",
				Related: []audit.Related{
					{Pos: zone.Pos{File: com, Line: 30}, Note: "pool member of pool01.contoso.com."},
					{Pos: zone.Pos{File: "zones/inc/pool.inc", Line: 4}, Note: "pool01.contoso.com. has AAAA fd00:10::11"},
				},
			},
			{
				Check: "pool-scope-mixed", Severity: audit.Error, Name: "pool01.contoso.com.",
				Pos:     zone.Pos{File: com, Line: 41},
				Message: "pool01.contoso.com. mixes scopes: unique-local (fd00:10::11), documentation (2001:db8::12)\n100% of a pool must share one scope",
			},
			{
				Check: "no-lync-deployment", Severity: audit.Info, Name: "contoso.net.",
				Pos:     zone.Pos{File: net},
				Message: "nothing in contoso.net. looks like a Lync deployment",
			},
		},
	}
}

// testChecks is the rule metadata of the checks that testResult uses, as
// audit.Checks would give it.
func testChecks() []*audit.Check {
	return []*audit.Check{
		{
			ID: "missing-aaaa", Severity: audit.Error, Stage: "audit",
			Title: "a Lync host has A records and no AAAA",
			Text:  "Dual-stack clients look up AAAA first; a Lync host without one is reached over IPv4 only.",
			Bad:   "fe03  IN A     10.0.1.13\n",
			Good:  "fe03  IN A     10.0.1.13\nfe03  IN AAAA  fd00:10::13\n",
			Ref:   "https://learn.microsoft.com/en-us/lyncserver/lync-server-2013-ip-version-6-support",
		},
		{
			ID: "no-lync-deployment", Severity: audit.Info, Stage: "audit",
			Title: "nothing in the zone set looks like Lync",
		},
		{
			ID: "pool-scope-mixed", Severity: audit.Error, Stage: "audit",
			Title: "the IPv6 addresses of a pool span more than one scope",
			Text:  "Every server of a DNS-load-balanced pool must be reachable the same way.",
			Bad:   "pool01  IN AAAA  fd00:10::11\npool01  IN AAAA  2001:db8::12\n",
			Good:  "pool01  IN AAAA  fd00:10::11\npool01  IN AAAA  fd00:10::12\n",
			Ref:   "LYNC-DNS.md, DNS load balancing",
		},
		{
			ID: "srv-port", Severity: audit.Warning, Stage: "audit",
			Title: "a Lync SRV record with another port than Lync's",
			Text:  "Lync clients connect to the port of the SRV record.",
			Bad:   "_sip._tls  IN SRV 0 0 5061 sip\n",
			Good:  "_sip._tls  IN SRV 0 0 443 sip\n",
			Ref:   "RFC 2782",
		},
	}
}

func testOptions(color bool) Options {
	return Options{Color: color, ToolVersion: "1.2.3", Checks: testChecks()}
}

// render is Write into a buffer; it fails the test on an error.
func render(t *testing.T, format string, res *audit.Result, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, res, opt); err != nil {
		t.Fatalf("Write(%q): %v", format, err)
	}
	return b.Bytes()
}

func TestWriteGolden(t *testing.T) {
	results := []struct {
		name string
		res  *audit.Result
	}{
		{name: "audit", res: testResult()},
		{name: "empty", res: &audit.Result{}},
	}
	for _, r := range results {
		for _, format := range Formats() {
			t.Run(r.name+"/"+format, func(t *testing.T) {
				got := render(t, format, r.res, testOptions(false))
				golden.Check(t, filepath.Join("testdata", r.name+"."+format+".golden"), got)
			})
		}
	}
	t.Run("audit/text-color", func(t *testing.T) {
		got := render(t, "text", testResult(), testOptions(true))
		golden.Check(t, filepath.Join("testdata", "audit.text-color.golden"), got)
	})
}

func TestWriteUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, "xml", testResult(), Options{})
	if err == nil {
		t.Fatal("Write(xml) succeeded, want an error")
	}
	if want := `unknown format "xml" (want text, json, sarif, github)`; err.Error() != want {
		t.Errorf("Write(xml) error = %q, want %q", err, want)
	}
	if b.Len() != 0 {
		t.Errorf("Write(xml) wrote %q, want nothing", b.String())
	}
}

func TestWriteNilResult(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, nil, Options{})
			want := render(t, format, &audit.Result{}, Options{})
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("nil result differs from empty (-want +got):\n%s", diff)
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	err := Write(failWriter{}, "text", testResult(), Options{})
	if err == nil || !strings.Contains(err.Error(), "write text report") {
		t.Fatalf("Write to a failing writer: error = %v, want a wrapped write error", err)
	}
	if !errors.Is(err, os.ErrClosed) {
		t.Errorf("error %v does not wrap os.ErrClosed", err)
	}
}

// TestWorkDirNames: with Options.WorkDir, every format names a file below
// it relative to it, and one spelling of a file throughout (the zones of
// the JSON report too, given as typed); a file outside it keeps its
// absolute path. A tester found file:///... in SARIF and file=/... in the
// annotations for a zone given by absolute path, and ./db.x in zones[]
// beside db.x in findings[].
func TestWorkDirNames(t *testing.T) {
	wd := filepath.FromSlash("/work/repo")
	in := filepath.Join(wd, "zones", "db.contoso.com")
	outside := filepath.FromSlash("/srv/shared/pool.inc")
	res := &audit.Result{
		Zones: []audit.ZoneSummary{{File: "./zones//db.contoso.com", Origin: "contoso.com."}},
		Findings: []audit.Finding{{
			Check: "missing-aaaa", Severity: audit.Error, Name: "fe03.contoso.com.",
			Pos: zone.Pos{File: in, Line: 23}, Message: "fe03.contoso.com. has A 10.0.1.13 and no AAAA",
			Related: []audit.Related{{Pos: zone.Pos{File: outside, Line: 4}, Note: "pool member"}},
		}},
	}
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			opt := testOptions(false)
			opt.WorkDir = wd
			got := string(render(t, format, res, opt))
			if strings.Contains(got, "/work/repo") || strings.Contains(got, "./zones") || strings.Contains(got, "zones//") {
				t.Errorf("a file below %s named otherwise than zones/db.contoso.com:\n%s", wd, got)
			}
			if n := strings.Count(got, "zones/db.contoso.com"); n < 1 || format == "json" && n != 2 {
				t.Errorf("zones/db.contoso.com named %d times:\n%s", n, got)
			}
			if !strings.Contains(got, "/srv/shared/pool.inc") {
				t.Errorf("the file outside lost its absolute path:\n%s", got)
			}
		})
	}
}
