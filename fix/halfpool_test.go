package fix_test

import (
	"path/filepath"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/zone"
)

// TestNoHalfPool runs fix on the golden cases where pools meet views and
// shared files, writes the result, and checks that the audit of it has no
// pool-aaaa-mismatch it had not: a pool name given an address that a
// member of its pool was refused (tester D2, views-shared-pool). TestGolden
// compares errors only: duplicate-a, a pool with an address no server
// has, gets that warning from fix by design of the audit.
func TestNoHalfPool(t *testing.T) {
	for _, c := range []string{"views-shared-pool", "views-shared-include", "views-shared-aaaa", "views-shared-first", "pool-scope", "shared-include"} {
		t.Run(c, func(t *testing.T) {
			abs, _ := filepath.Abs(filepath.Join("testdata", c))
			t.Chdir(copyTree(t, abs))
			opt := options(t)
			before := mismatches(t, opt)
			res, err := fix.Run([]string{"."}, opt)
			if err != nil {
				t.Fatal(err)
			}
			writeChanges(t, res)
			for msg := range mismatches(t, opt) {
				if !before[msg] {
					t.Errorf("the audit of the result has a finding it had not: %s", msg)
				}
			}
		})
	}
}

// mismatches returns the pool-aaaa-mismatch findings of the audit of the
// zones of the working directory, by message.
func mismatches(t *testing.T, opt fix.Options) map[string]bool {
	t.Helper()
	zones, err := zone.ReadPaths([]string{"."}, opt.Read)
	if err != nil {
		t.Fatal(err)
	}
	res, err := audit.Run(zones, opt.Audit)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for f := range res.AllFindings() {
		if f.Check == "pool-aaaa-mismatch" {
			out[f.Message] = true // not f.String(): new lines move the pool's
		}
	}
	return out
}
