package rrdiff

import "fmt"

// Summary counts the changes of a Diff.
type Summary struct {
	Owners     int // owner names with at least one change
	Added      int // records added
	Removed    int // records removed
	TTLChanged int // RRsets whose TTL changed
}

// Summary counts the changes of d.
func (d Diff) Summary() Summary {
	var s Summary
	for i, c := range d.Changes {
		if i == 0 || c.Name != d.Changes[i-1].Name {
			s.Owners++
		}
		s.Added += len(c.Added)
		s.Removed += len(c.Removed)
		if c.TTLChanged() {
			s.TTLChanged++
		}
	}
	return s
}

// String returns the summary as one line, "no changes" when there are none:
// "2 owners changed: 3 records added, 1 removed, 1 TTL changed".
func (s Summary) String() string {
	if s == (Summary{}) {
		return "no changes"
	}
	return fmt.Sprintf("%d %s changed: %d %s added, %d removed, %d %s changed",
		s.Owners, plural(s.Owners, "owner", "owners"), s.Added, plural(s.Added, "record", "records"),
		s.Removed, s.TTLChanged, plural(s.TTLChanged, "TTL", "TTLs"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
