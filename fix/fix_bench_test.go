package fix_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// BenchmarkFix times what zonegen fix --plan does on a generated Lync zone
// of 100,000 records (ZONEGEN_BENCH_RECORDS sets another size), about a
// tenth of them AAAA records to add: read the zone, find the Lync hosts
// without AAAA, derive their addresses from the plan, edit, verify, and
// write the unified diff. The plan is loaded before the timer starts.
func BenchmarkFix(b *testing.B) { benchmarkFix(b, false) }

// BenchmarkFixReverse is BenchmarkFix with the reverse zone beside: an
// ip6.arpa zone with a PTR for each AAAA record the zone has, where fix
// adds a PTR for each AAAA it adds, after the PTR of the nearest lower
// address.
func BenchmarkFixReverse(b *testing.B) { benchmarkFix(b, true) }

func benchmarkFix(b *testing.B, reverse bool) {
	opt, err := benchzone.BenchOptions()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	file, planFile := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "plan.yaml")
	st, err := benchzone.WriteFiles(file, planFile, opt)
	if err != nil {
		b.Fatal(err)
	}
	p, err := plan.Load(planFile)
	if err != nil {
		b.Fatal(err)
	}
	files, ptrs := []string{file}, 0
	if reverse {
		rev := filepath.Join(dir, "db.reverse")
		files, ptrs = append(files, rev), writeReverse(b, rev, file)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := fix.RunPaths(files, fix.Options{Plan: p, Serial: zone.SerialAuto, Now: now})
		if err != nil {
			b.Fatal(err)
		}
		aaaa, ptr := 0, 0
		for _, a := range res.Added {
			switch a.Record.Type {
			case zone.TypeAAAA:
				aaaa++
			case zone.TypePTR:
				ptr++
			}
		}
		if aaaa != st.MissingAAAA || reverse != (ptr > 0) {
			b.Fatalf("added %d AAAA and %d PTR records, want %d AAAA and PTRs: %v", aaaa, ptr, st.MissingAAAA, reverse)
		}
		if err := res.WriteDiff(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(opt.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(st.MissingAAAA), "added/op")
	if reverse {
		b.ReportMetric(float64(ptrs), "ptrs")
	}
}

// writeReverse writes the reverse zone of the generator's IPv6 addresses
// (all in one /48 of its plan) with a PTR for each AAAA record of the zone
// file, and returns the number of PTRs.
func writeReverse(b *testing.B, name, zoneFile string) int {
	z := zone.ReadFile(zoneFile, zone.Options{})
	if z.Err != nil {
		b.Fatal(z.Err)
	}
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	origin := ""
	n := 0
	for i := range z.Records {
		r := &z.Records[i]
		if r.Type != zone.TypeAAAA {
			continue
		}
		rev, err := zone.ReverseName(r.Addr().String())
		if err != nil {
			b.Fatal(err)
		}
		if origin == "" {
			origin = rev[len(rev)-len("0.a.1.5.e.2.c.3.b.6.d.f.ip6.arpa."):]
			fmt.Fprintf(w, "$ORIGIN %s\n$TTL 3600\n@ SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300\n@ NS ns1.contoso.com.\n", origin)
		}
		if !strings.HasSuffix(rev, origin) {
			b.Fatalf("%s: not in %s", rev, origin)
		}
		fmt.Fprintf(w, "%s PTR %s\n", strings.TrimSuffix(rev, "."+origin), r.Name)
		n++
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return n
}
