package fix_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/zonegen"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// BenchmarkFix times what zonegen fix --plan does on a generated Lync zone
// of 100,000 records (ZONEGEN_BENCH_RECORDS sets another size), about a
// tenth of them AAAA records to add: read the zone, find the Lync hosts
// without AAAA, derive their addresses from the plan, edit, verify, and
// write the unified diff. The plan is loaded before the timer starts.
func BenchmarkFix(b *testing.B) {
	opt, err := zonegen.BenchOptions()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	file, planFile := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "plan.yaml")
	st, err := zonegen.WriteFiles(file, planFile, opt)
	if err != nil {
		b.Fatal(err)
	}
	p, err := plan.Load(planFile)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := fix.Run([]string{file}, fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Added) != st.MissingAAAA {
			b.Fatalf("added %d records, want %d", len(res.Added), st.MissingAAAA)
		}
		if err := res.WriteDiff(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(opt.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(st.MissingAAAA), "added/op")
}
