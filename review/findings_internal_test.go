package review

import (
	"maps"
	"slices"
	"testing"

	"github.com/zonegen/zonegen/audit"
)

// TestKeyChecksKnown: the checks that key names by ID are checks audit
// has, so that a renamed check is not silently matched by its record.
func TestKeyChecksKnown(t *testing.T) {
	for _, id := range slices.Concat(slices.Collect(maps.Keys(addressChecks)), slices.Collect(maps.Keys(nameChecks))) {
		if _, ok := audit.Lookup(id); !ok {
			t.Errorf("%s is not a check", id)
		}
	}
}

// TestSortLists: a message's lists come out in order, whatever order the
// file gave them; the rest of the message is kept.
func TestSortLists(t *testing.T) {
	tests := map[string]string{
		"pool p. has IPv6 addresses of 2 scopes: global (2a01::13), unique-local (fd00::12, fd00::11)": "pool p. has IPv6 addresses of 2 scopes: global (2a01::13), unique-local (fd00::11, fd00::12)",
		"c. is a CNAME and also has TXT, A":             "c. is a CNAME and also has A, TXT",
		"pool p. AAAA set lacks fd00::2 of its members": "pool p. AAAA set lacks fd00::2 of its members",
	}
	for in, want := range tests {
		if got := sortLists(in); got != want {
			t.Errorf("sortLists(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCheckIDsExist: the checks review knows by ID are audit's: a typo
// would make a finding new at every review.
func TestCheckIDsExist(t *testing.T) {
	for _, set := range []map[string]bool{nameChecks, addressChecks} {
		for id := range set {
			if _, ok := audit.Lookup(id); !ok {
				t.Errorf("no check %s", id)
			}
		}
	}
}
