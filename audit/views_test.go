package audit_test

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// viewFiles holds two views of contoso.com that differ (lyncdiscover's
// addresses, the TTLs), and contoso.net, given once: shared by both views,
// with findings of its own (a duplicate record, with its first copy as
// related record, and a host without AAAA, a note until read).
var viewFiles = fstest.MapFS{
	"internal/db.contoso.com": {Data: []byte(`$ORIGIN contoso.com.
$TTL 3600
@ SOA ns1 hm 1 2 3 4 5
lyncdiscover A 10.0.1.20
lyncdiscover AAAA fd00::20
meet CNAME web.contoso.net.
`)},
	"external/db.contoso.com": {Data: []byte(`$ORIGIN contoso.com.
$TTL 300
@ SOA ns1 hm 1 2 3 4 5
lyncdiscover A 198.51.100.20
lyncdiscover AAAA 2a00::20
meet CNAME web.contoso.net.
`)},
	"db.contoso.net": {Data: []byte(`$ORIGIN contoso.net.
$TTL 3600
@ SOA ns1 hm 1 2 3 4 5
web A 10.0.1.30
web A 10.0.1.30
`)},
	"db.bad.com": {Data: []byte("$ORIGIN bad.com.\nx A 10.0.0.300\n")},
}

// readViews reads files of viewFiles, in the order given.
func readViews(files ...string) []*zone.Zone {
	var zones []*zone.Zone
	for _, f := range files {
		zones = append(zones, zone.Read(viewFiles, f, zone.Options{}))
	}
	return zones
}

// runViews audits files of viewFiles with the default options.
func runViews(t *testing.T, files ...string) *audit.Result {
	t.Helper()
	res, err := audit.Run(readViews(files...), audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestViewsLyncHosts: zones[].lync_hosts counts each view's hosts in its
// own zone (merged, the second view's zone had none: its names were the
// first view's hosts); a shared zone counts the most one view found.
func TestViewsLyncHosts(t *testing.T) {
	res := runViews(t, "internal/db.contoso.com", "db.contoso.net", "external/db.contoso.com")
	want := []audit.ZoneSummary{
		{File: "internal/db.contoso.com", Origin: "contoso.com.", Records: 4, LyncHosts: 1},
		{File: "db.contoso.net", Origin: "contoso.net.", Records: 3, LyncHosts: 1},
		{File: "external/db.contoso.com", Origin: "contoso.com.", Records: 4, LyncHosts: 1},
	}
	if diff := cmp.Diff(want, res.Zones); diff != "" {
		t.Errorf("zones (-want +got):\n%s", diff)
	}
}

// TestViewsSharedLyncHostsAnyOrder: a shared zone whose hosts only one
// view's SRV finds counts them whichever view comes first (test 20a #6:
// 0 when the other view was first).
func TestViewsSharedLyncHostsAnyOrder(t *testing.T) {
	files := fstest.MapFS{
		"internal/db.contoso.com": {Data: []byte("$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n" +
			"_sipinternaltls._tcp SRV 0 0 5061 pool01.contoso.net.\n")},
		"external/db.contoso.com": {Data: []byte("$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\nwww A 198.51.100.80\n")},
		"db.contoso.net":          {Data: []byte("$ORIGIN contoso.net.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\npool01 A 10.0.1.10\n")},
	}
	for _, order := range [][]string{
		{"internal/db.contoso.com", "external/db.contoso.com", "db.contoso.net"},
		{"external/db.contoso.com", "internal/db.contoso.com", "db.contoso.net"},
	} {
		var zones []*zone.Zone
		for _, f := range order {
			zones = append(zones, zone.Read(files, f, zone.Options{}))
		}
		res, err := audit.Run(zones, audit.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Zones[2]; got.File != "db.contoso.net" || got.LyncHosts != 1 {
			t.Errorf("%v: %+v, want db.contoso.net with 1 Lync host", order, got)
		}
	}
}

// TestViewsSharedFindingsOnce: a finding in a shared zone, which each view
// finds, is reported once, as either view alone reports it; and the
// syntax finding of a zone that does not parse is reported once too.
func TestViewsSharedFindingsOnce(t *testing.T) {
	both := runViews(t, "db.bad.com", "internal/db.contoso.com", "external/db.contoso.com", "db.contoso.net")
	for _, view := range []string{"internal/db.contoso.com", "external/db.contoso.com"} {
		alone := runViews(t, "db.bad.com", view, "db.contoso.net")
		for _, file := range []string{"db.contoso.net", "db.bad.com"} {
			if diff := cmp.Diff(findingsIn(alone, file), findingsIn(both, file)); diff != "" {
				t.Errorf("findings in %s (-%s alone +both views):\n%s", file, view, diff)
			}
		}
	}
	if got := len(findingsIn(both, "db.contoso.net")); got != 2 {
		t.Errorf("%d findings in db.contoso.net, want duplicate-record and missing-aaaa:\n%s", got, list(both))
	}
}

// findingsIn returns the findings of res at a record of file.
func findingsIn(res *audit.Result, file string) []audit.Finding {
	var out []audit.Finding
	for f := range res.AllFindings() {
		if f.Pos.File == file {
			out = append(out, f)
		}
	}
	return out
}

// TestViewsNoCrossFindings: the records of two views never form one
// RRset, pool or name: no finding at all where each view alone has none.
func TestViewsNoCrossFindings(t *testing.T) {
	res := runViews(t, "internal/db.contoso.com", "external/db.contoso.com")
	if n := res.NumFindings(); n != 0 {
		t.Errorf("%d findings, want none:\n%s", n, list(res))
	}
}

// TestViewsHosts: the hosts of the first view, then those of the second
// that differ from every host listed; a host of the shared zone, the same
// in both views, once.
func TestViewsHosts(t *testing.T) {
	res := runViews(t, "internal/db.contoso.com", "external/db.contoso.com", "db.contoso.net")
	type host struct {
		Name  string
		Roles []string
		A     []string
		AAAA  []string
	}
	var got []host
	for h := range res.Hosts() {
		g := host{Name: h.Name, Roles: h.Roles}
		for _, a := range h.A {
			g.A = append(g.A, a.String())
		}
		for _, a := range h.AAAA {
			g.AAAA = append(g.AAAA, a.String())
		}
		got = append(got, g)
	}
	want := []host{
		{"lyncdiscover.contoso.com.", []string{"lyncdiscover"}, []string{"10.0.1.20"}, []string{"fd00::20"}},
		{"web.contoso.net.", []string{"cname:meet.contoso.com."}, []string{"10.0.1.30", "10.0.1.30"}, nil},
		{"lyncdiscover.contoso.com.", []string{"lyncdiscover"}, []string{"198.51.100.20"}, []string{"2a00::20"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hosts (-want +got):\n%s", diff)
	}
}

// TestNoViewsKeepsFindingsInPlace: a zone set without views takes the
// path of one namespace, whose findings stay where the checks put them
// (not copied into Findings, as the views' merged findings are).
func TestNoViewsKeepsFindingsInPlace(t *testing.T) {
	res := runViews(t, "internal/db.contoso.com", "db.contoso.net")
	if res.NumFindings() == 0 || res.Findings != nil {
		t.Errorf("%d findings, %d of them in Findings: want some, none there", res.NumFindings(), len(res.Findings))
	}
}

// TestViewsSharedIncludeOnce: a file that the zones of both views
// $INCLUDE is read by both, and its findings are reported once; a finding
// of one view's own file stays, even where the other view's file has the
// same one at the same line.
func TestViewsSharedIncludeOnce(t *testing.T) {
	head := "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n"
	fsys := fstest.MapFS{
		"db.contoso.com.int": {Data: []byte(head + "$INCLUDE common.inc\nsip A 10.0.1.5\n")},
		"db.contoso.com.ext": {Data: []byte(head + "$INCLUDE common.inc\nsip A 198.51.100.5\n")},
		"common.inc":         {Data: []byte("lyncdiscover A 10.0.1.20\n")},
	}
	var zones []*zone.Zone
	for _, f := range []string{"db.contoso.com.int", "db.contoso.com.ext"} {
		zones = append(zones, zone.Read(fsys, f, zone.Options{}))
	}
	res, err := audit.Run(zones, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for f := range res.AllFindings() {
		if f.Check == "missing-aaaa" {
			count[f.Pos.File]++
		}
	}
	want := map[string]int{"common.inc": 1, "db.contoso.com.int": 1, "db.contoso.com.ext": 1}
	if diff := cmp.Diff(want, count); diff != "" {
		t.Errorf("missing-aaaa findings by file (-want +got):\n%s\nall:\n%s", diff, list(res))
	}
}
