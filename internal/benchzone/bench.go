package benchzone

import (
	"path/filepath"
	"testing"
)

// BenchZone writes the benchmarks' zone (BenchOptions) into a temporary
// directory of b and returns its path and its number of records.
func BenchZone(b *testing.B) (string, int) {
	b.Helper()
	opt, err := BenchOptions()
	if err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(b.TempDir(), "db.contoso.com")
	if _, err := WriteFiles(file, "", opt); err != nil {
		b.Fatal(err)
	}
	return file, opt.Records
}

// ReportRecords adds the records handled per second to b's results.
func ReportRecords(b *testing.B, perOp int) {
	b.ReportMetric(float64(perOp)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
