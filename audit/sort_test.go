package audit

import (
	"cmp"
	"fmt"
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
// long runs and many short ones, as the checks' findings are, cut at every
// place or at the runs' starts, on one to three cores (lists long enough to
// be merged in parts among them).
func TestMergeRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 300; n++ {
		var s []int
		var starts []int
		for range rng.Intn(12) {
			run := make([]int, rng.Intn([]int{3, 50, 2000, 3 * minPart}[rng.Intn(4)]))
			for i := range run {
				run[i] = rng.Intn(1000)
			}
			slices.Sort(run)
			starts = append(starts, len(s))
			s = append(s, run...)
		}
		every := make([]int, len(s))
		for i := range every {
			every[i] = i
		}
		want := slices.Sorted(slices.Values(s))
		for _, cuts := range [][]int{every, starts} {
			for cores := 1; cores <= 3; cores++ {
				if got := mergeRuns(slices.Clone(s), cuts, cmpInt, cores); !slices.Equal(got, want) {
					t.Fatalf("case %d, %d cores: mergeRuns(%v) = %v, want %v", n, cores, s, got, want)
				}
			}
		}
	}
}

// TestSortFoundEmpty checks that no findings at all sort to none: the
// chunks' starts then hold only the end.
func TestSortFoundEmpty(t *testing.T) {
	if f := sortFound(nil, nil, nil); len(f.refs) != 0 {
		t.Errorf("sortFound of nothing has %d references", len(f.refs))
	}
	if got := mergeRuns([]int{}, []int{0, 0}, cmpInt, 2); len(got) != 0 {
		t.Errorf("mergeRuns of nothing = %v", got)
	}
}

// TestMergeIntoSplits checks the places where mergeInto cuts two lists for
// two cores with many equal elements: equal elements of a before b's.
func TestMergeIntoSplits(t *testing.T) {
	type elem struct{ key, list int }
	byKey := func(x, y elem) int { return cmp.Compare(x.key, y.key) }
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 50; n++ {
		var a, b []elem
		for range minPart + rng.Intn(3*minPart) {
			a = append(a, elem{rng.Intn(5), 0})
		}
		for range rng.Intn(3 * minPart) {
			b = append(b, elem{rng.Intn(5), 1})
		}
		slices.SortFunc(a, byKey)
		slices.SortFunc(b, byKey)
		out := make([]elem, len(a)+len(b))
		mergeInto(out, a, b, byKey, 2)
		want := slices.SortedStableFunc(slices.Values(append(slices.Clone(a), b...)), byKey)
		if !slices.Equal(out, want) {
			t.Fatalf("case %d: %d and %d elements merged out of order", n, len(a), len(b))
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

// TestSortByType: an owner's records come out by type, in their order
// within a type, for short lists and for long ones with their types
// interleaved.
func TestSortByType(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 5, longRun - 1, longRun, 3 * longRun, 1000} {
		rs := make([]*zone.Record, n)
		for i := range rs {
			rs[i] = &zone.Record{Type: zone.Type(1 + rng.Intn(4)), Data: fmt.Sprint(i)}
		}
		var want []*zone.Record
		for typ := zone.Type(1); typ <= 4; typ++ {
			for _, r := range rs {
				if r.Type == typ {
					want = append(want, r)
				}
			}
		}
		sortByType(rs)
		if !slices.Equal(want, rs) {
			t.Errorf("%d records: not by type in file order within a type", n)
		}
	}
}
