package topology

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/internal/golden"
	"github.com/zonegen/zonegen/zone"
)

// TestGolden renders every testdata/*.yaml and compares the fragments and
// the findings with NAME.internal.zone, NAME.external.zone and
// NAME.findings.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(file, ".yaml")
		t.Run(filepath.Base(name), func(t *testing.T) {
			topo := mustRead(t, file)
			for _, v := range Views() {
				golden.Check(t, name+"."+string(v)+".zone", []byte(joined(topo.Render(v))))
			}
			golden.Check(t, name+".findings", []byte(findingsText(topo)))
		})
	}
}

// TestRenderDeterministic renders twice and expects the same bytes.
func TestRenderDeterministic(t *testing.T) {
	topo := mustRead(t, "testdata/contoso.yaml")
	for _, v := range Views() {
		if a, b := joined(topo.Render(v)), joined(topo.Render(v)); a != b {
			t.Errorf("%s view: two renderings differ", v)
		}
	}
}

// TestFragmentsParse reads every fragment back with package zone: it must
// parse, hold exactly the records generated, each on the line Lines says,
// and the fragments of a view together every record of the view.
func TestFragmentsParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, file := range files {
		topo := mustRead(t, file)
		for _, v := range Views() {
			t.Run(filepath.Base(file)+"/"+string(v), func(t *testing.T) {
				frags := topo.Render(v)
				checkRoundTrip(t, topo, frags)
				var got, want []string
				for _, f := range frags {
					for _, r := range f.Records {
						got = append(got, r.String())
					}
				}
				for _, r := range topo.Records(v) {
					want = append(want, r.String())
				}
				slices.Sort(got)
				slices.Sort(want)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("the fragments' records against the view's (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestFragmentsByZone: a topology of two SIP domains and a pool in a
// third domain gives a fragment for each, each holding the names at or
// below its origin only, which BIND keeps where the zone of that origin
// $INCLUDEs it (test 19a D2: one fragment under the first SIP domain
// lost the rest, "ignoring out-of-zone data").
func TestFragmentsByZone(t *testing.T) {
	topo := mustRead(t, "testdata/director.yaml")
	for _, v := range Views() {
		var origins []string
		for _, f := range topo.Render(v) {
			origins = append(origins, f.Origin)
		}
		if len(origins) < 2 || origins[0] != topo.SIPDomains[0].FQDN {
			t.Errorf("%s view: fragments of %v, want one for each zone, the first SIP domain first", v, origins)
		}
	}
}

// TestFragmentsOutsideSIPDomains: a name outside the SIP domains goes into
// the fragment of its domain one label up, or of itself when it is that
// domain of another name, or that domain is a public suffix: never into
// one of com. or co.uk., which held two zones' names (test 19c D7, review
// 19b #3).
func TestFragmentsOutsideSIPDomains(t *testing.T) {
	topo, err := Parse("t.yaml", []byte(`version: 1
sip_domains: [contoso.com]
pools:
  - fqdn: pool01.contoso.com
    role: frontend
    servers: [{fqdn: fe01.contoso.com, ipv4: 10.0.1.11, ipv6: "fd00:10::11"}]
  - fqdn: lyncmed.com
    role: mediation
    servers:
      - {fqdn: med01.fabrikam.com, ipv4: 10.0.1.31, ipv6: "fd00:10::31"}
      - {fqdn: fabrikam.com, ipv4: 10.0.1.32, ipv6: "fd00:10::32"}
      - {fqdn: med03.corp.litware.net, ipv4: 10.0.1.33, ipv6: "fd00:10::33"}
      - {fqdn: med04.litware.co.uk, ipv4: 10.0.1.34, ipv6: "fd00:10::34"}
      - {fqdn: adatum.co.uk, ipv4: 10.0.1.35, ipv6: "fd00:10::35"}
`))
	if err != nil {
		t.Fatal(err)
	}
	frags := topo.Render(Internal)
	checkRoundTrip(t, topo, frags)
	var origins []string
	for _, f := range frags {
		origins = append(origins, f.Origin)
	}
	if want := []string{"contoso.com.", "fabrikam.com.", "corp.litware.net.", "litware.co.uk.", "adatum.co.uk.", "lyncmed.com."}; !slices.Equal(origins, want) {
		t.Errorf("fragments of %v, want %v", origins, want)
	}
}

// joined is the fragments of a view as generate prints them, a blank line
// between two.
func joined(frags []*Fragment) string {
	texts := make([]string, len(frags))
	for i, f := range frags {
		texts[i] = f.Text
	}
	return strings.Join(texts, "\n")
}

// checkRoundTrip parses each fragment with package zone and compares; every
// record lies at or below the fragment's origin.
func checkRoundTrip(t *testing.T, topo *Topology, frags []*Fragment) {
	t.Helper()
	for _, f := range frags {
		checkFragment(t, topo, f)
	}
}

// checkFragment is checkRoundTrip of one fragment, whose origin is no
// public suffix unless it is a SIP domain or a name the topology gives
// (co.com. is a suffix of the list, and may be either: the fuzzer's seeds
// 01b5d76008b2769f and d6974851300f7f4d).
func checkFragment(t *testing.T, topo *Topology, f *Fragment) {
	t.Helper()
	named := slices.ContainsFunc(f.Records, func(r Record) bool { return r.Name == f.Origin })
	if d := strings.TrimSuffix(f.Origin, "."); len(f.Records) > 0 && publicSuffix(d) == d && !topo.isSIPDomain(f.Origin) && !named {
		t.Errorf("a fragment of the public suffix %s", f.Origin)
	}
	for _, r := range f.Records {
		if !zone.InZone(r.Name, f.Origin) {
			t.Errorf("%s is outside the fragment's origin %s", r.Name, f.Origin)
		}
	}
	z := zone.Read(fstest.MapFS{"frag.zone": {Data: []byte(f.Text)}}, "frag.zone", zone.Options{})
	if z.Err != nil {
		t.Fatalf("fragment does not parse: %v\n%s", z.Err, f.Text)
	}
	if z.Origin != f.Origin {
		t.Errorf("origin %q, want %q", z.Origin, f.Origin)
	}
	var got, want []string
	for _, r := range z.Records {
		got = append(got, r.Pos().String()+" "+r.String())
	}
	for i, r := range f.Records {
		want = append(want, zone.Pos{File: "frag.zone", Line: f.Lines[i]}.String()+" "+r.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records read back (-want +got):\n%s", diff)
	}
}

// TestFragmentLines: each record is written on the line Lines gives, and
// keeps the topology line it comes from.
func TestFragmentLines(t *testing.T) {
	f := mustRead(t, "testdata/contoso.yaml").Render(Internal)[0]
	lines := strings.Split(f.Text, "\n")
	for i, r := range f.Records {
		if l := f.Lines[i]; l < 2 || !strings.Contains(lines[l-1], r.Rdata()) {
			t.Errorf("record %s at fragment line %d, which is %q", r.String(), l, lines[l-1])
		}
	}
	if fe01 := f.Records[0]; fe01.Name != "fe01.contoso.com." || fe01.Pos().Line != 22 {
		t.Errorf("first record %s at topology line %d, want fe01.contoso.com. at line 22", fe01.Name, fe01.Pos().Line)
	}
}

// mustRead parses a topology file of testdata.
func mustRead(t *testing.T, file string) *Topology {
	t.Helper()
	topo, err := ReadFile(file)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return topo
}

// findingsText formats the findings of Validate one a line.
func findingsText(topo *Topology) string {
	var b strings.Builder
	for _, f := range topo.Validate() {
		b.WriteString(f.String() + "\n")
	}
	return b.String()
}

// TestIPv4ModeCommentsPerView: whether a name in IPv4 mode gets its
// zonegen:ignore comment is judged for the view, not for each fragment: a
// SIP domain's fragment that holds no AAAA, in a view with some, kept no
// comment, and the audit of generate's output reported missing-aaaa
// (test 21g #1).
func TestIPv4ModeCommentsPerView(t *testing.T) {
	topo, err := Parse("topo.yaml", []byte("version: 1\nsip_domains: [contoso.com, fabrikam.com]\npools:\n"+
		"  - fqdn: se01.contoso.com\n    role: standard\n    servers:\n      - {fqdn: se01.contoso.com, ipv4: 10.0.1.11}\n"+
		"  - fqdn: se02.contoso.com\n    role: standard\n    servers:\n      - {fqdn: se02.contoso.com, ipv4: 10.0.1.12, ipv6: \"fd00:10::12\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	frags := topo.Render(Internal)
	if len(frags) != 2 {
		t.Fatalf("%d fragments, want 2", len(frags))
	}
	for _, f := range frags {
		for _, line := range strings.Split(f.Text, "\n") {
			if strings.HasPrefix(line, "sip ") && strings.Contains(line, " A ") && !strings.Contains(line, "; zonegen:ignore missing-aaaa ") {
				t.Errorf("fragment %s: %q has no zonegen:ignore comment", f.Origin, line)
			}
		}
	}
}
