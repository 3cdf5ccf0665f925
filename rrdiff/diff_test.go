package rrdiff_test

import (
	"math/rand/v2"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zonegen/zonegen/rrdiff"
	"github.com/zonegen/zonegen/zone"
)

// base is a small Lync zone that the cases below change.
const base = `$TTL 1h
@	IN SOA ns1 hostmaster ( 2024010101 3600 600 86400 300 )
@	NS ns1
ns1	A 10.0.0.53
pool01	A 10.0.1.11
pool01	A 10.0.1.12
fe01	A 10.0.1.11
fe02	A 10.0.1.12
sip	CNAME pool01
_sipinternaltls._tcp	SRV 0 0 5061 pool01
`

// readRecords reads text as the zone contoso.com.
func readRecords(t *testing.T, text string) []zone.Record {
	t.Helper()
	fsys := fstest.MapFS{"db.contoso.com": {Data: []byte(text)}}
	z := zone.Read(fsys, "db.contoso.com", zone.Options{Origin: "contoso.com."})
	if z.Err != nil {
		t.Fatalf("read zone: %v", z.Err)
	}
	return z.Records
}

// records reads lines, each one record in master file syntax.
func records(t *testing.T, lines ...string) []zone.Record {
	t.Helper()
	return readRecords(t, strings.Join(lines, "\n")+"\n")
}

// edit returns base with the line old replaced by new ("" deletes it).
func edit(t *testing.T, pairs ...string) string {
	t.Helper()
	s := base
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]+"\n") {
			t.Fatalf("base has no line %q", pairs[i])
		}
		repl := pairs[i+1]
		if repl != "" {
			repl += "\n"
		}
		s = strings.Replace(s, pairs[i]+"\n", repl, 1)
	}
	return s
}

var cmpOptions = cmp.Options{
	// records are equal when their data is, wherever they are
	cmp.Comparer(func(a, b zone.Record) bool { return a.String() == b.String() }),
	cmpopts.EquateEmpty(),
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []rrdiff.Change
	}{
		{name: "identical", old: base, new: base},
		{
			name: "reordered respaced absolute",
			old:  base,
			new: `$ORIGIN contoso.com.
_sipinternaltls._tcp.contoso.com.   3600 IN SRV   0 0 5061   pool01.contoso.com.
fe02.contoso.com.      3600   IN  A   10.0.1.12   ; moved up
pool01.contoso.com. 3600 IN A 10.0.1.12
sip.contoso.com. 3600 IN CNAME pool01.contoso.com.
contoso.com.  3600 IN NS ns1.contoso.com.

contoso.com. 3600 IN SOA ns1.contoso.com. hostmaster.contoso.com. (
	2024010101 ; serial
	3600 600 86400 300 )
fe01.contoso.com. 1H IN A 10.0.1.11
pool01.contoso.com. 3600 IN A 10.0.1.11
ns1.contoso.com. 3600 IN A 10.0.0.53
`,
		},
		{
			name: "case of names",
			old:  base,
			new: edit(t,
				"@	IN SOA ns1 hostmaster ( 2024010101 3600 600 86400 300 )",
				"@	IN SOA NS1.Contoso.COM. HostMaster.CONTOSO.com. ( 2024010101 3600 600 86400 300 )",
				"pool01	A 10.0.1.11", "POOL01	A 10.0.1.11",
				"sip	CNAME pool01", "SIP.Contoso.Com.	CNAME Pool01.CONTOSO.COM.",
				"_sipinternaltls._tcp	SRV 0 0 5061 pool01", "_SipInternalTLS._TCP	SRV 0 0 5061 POOL01"),
		},
		{
			name: "duplicate record counts once",
			old:  base,
			new:  base + "fe01	A 10.0.1.11\nFE01.contoso.com. 3600 IN A 10.0.1.11\n",
		},
		{
			name: "changed address",
			old:  base,
			new:  edit(t, "fe02	A 10.0.1.12", "fe02	A 10.0.1.13"),
			want: []rrdiff.Change{{
				Name: "fe02.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA,
				Removed: records(t, "fe02 3600 A 10.0.1.12"),
				Added:   records(t, "fe02 3600 A 10.0.1.13"),
			}},
		},
		{
			name: "ttl only",
			old:  base,
			new:  edit(t, "pool01	A 10.0.1.11", "pool01 300 A 10.0.1.11", "pool01	A 10.0.1.12", "pool01 5m A 10.0.1.12"),
			want: []rrdiff.Change{{
				Name: "pool01.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA, OldTTL: 3600, NewTTL: 300,
			}},
		},
		{
			name: "ttl and data",
			old:  base,
			new:  edit(t, "pool01	A 10.0.1.11", "pool01 300 A 10.0.1.11", "pool01	A 10.0.1.12", "pool01 300 A 10.0.1.13"),
			want: []rrdiff.Change{{
				Name: "pool01.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA, OldTTL: 3600, NewTTL: 300,
				Removed: records(t, "pool01 3600 A 10.0.1.12"),
				Added:   records(t, "pool01 300 A 10.0.1.13"),
			}},
		},
		{
			// BIND serves the old set at 300: its second record, written at
			// 3600, is set to the prior TTL; so no change (test 21g #3)
			name: "ttls written apart, served alike",
			old:  edit(t, "pool01	A 10.0.1.11", "pool01 300 A 10.0.1.11"),
			new:  edit(t, "pool01	A 10.0.1.11", "pool01 300 A 10.0.1.11", "pool01	A 10.0.1.12", "pool01 300 A 10.0.1.12"),
		},
		{
			// served at 3600 before, the first record's TTL, at 300 now
			name: "ttls written apart, served otherwise",
			old:  edit(t, "pool01	A 10.0.1.12", "pool01 300 A 10.0.1.12"),
			new:  edit(t, "pool01	A 10.0.1.11", "pool01 300 A 10.0.1.11", "pool01	A 10.0.1.12", "pool01 300 A 10.0.1.12"),
			want: []rrdiff.Change{{
				Name: "pool01.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA, OldTTL: 3600, NewTTL: 300,
			}},
		},
		{
			name: "added owner",
			old:  base,
			new:  base + "fe03 AAAA fd00:10::13\nfe03 A 10.0.1.13\n",
			want: []rrdiff.Change{
				{Name: "fe03.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA, Added: records(t, "fe03 3600 A 10.0.1.13")},
				{Name: "fe03.contoso.com.", Class: zone.ClassIN, Type: zone.TypeAAAA, Added: records(t, "fe03 3600 AAAA fd00:10::13")},
			},
		},
		{
			name: "removed owner",
			old:  base,
			new:  edit(t, "fe02	A 10.0.1.12", ""),
			want: []rrdiff.Change{{
				Name: "fe02.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA, Removed: records(t, "fe02 3600 A 10.0.1.12"),
			}},
		},
		{
			name: "serial",
			old:  base,
			new: edit(t, "@	IN SOA ns1 hostmaster ( 2024010101 3600 600 86400 300 )",
				"@	IN SOA ns1 hostmaster ( 2024010102 3600 600 86400 300 )"),
			want: []rrdiff.Change{{
				Name: "contoso.com.", Class: zone.ClassIN, Type: zone.TypeSOA,
				Removed: records(t, "@ 3600 SOA ns1 hostmaster 2024010101 3600 600 86400 300"),
				Added:   records(t, "@ 3600 SOA ns1 hostmaster 2024010102 3600 600 86400 300"),
			}},
		},
		{
			name: "members sorted by address",
			old:  "$TTL 1h\npool01 A 10.0.1.9\n",
			new:  "$TTL 1h\npool01 A 10.0.1.12\npool01 A 10.0.1.100\npool01 A 10.0.1.9\npool01 A 10.0.1.11\n",
			want: []rrdiff.Change{{
				Name: "pool01.contoso.com.", Class: zone.ClassIN, Type: zone.TypeA,
				Added: records(t, "pool01 3600 A 10.0.1.11", "pool01 3600 A 10.0.1.12", "pool01 3600 A 10.0.1.100"),
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rrdiff.Compare(readRecords(t, tt.old), readRecords(t, tt.new))
			if diff := cmp.Diff(rrdiff.Diff{Changes: tt.want}, got, cmpOptions); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
			if got.Empty() != (len(tt.want) == 0) {
				t.Errorf("Empty() = %v with %d changes", got.Empty(), len(got.Changes))
			}
		})
	}
}

// TestCompareOrder checks that owners come out in DNS canonical order, with
// the example of RFC 4034 §6.1, and types by code under each owner.
func TestCompareOrder(t *testing.T) {
	canonical := []string{
		"example.", "a.example.", "yljkjljk.a.example.", "z.a.example.", "zabc.a.example.",
		"z.example.", `\001.z.example.`, "*.z.example.", `\200.z.example.`,
	}
	var recs []zone.Record
	for i, name := range canonical {
		addr := netip.AddrFrom4([4]byte{192, 0, 2, byte(i)})
		a := zone.Record{Name: name, Type: zone.TypeA, Class: zone.ClassIN, TTL: 60}
		a.SetAddr(addr)
		aaaa := zone.Record{Name: name, Type: zone.TypeAAAA, Class: zone.ClassIN, TTL: 60}
		aaaa.SetAddr(netip.AddrFrom16(addr.As16()))
		recs = append(recs, aaaa, a)
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })

	var got []string
	for _, c := range rrdiff.Compare(nil, recs).Changes {
		got = append(got, c.Name+" "+c.Type.String())
	}
	var want []string
	for _, name := range canonical {
		want = append(want, name+" A", name+" AAAA")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order of changes (-want +got):\n%s", diff)
	}
}

// TestCompareDeterministic checks that the order of the input does not
// change the diff, positions included.
func TestCompareDeterministic(t *testing.T) {
	old := readRecords(t, base+"fe01 300 A 10.0.1.11\n")
	new := readRecords(t, edit(t, "fe02	A 10.0.1.12", "fe02 A 10.0.1.13", "pool01	A 10.0.1.11", "pool01 60 A 10.0.1.11")+
		"fe03 A 10.0.1.13\nfe03 AAAA fd00:10::13\n")
	want := rrdiff.Compare(old, new)
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		o, n := slices.Clone(old), slices.Clone(new)
		r.Shuffle(len(o), func(i, j int) { o[i], o[j] = o[j], o[i] })
		r.Shuffle(len(n), func(i, j int) { n[i], n[j] = n[j], n[i] })
		samePlaced := cmp.Comparer(func(a, b zone.Record) bool { return a.String() == b.String() && a.Pos() == b.Pos() })
		if diff := cmp.Diff(want, rrdiff.Compare(o, n), samePlaced); diff != "" {
			t.Fatalf("Compare of shuffled input (-want +got):\n%s", diff)
		}
	}
}
