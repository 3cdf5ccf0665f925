package audit

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/zone"
)

// TestSortFindings compares the index sort with a plain sort of the
// findings on random input with many ties.
func TestSortFindings(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		fs := make([]Finding, rng.Intn(60))
		for i := range fs {
			fs[i] = Finding{Check: []string{"a", "b"}[rng.Intn(2)], Name: []string{"x.", "y."}[rng.Intn(2)],
				Pos: zone.Pos{File: []string{"f", "g"}[rng.Intn(2)], Line: rng.Intn(5)}, Message: string(rune('m' + rng.Intn(3)))}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int { return compareFindings(&a, &b) })
		SortFindings(fs)
		if !slices.EqualFunc(want, fs, func(a, b Finding) bool { return compareFindings(&a, &b) == 0 }) {
			t.Fatalf("case %d: sorted\n%v\nwant\n%v", n, fs, want)
		}
	}
}

// TestMergeRuns checks mergeRuns against a sort on lists made of a few
// long runs and many short ones, as the checks' findings are.
func TestMergeRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 300; n++ {
		var s []int
		for range rng.Intn(12) {
			run := make([]int, rng.Intn([]int{3, 50, 2000}[rng.Intn(3)]))
			for i := range run {
				run[i] = rng.Intn(1000)
			}
			slices.Sort(run)
			s = append(s, run...)
		}
		want := slices.Sorted(slices.Values(s))
		if got := mergeRuns(slices.Clone(s), cmpInt); !slices.Equal(got, want) {
			t.Fatalf("case %d: mergeRuns(%v) = %v, want %v", n, s, got, want)
		}
	}
}

func cmpInt(a, b int) int { return a - b }

// compareFindings is the report order spelled out on whole findings: the
// reference that found.compare, which reads notes, is tested against.
func compareFindings(a, b *Finding) int {
	return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Check, b.Check), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Message, b.Message))
}
