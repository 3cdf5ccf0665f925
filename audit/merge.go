package audit

import (
	"cmp"
	"slices"
)

// mergeRuns sorts s, made of ascending runs, by merging the runs, the two
// shortest first (as a Huffman code is built), so that a long run is
// merged once, at the end, and not once per short run. It returns s sorted
// or a new slice; s's order is lost.
func mergeRuns[T any](s []T, compare func(a, b T) int) []T {
	var runs [][]T
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || compare(s[i-1], s[i]) > 0 {
			runs = append(runs, s[start:i])
			start = i
		}
	}
	if len(runs) <= 1 {
		return s
	}
	// Merged runs come out no shorter than the ones before them: a queue
	// of them beside the sorted runs gives the two shortest at the heads.
	slices.SortFunc(runs, func(a, b []T) int { return cmp.Compare(len(a), len(b)) })
	var merged [][]T
	shortest := func() []T {
		if len(merged) == 0 || len(runs) > 0 && len(runs[0]) <= len(merged[0]) {
			r := runs[0]
			runs = runs[1:]
			return r
		}
		r := merged[0]
		merged = merged[1:]
		return r
	}
	for len(runs)+len(merged) > 1 {
		merged = append(merged, merge(shortest(), shortest(), compare))
	}
	return shortest()
}

// merge returns the sorted a and b merged into a new slice; equal elements
// of a come first.
func merge[T any](a, b []T, compare func(a, b T) int) []T {
	out := make([]T, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if compare(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}
