package audit_test

import (
	"io"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/report"
	"github.com/zonegen/zonegen/zone"
)

// The benchmarks of the audit run on a generated Lync zone of 100,000
// records (ZONEGEN_BENCH_RECORDS sets another size), read before the timer
// starts, except in BenchmarkAuditJSON, which times what zonegen audit
// --all-hosts --format json does. docs/performance.md says how to read
// them.

func readZones(b *testing.B, paths ...string) []*zone.Zone {
	b.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles(paths), zone.Options{})
	for _, z := range zones {
		if z.Err != nil {
			b.Fatal(z.Err)
		}
	}
	return zones
}

// benchAudit times audit.Run on the benchmarks' zone.
func benchAudit(b *testing.B, opt audit.Options) {
	file, n := benchzone.BenchZone(b)
	zones := readZones(b, file)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Run(zones, opt); err != nil {
			b.Fatal(err)
		}
	}
	benchzone.ReportRecords(b, n)
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
	file, n := benchzone.BenchZone(b)
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
	benchzone.ReportRecords(b, n)
}

// BenchmarkAuditDir audits 500 small zones (250 records each) as one zone
// set, read before the timer starts: the cost of many zones rather than
// many records.
func BenchmarkAuditDir(b *testing.B) {
	dir := b.TempDir()
	const files, records = 500, 250
	if _, err := benchzone.WriteDir(dir, files, benchzone.Options{Records: records}); err != nil {
		b.Fatal(err)
	}
	zones := readZones(b, dir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := audit.Run(zones, audit.Options{AllHosts: true}); err != nil {
			b.Fatal(err)
		}
	}
	benchzone.ReportRecords(b, files*records)
}
