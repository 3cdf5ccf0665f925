package fix

import (
	"math/rand/v2"
	"net/netip"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/zone"
)

// TestNeighbour compares reverseZone.neighbour with a reading of the
// whole zone for each address, on random reverse zones with duplicate,
// partial and foreign names among the PTRs, and records in an included
// file or of another class (test 17 D5), which must never be chosen.
func TestNeighbour(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		z := &zone.Zone{Origin: "ip6.arpa.", File: "db.rev", Class: zone.ClassIN}
		for range rng.IntN(40) {
			r := randomRecord(rng)
			r.SetPos(zone.Pos{File: []string{"db.rev", "db.rev", "ns.inc"}[rng.IntN(3)], Line: len(z.Records) + 1})
			z.Records = append(z.Records, r)
		}
		rz := &reverseZone{z: z}
		rz.index()
		for range 50 {
			addr := randomAddr(rng)
			if got, _ := rz.neighbour(addr); got != scanNeighbour(z, addr) {
				t.Fatalf("round %d, %v: neighbour %v, reading the zone %v", round, addr, got, scanNeighbour(z, addr))
			}
		}
	}
}

// scanNeighbour is neighbour the slow way: every record read for each
// address, those of included files and of another class skipped.
func scanNeighbour(z *zone.Zone, addr netip.Addr) *zone.Record {
	var below, beforePTR, last *zone.Record
	var belowAddr netip.Addr
	seenPTR := false
	for i := range z.Records {
		r := &z.Records[i]
		if r.Pos().File != z.File || r.Class != z.Class {
			continue
		}
		last = r
		if r.Type != zone.TypePTR {
			if !seenPTR {
				beforePTR = r
			}
			continue
		}
		seenPTR = true
		if a, ok := zone.AddrOfReverse(r.Name); ok && a.Is6() && a.Less(addr) && (below == nil || belowAddr.Less(a)) {
			below, belowAddr = r, a
		}
	}
	switch {
	case below != nil:
		return below
	case seenPTR && beforePTR != nil:
		return beforePTR
	}
	return last
}

// randomAddr returns one of few addresses, so that PTRs share them.
func randomAddr(rng *rand.Rand) netip.Addr {
	var b [16]byte
	b[0], b[15] = 0xfd, byte(rng.IntN(24))
	return netip.AddrFrom16(b)
}

func randomRecord(rng *rand.Rand) zone.Record {
	switch rng.IntN(7) {
	case 0:
		return zone.Record{Name: "ip6.arpa.", Type: zone.TypeNS, Data: "ns1.example.", Class: zone.ClassIN}
	case 1: // a name short of 32 nibbles
		return zone.Record{Name: "1.0.ip6.arpa.", Type: zone.TypePTR, Data: "h.example.", Class: zone.ClassIN}
	}
	rev, err := zone.ReverseName(randomAddr(rng).String())
	if err != nil {
		panic(err)
	}
	class := zone.ClassIN
	if rng.IntN(7) == 0 {
		class = zone.Class(3) // CH: BIND refuses it in an IN zone
	}
	return zone.Record{Name: rev, Type: zone.TypePTR, Data: "h.example.", Class: class}
}

// TestReverseZone checks the whole list of reverse zones a reverse name
// goes to: the zone of the longest origin above it; of two zones of one
// origin (two views), both for a forward zone given once (so in every
// view), the one of the forward zone's view, and none for a view with no
// zone of that origin; none outside ip6.arpa zones.
func TestReverseZone(t *testing.T) {
	zones := []*zone.Zone{
		{Origin: "example."}, {Origin: "ip6.arpa."}, {Origin: "d.f.ip6.arpa."},
		{Origin: "d.f.ip6.arpa."}, {Origin: "0.d.f.ip6.arpa."}, {Origin: "10.in-addr.arpa."},
		{Origin: "contoso.com."}, {Origin: "contoso.com."}, {Origin: "contoso.com."}, // views 0, 1, 2
	}
	f := &fixer{zones: zones}
	for _, c := range []struct {
		addr string
		fwd  *zone.Zone
		want []int // places in zones
	}{
		{"fd00::1", nil, []int{4}},
		{"fd10::1", nil, []int{2, 3}},
		{"fd10::1", zones[0], []int{2, 3}}, // given once
		{"fd10::1", zones[6], []int{2}},    // view 0
		{"fd10::1", zones[7], []int{3}},    // view 1
		{"fd10::1", zones[8], nil},         // view 2 has no d.f.ip6.arpa. zone
		{"fd00::1", zones[8], []int{4}},    // given once, so in view 2 too
		{"2001:db8::1", nil, []int{1}},
		{"10.0.0.1", nil, nil},
	} {
		rev, err := zone.ReverseName(c.addr)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, rz := range f.reverseZones(rev, c.fwd) {
			got = append(got, slices.Index(zones, rz.z))
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s, forward zone %d: places of the reverse zones (-want +got):\n%s", c.addr, slices.Index(zones, c.fwd), diff)
		}
	}
}
