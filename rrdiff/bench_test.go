package rrdiff_test

import (
	"net/netip"
	"strconv"
	"testing"

	"github.com/zonegen/zonegen/rrdiff"
	"github.com/zonegen/zonegen/zone"
)

// BenchmarkCompare diffs two zones of 100,000 A records of which every
// hundredth changed its address.
func BenchmarkCompare(b *testing.B) {
	const n = 100000
	old, new := make([]zone.Record, n), make([]zone.Record, n)
	for i := range n {
		addr := netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)})
		old[i] = zone.Record{Name: "h" + strconv.Itoa(i) + ".contoso.com.", Type: zone.TypeA, Class: zone.ClassIN, TTL: 3600}
		old[i].SetAddr(addr)
		new[i] = old[i]
		if i%100 == 0 {
			new[i].SetAddr(addr.Next())
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if d := rrdiff.Compare(old, new); len(d.Changes) != n/100 {
			b.Fatalf("%d changes, want %d", len(d.Changes), n/100)
		}
	}
}
