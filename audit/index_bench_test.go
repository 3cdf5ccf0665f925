package audit

import (
	"testing"

	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/zone"
)

// BenchmarkIndex times the index of the benchmarks' zone (100,000 records;
// ZONEGEN_BENCH_RECORDS sets another size), read before the timer starts:
// numbering the owners and putting their records together.
func BenchmarkIndex(b *testing.B) {
	file, n := benchzone.BenchZone(b)
	zones := zone.ReadFiles(zone.ZoneFiles([]string{file}), zone.Options{})
	b.ReportAllocs()
	for b.Loop() {
		newIndex(zones)
	}
	benchzone.ReportRecords(b, n)
}
