package zone_test

import (
	"os"
	"testing"
	"unsafe"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/zone"
)

// The benchmarks of the reader run on a generated Lync zone of 100,000
// records (ZONEGEN_BENCH_RECORDS sets another size); docs/performance.md
// says how to read them. BenchmarkFloor parses the same file with a bare
// miekg/dns ZoneParser loop, so that one run shows the ratio.

func BenchmarkRead(b *testing.B) {
	file, n := benchzone.BenchZone(b)
	b.ReportAllocs()
	for b.Loop() {
		if z := zone.ReadFile(file, zone.Options{}); z.Err != nil || len(z.Records) != n {
			b.Fatalf("read %d records of %d: %v", len(z.Records), n, z.Err)
		}
	}
	benchzone.ReportRecords(b, n)
	// The size of a record: a million are held at once, and 24 bytes more
	// each cost 25 MB and a tenth of a second at 1M (72 bytes on 64-bit
	// platforms; docs/performance-history.md, "What changed in the fifth
	// round").
	b.ReportMetric(float64(unsafe.Sizeof(zone.Record{})), "B/record")
}

func BenchmarkFloor(b *testing.B) {
	file, n := benchzone.BenchZone(b)
	b.ReportAllocs()
	for b.Loop() {
		if got := floor(b, file); got != n {
			b.Fatalf("parsed %d records of %d", got, n)
		}
	}
	benchzone.ReportRecords(b, n)
}

// floor counts the records of a file as the floor command
// (zone/internal/floor) does.
func floor(b *testing.B, file string) int {
	f, err := os.Open(file)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zp := dns.NewZoneParser(f, "", file)
	n := 0
	for _, ok := zp.Next(); ok; _, ok = zp.Next() {
		n++
	}
	if err := zp.Err(); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkReadDir reads a directory of 200 small zones (250 records each)
// with ReadFiles, which reads files in parallel: compare -cpu 1,2.
func BenchmarkReadDir(b *testing.B) {
	dir := b.TempDir()
	const files, records = 200, 250
	if _, err := benchzone.WriteDir(dir, files, benchzone.Options{Records: records}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if zones := zone.ReadFiles(zone.ZoneFiles([]string{dir}), zone.Options{}); len(zones) != files {
			b.Fatalf("read %d zones of %d", len(zones), files)
		}
	}
	benchzone.ReportRecords(b, files*records)
}
