package topology

import (
	"cmp"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// ErrorList is every problem found while reading a topology file, each a
// *zone.Error whose position is the topology file and line, in line order.
// Like go/scanner's ErrorList, it reports all of them rather than the
// first.
type ErrorList []*zone.Error

// Error formats the errors one a line: FILE:LINE: message.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns the errors, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// sort orders the errors by line, keeping the order of errors on one line.
func (l ErrorList) sort() {
	slices.SortStableFunc(l, func(a, b *zone.Error) int { return cmp.Compare(a.Pos.Line, b.Pos.Line) })
}
