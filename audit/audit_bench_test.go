package audit_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/zonegen"
	"github.com/zonegen/zonegen/report"
	"github.com/zonegen/zonegen/zone"
)

// The benchmarks of the audit run on a generated Lync zone of 100,000
// records (ZONEGEN_BENCH_RECORDS sets another size), read before the timer
// starts, except in BenchmarkAuditJSON, which times what zonegen audit
// --all-hosts --format json does. docs/performance.md says how to read
// them.

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

func readZones(b *testing.B, paths ...string) []*zone.Zone {
	b.Helper()
	zones, err := zone.ReadPaths(paths, zone.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, z := range zones {
		if z.Err != nil {
			b.Fatal(z.Err)
		}
	}
	return zones
}

func reportRecords(b *testing.B, perOp int) {
	b.ReportMetric(float64(perOp)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// benchAudit times audit.Run on the benchmarks' zone.
func benchAudit(b *testing.B, opt audit.Options) {
	file, n := benchZone(b)
	zones := readZones(b, file)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Run(zones, opt); err != nil {
			b.Fatal(err)
		}
	}
	reportRecords(b, n)
}

// BenchmarkAudit runs every check on every name with an address.
func BenchmarkAudit(b *testing.B) { benchAudit(b, audit.Options{AllHosts: true}) }

// BenchmarkAuditLync runs every check on the Lync hosts only (the default).
func BenchmarkAuditLync(b *testing.B) { benchAudit(b, audit.Options{}) }

// BenchmarkDiscovery runs no check: what is left is the index of the
// records, finding the hosts (with --all-hosts: every name with an address,
// and the pools among them) and assembling the result. BenchmarkAudit minus
// this is the cost of the checks.
func BenchmarkDiscovery(b *testing.B) {
	benchAudit(b, audit.Options{AllHosts: true, Disable: []string{"all"}})
}

// BenchmarkDiscoveryLync is BenchmarkDiscovery for the Lync hosts: SRV
// targets, well-known names, CNAME chains and pool members.
func BenchmarkDiscoveryLync(b *testing.B) {
	benchAudit(b, audit.Options{Disable: []string{"all"}})
}

// BenchmarkAuditJSON times the whole of zonegen audit --all-hosts --format
// json: reading, auditing and writing the report.
func BenchmarkAuditJSON(b *testing.B) {
	file, n := benchZone(b)
	b.ReportAllocs()
	for b.Loop() {
		res, err := audit.Run(readZones(b, file), audit.Options{AllHosts: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := report.Write(io.Discard, "json", res, report.Options{Checks: audit.Checks()}); err != nil {
			b.Fatal(err)
		}
	}
	reportRecords(b, n)
}

// BenchmarkAuditDir audits 500 small zones (250 records each) as one zone
// set, read before the timer starts: the cost of many zones rather than
// many records.
func BenchmarkAuditDir(b *testing.B) {
	dir := b.TempDir()
	const files, records = 500, 250
	if _, err := zonegen.WriteDir(dir, files, zonegen.Options{Records: records}); err != nil {
		b.Fatal(err)
	}
	zones := readZones(b, dir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Run(zones, audit.Options{AllHosts: true}); err != nil {
			b.Fatal(err)
		}
	}
	reportRecords(b, files*records)
}
