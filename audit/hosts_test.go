package audit

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAddRole: a host's roles are each role once, in the order first
// added, on either side of the length from which a set is kept beside
// them, and adding to a shared role list leaves it as it was.
func TestAddRole(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, manyRoles - 1, manyRoles, 3 * manyRoles} {
		d := &discovery{roleSets: map[*host]map[string]bool{}}
		h := &host{roles: addressRoles[:2:2]}
		want := slices.Clone(h.roles)
		for range 10 * n {
			role := fmt.Sprintf("cname:a%d.example.", r.IntN(n))
			if r.IntN(4) == 0 {
				role = addressRoles[r.IntN(2)]
			}
			if !slices.Contains(want, role) {
				want = append(want, role)
			}
			d.addRole(h, role)
		}
		if diff := cmp.Diff(want, h.roles); diff != "" {
			t.Errorf("%d roles: (-want +got):\n%s", n, diff)
		}
	}
	if want := []string{"address", "pool-member"}; !slices.Equal(addressRoles, want) {
		t.Errorf("addressRoles = %v, want %v", addressRoles, want)
	}
}
