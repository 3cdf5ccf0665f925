package audit

import (
	"cmp"
	"slices"
	"sort"
	"sync"
)

// mergeRuns sorts s, which is in order between the places cuts lists (in
// increasing order), by merging the runs the cuts make, the two shortest
// first (as a Huffman code is built), so that a long run is merged once,
// at the end, and not once per short run. A cut where s is in order makes
// no run. A long merge is cut into parts merged side by side on up to
// cores cores. It returns s itself when s is in order, else a new slice.
func mergeRuns[T any](s []T, cuts []int, compare func(a, b T) int, cores int) []T {
	var runs [][]T
	start := 0
	for _, i := range cuts {
		if i > start && i < len(s) && compare(s[i-1], s[i]) > 0 {
			runs = append(runs, s[start:i])
			start = i
		}
	}
	runs = append(runs, s[start:])
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
		a, b := shortest(), shortest()
		out := make([]T, len(a)+len(b))
		mergeInto(out, a, b, compare, cores)
		merged = append(merged, out)
	}
	return shortest()
}

// minPart is the least a merge is cut to for another core: below it,
// starting a goroutine costs more than the merge.
const minPart = 1 << 13

// mergeInto merges the sorted a and b into out, which has room for both
// exactly; equal elements of a come first. With more than one core, it cuts
// the longer list in the middle and the other where that middle element
// would go, and merges the two halves side by side.
func mergeInto[T any](out, a, b []T, compare func(a, b T) int, cores int) {
	if cores < 2 || len(out) < 2*minPart {
		mergeSerial(out, a, b, compare)
		return
	}
	var i, j int // a[:i] and b[:j] go before the rest
	if len(a) >= len(b) {
		i = len(a) / 2
		j = sort.Search(len(b), func(k int) bool { return compare(b[k], a[i]) >= 0 })
	} else {
		j = len(b) / 2
		i = sort.Search(len(a), func(k int) bool { return compare(a[k], b[j]) > 0 })
	}
	var wg sync.WaitGroup
	wg.Go(func() { mergeInto(out[:i+j], a[:i], b[:j], compare, cores/2) })
	mergeInto(out[i+j:], a[i:], b[j:], compare, cores-cores/2)
	wg.Wait()
}

// mergeSerial is mergeInto on one core.
func mergeSerial[T any](out, a, b []T, compare func(a, b T) int) {
	k := 0
	for len(a) > 0 && len(b) > 0 {
		if compare(b[0], a[0]) < 0 {
			out[k], b = b[0], b[1:]
		} else {
			out[k], a = a[0], a[1:]
		}
		k++
	}
	k += copy(out[k:], a)
	copy(out[k:], b)
}
