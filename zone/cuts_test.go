package zone

import "testing"

// testCuts returns the cuts of a set of example. with the child zone
// set.example. and the reverse zones 10.in-addr.arpa. and
// 1.0.10.in-addr.arpa.: example. delegates child.example. and
// set.example. (which the set holds), has NS records below set.example.
// (which cut nothing, example. is not authoritative there) and a DNAME at
// old.example.; 10.in-addr.arpa. delegates 2.0.10.in-addr.arpa.;
// dn.example. is a zone whose apex has a DNAME.
func testCuts() *Cuts {
	c := NewCuts([]string{"example.", "set.example.", "10.in-addr.arpa.", "1.0.10.in-addr.arpa.", "dn.example."})
	for _, r := range []struct {
		origin, name string
		t            Type
	}{
		{"example.", "example.", TypeNS},
		{"example.", "child.example.", TypeNS},
		{"example.", "set.example.", TypeNS},
		{"example.", "sub.set.example.", TypeNS},
		{"example.", "old.example.", TypeDNAME},
		{"example.", "ns.example.", TypeA},
		{"set.example.", "set.example.", TypeNS},
		{"10.in-addr.arpa.", "2.0.10.in-addr.arpa.", TypeNS},
		{"dn.example.", "dn.example.", TypeDNAME},
	} {
		c.Add(r.origin, &Record{Name: r.name, Type: r.t})
	}
	return c
}

// TestCutsAuthority: a zone is authoritative for its names but at and
// below a more specific origin of the set, below a delegation, beside one
// (where it keeps the NS and DS records only) and below a DNAME's owner;
// a name outside its origin is left as written.
func TestCutsAuthority(t *testing.T) {
	c := testCuts()
	for _, tc := range []struct {
		desc, name, origin string
		want               Authority
	}{
		{desc: "apex", name: "example.", origin: "example.", want: AuthAll},
		{desc: "plain name", name: "www.example.", origin: "example.", want: AuthAll},
		{desc: "delegation point", name: "child.example.", origin: "example.", want: AuthDelegation},
		{desc: "glue below a delegation", name: "ns.child.example.", origin: "example.", want: AuthNone},
		{desc: "parent's copy of a child apex", name: "set.example.", origin: "example.", want: AuthNone},
		{desc: "parent's copy below a child apex", name: "a.set.example.", origin: "example.", want: AuthNone},
		{desc: "child's apex", name: "set.example.", origin: "set.example.", want: AuthAll},
		{desc: "child's own name", name: "a.set.example.", origin: "set.example.", want: AuthAll},
		{desc: "parent's NS below a child cuts nothing in it", name: "x.sub.set.example.", origin: "set.example.", want: AuthAll},
		{desc: "DNAME owner", name: "old.example.", origin: "example.", want: AuthAll},
		{desc: "below a DNAME owner", name: "a.old.example.", origin: "example.", want: AuthNone},
		{desc: "below an apex DNAME", name: "a.dn.example.", origin: "dn.example.", want: AuthNone},
		{desc: "apex of an apex DNAME", name: "dn.example.", origin: "dn.example.", want: AuthAll},
		{desc: "outside the origin", name: "a.old.example.", origin: "other.", want: AuthAll},
		{desc: "reverse below a nested reverse zone", name: "5.1.0.10.in-addr.arpa.", origin: "10.in-addr.arpa.", want: AuthNone},
		{desc: "reverse in the nested reverse zone", name: "5.1.0.10.in-addr.arpa.", origin: "1.0.10.in-addr.arpa.", want: AuthAll},
		{desc: "reverse below a reverse delegation", name: "5.2.0.10.in-addr.arpa.", origin: "10.in-addr.arpa.", want: AuthNone},
		{desc: "reverse beside both", name: "5.3.0.10.in-addr.arpa.", origin: "10.in-addr.arpa.", want: AuthAll},
		{desc: "escaped dot ends no label", name: `ns\.child.example.`, origin: "example.", want: AuthAll},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := c.Authority(tc.name, tc.origin); got != tc.want {
				t.Errorf("Authority(%q, %q) = %d, want %d", tc.name, tc.origin, got, tc.want)
			}
		})
	}
}

// TestAuthorityKeeps: at a delegation the parent keeps its NS and DS
// records and nothing else.
func TestAuthorityKeeps(t *testing.T) {
	for _, tc := range []struct {
		auth Authority
		t    Type
		want bool
	}{
		{auth: AuthAll, t: TypeA, want: true},
		{auth: AuthDelegation, t: TypeNS, want: true},
		{auth: AuthDelegation, t: TypeDS, want: true},
		{auth: AuthDelegation, t: TypeA, want: false},
		{auth: AuthDelegation, t: TypeAAAA, want: false},
		{auth: AuthNone, t: TypeNS, want: false},
	} {
		if got := tc.auth.Keeps(tc.t); got != tc.want {
			t.Errorf("Authority(%d).Keeps(%v) = %v, want %v", tc.auth, tc.t, got, tc.want)
		}
	}
}

// TestCutsNamespace: the origins and cuts that the set answers for, and
// the zones that may have occluded records.
func TestCutsNamespace(t *testing.T) {
	c := testCuts()
	for _, tc := range []struct {
		desc, name        string
		inSet, mayOcclude bool
		delegation, dname bool
	}{
		{desc: "parent of a nested origin", name: "example.", inSet: true, mayOcclude: true},
		{desc: "nested origin with a cut above it only", name: "set.example.", inSet: true},
		{desc: "reverse parent with a delegation", name: "10.in-addr.arpa.", inSet: true, mayOcclude: true},
		{desc: "apex DNAME", name: "dn.example.", inSet: true, mayOcclude: true, dname: true},
		{desc: "delegation", name: "child.example.", delegation: true},
		{desc: "below a delegation", name: "ns.child.example."},
		{desc: "DNAME owner", name: "old.example.", inSet: true, dname: true},
		{desc: "below a DNAME", name: "a.old.example."},      // its records are elsewhere (review 17)
		{desc: "below an apex DNAME", name: "a.dn.example."}, // the same: the apex's origin is no exception
		{desc: "NS below a nested origin", name: "sub.set.example.", inSet: true},
		{desc: "outside", name: "example.net."},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := c.InSet(tc.name); got != tc.inSet {
				t.Errorf("InSet(%q) = %v, want %v", tc.name, got, tc.inSet)
			}
			if got := c.MayOcclude(tc.name); got != tc.mayOcclude {
				t.Errorf("MayOcclude(%q) = %v, want %v", tc.name, got, tc.mayOcclude)
			}
			if got := c.IsDelegation(tc.name); got != tc.delegation {
				t.Errorf("IsDelegation(%q) = %v, want %v", tc.name, got, tc.delegation)
			}
			if got := c.IsDNAME(tc.name); got != tc.dname {
				t.Errorf("IsDNAME(%q) = %v, want %v", tc.name, got, tc.dname)
			}
		})
	}
	if !c.MayOccludeAny() || !c.HasDNAME() {
		t.Errorf("MayOccludeAny %v, HasDNAME %v: want both", c.MayOccludeAny(), c.HasDNAME())
	}
	if flat := NewCuts([]string{"example.", "example.net."}); flat.MayOccludeAny() || flat.HasDNAME() {
		t.Errorf("zones side by side: MayOccludeAny %v, HasDNAME %v", flat.MayOccludeAny(), flat.HasDNAME())
	}
}
