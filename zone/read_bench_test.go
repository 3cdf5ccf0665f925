package zone_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/zonegen"
	"github.com/zonegen/zonegen/zone"
)

// The benchmarks of the reader run on a generated Lync zone of 100,000
// records (ZONEGEN_BENCH_RECORDS sets another size); docs/performance.md
// says how to read them. BenchmarkFloor parses the same file with a bare
// miekg/dns ZoneParser loop, so that one run shows the ratio.

// benchZone writes the benchmarks' zone into a temporary directory and
// returns its path and its number of records.
func benchZone(b *testing.B) (string, int) {
	b.Helper()
	opt, err := zonegen.BenchOptions()
	if err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(b.TempDir(), "db.contoso.com")
	if _, err := zonegen.WriteFiles(file, "", opt); err != nil {
		b.Fatal(err)
	}
	return file, opt.Records
}

// reportRecords adds the records read per second to the results.
func reportRecords(b *testing.B, perOp int) {
	b.ReportMetric(float64(perOp)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkRead(b *testing.B) {
	file, n := benchZone(b)
	b.ReportAllocs()
	for b.Loop() {
		if z := zone.ReadFile(file, zone.Options{}); z.Err != nil || len(z.Records) != n {
			b.Fatalf("read %d records of %d: %v", len(z.Records), n, z.Err)
		}
	}
	reportRecords(b, n)
}

func BenchmarkFloor(b *testing.B) {
	file, n := benchZone(b)
	b.ReportAllocs()
	for b.Loop() {
		if got := floor(b, file); got != n {
			b.Fatalf("parsed %d records of %d", got, n)
		}
	}
	reportRecords(b, n)
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
// with ReadPaths, which reads files in parallel: compare -cpu 1,2.
func BenchmarkReadDir(b *testing.B) {
	dir := b.TempDir()
	const files, records = 200, 250
	if _, err := zonegen.WriteDir(dir, files, zonegen.Options{Records: records}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		zones, err := zone.ReadPaths([]string{dir}, zone.Options{})
		if err != nil || len(zones) != files {
			b.Fatalf("read %d zones of %d: %v", len(zones), files, err)
		}
	}
	reportRecords(b, files*records)
}
