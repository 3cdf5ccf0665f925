package fix_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/corpus"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// FuzzFix runs fix --all-hosts, with a plan that covers every IPv4
// address, on fuzzed zones that parse: fix must not fail, the written
// result must hold every original record plus the new ones, its audit
// must have no error the zone's had not, and a second run must change
// nothing.
func FuzzFix(f *testing.F) {
	var files []string
	for _, pattern := range []string{"testdata/*/db.*", "../audit/testdata/*.zone"} {
		m, err := filepath.Glob(pattern)
		if err != nil || len(m) == 0 {
			f.Fatalf("%s: %d files, error %v", pattern, len(m), err)
		}
		files = append(files, m...)
	}
	for _, name := range append(files, corpus.Files(f, "real/*")...) {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) < 32<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte("$TTL 1h\n@ SOA ns hm ( 1 2 3 4 5 )\n NS ns\nns A 10.0.0.1\nx ( A\n 10.0.0.2 ) ; c\n\tA 10.0.0.3\r\n"))
	p, err := plan.Parse("every-a.yaml", []byte(everyA))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		name := filepath.Join(t.TempDir(), "db")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		held := len(data) % 2 // 1: the editor reads the file through its descriptor; 0: the default, held whole
		opt := fix.Options{
			Read: zone.Options{Origin: "example.", Limits: zone.Limits{MaxGenerate: 64, MaxRecords: 5000, MaxLine: 1 << 16,
				MaxEntry: 1 << 17, MaxHeld: held}},
			Audit: audit.Options{AllHosts: true}, Plan: p, Serial: zone.SerialIncrement, Now: now,
		}
		before := zone.ReadFile(name, opt.Read)
		if before.Err != nil {
			return
		}
		res, err := fix.RunPaths([]string{name}, opt)
		var planErr *plan.Error
		if errors.As(err, &planErr) {
			return // the plan cannot derive an address for this zone (0.0.0.0 would give the anycast address)
		}
		if err != nil {
			t.Fatalf("fix failed on a zone that parses: %v", err)
		}
		errs := invariantKeys(t, []*zone.Zone{before}, opt.Audit)
		roundTrip(t, name, opt, before, res)
		for key := range invariantKeys(t, []*zone.Zone{zone.ReadFile(name, opt.Read)}, opt.Audit) {
			if !errs[key] {
				t.Errorf("the audit of the result has a finding it had not: %s", key)
			}
		}
	})
}
