package zone

// A name is served by the zone of the set with the longest origin that
// holds it, and a zone is not authoritative below its own delegations
// (RFC 1034 §4.2.1). The records a zone has where it is not authoritative
// are occluded: a parent's copy of the names at and below a child zone of
// the set (the child's apex included), and its records below a
// delegation (glue included) or beside one, but for the delegation's NS
// and DS records. So are a zone's records below a DNAME's owner, which
// the DNAME redirects (RFC 6672 §2.4). BIND loads them and never serves
// them (docs/decisions.md, "Occluded records"). Cuts holds this rule for
// the audit, whose index leaves such records out, and for fix, which adds
// no record there.

// Cuts holds what makes the zones of one namespace (a zone set, or one
// view of it, where each origin is one zone's) not authoritative for some
// of the names they hold: their origins, their delegations and their
// DNAME owners. Build it with NewCuts and Add; it is then only read, and
// may be read by several goroutines at once.
type Cuts struct {
	origins map[string]bool
	// delegations holds the owners of NS records that are no origin of
	// the set, where their zone is authoritative. The names at and below
	// one lie in a child zone the set does not hold (InSet). Empty for
	// most zone sets.
	delegations map[string]bool
	// dnames holds the owners of DNAME records (an apex too), where their
	// zone is authoritative. Empty for most zone sets.
	dnames map[string]bool
	// nested holds the origins of the zones with another origin of the
	// set or a delegation strictly below their origin, or a DNAME at or
	// below it: the zones that may have occluded records (MayOcclude).
	// Empty for most zone sets.
	nested map[string]bool
}

// NewCuts returns the cuts of a namespace whose zones have the given
// origins, before any NS or DNAME record is added.
func NewCuts(origins []string) *Cuts {
	c := &Cuts{origins: make(map[string]bool, len(origins)), delegations: map[string]bool{},
		dnames: map[string]bool{}, nested: map[string]bool{}}
	for _, o := range origins {
		c.origins[o] = true
	}
	for _, o := range origins {
		c.markNested(ParentName(o))
	}
	return c
}

// Add notes record r of the zone with the given origin, when it cuts
// names off that zone: a DNAME, or an NS record that is no origin of the
// set (a delegation). A record the zone is not authoritative for, at or
// below a more specific origin of the set, cuts nothing; nor does a
// record of another type. r must be of its zone's class (BIND refuses
// any other).
func (c *Cuts) Add(origin string, r *Record) {
	switch {
	case r.Type != TypeNS && r.Type != TypeDNAME, c.belowNestedOrigin(r.Name, origin):
	case r.Type == TypeDNAME:
		if !c.dnames[r.Name] {
			c.dnames[r.Name] = true
			c.markNested(r.Name)
		}
	case !c.origins[r.Name] && !c.delegations[r.Name]:
		c.delegations[r.Name] = true
		c.markNested(ParentName(r.Name))
	}
}

// belowNestedOrigin reports whether name lies at or below an origin of the
// set that lies strictly below origin, the origin of the zone that has a
// record of name: that zone is then not authoritative for it.
func (c *Cuts) belowNestedOrigin(name, origin string) bool {
	if !InZone(name, origin) {
		return false
	}
	for a := name; a != origin && a != ""; a = ParentName(a) {
		if c.origins[a] {
			return true
		}
	}
	return false
}

// markNested notes in nested every origin of the set at or above name.
func (c *Cuts) markNested(name string) {
	for a := name; a != ""; a = ParentName(a) {
		if c.origins[a] {
			c.nested[a] = true
		}
	}
}

// MayOcclude reports whether the zone with the given origin may have
// occluded records: only such a zone's names need Authority.
func (c *Cuts) MayOcclude(origin string) bool { return c.nested[origin] }

// MayOccludeAny reports whether some zone may have occluded records. Most
// zone sets have none.
func (c *Cuts) MayOccludeAny() bool { return len(c.nested) > 0 }

// Authority says which records of one owner in one zone are
// authoritative data of the owner.
type Authority uint8

// The authorities a zone may have over its records of one name.
const (
	AuthAll        Authority = iota // every record
	AuthDelegation                  // the NS and DS records of a delegation, which the parent holds
	AuthNone                        // none: the name is another zone's, or a DNAME redirects it
)

// Keeps reports whether a record of type t is authoritative.
func (a Authority) Keeps(t Type) bool {
	switch a {
	case AuthAll:
		return true
	case AuthDelegation:
		return t == TypeNS || t == TypeDS
	}
	return false
}

// Authority returns which records of name in the zone with the given
// origin are authoritative, walking up from name to the origin: none at
// or below another origin of the set, below a delegation or below a
// DNAME's owner (RFC 6672 §2.4); at a delegation, its NS and DS records.
// A record outside its zone's origin (kept by a fragment, a file without
// SOA) is left as it is, and a nil Cuts occludes nothing.
func (c *Cuts) Authority(name, origin string) Authority {
	if c == nil || !InZone(name, origin) {
		return AuthAll
	}
	auth := AuthAll
	for a := name; a != origin && a != ""; a = ParentName(a) {
		switch {
		case c.origins[a], a != name && c.dnames[a]:
			return AuthNone
		case !c.delegations[a]:
		case a == name:
			auth = AuthDelegation
		default:
			return AuthNone
		}
	}
	if name != origin && c.dnames[origin] {
		return AuthNone
	}
	return auth
}

// Serves reports whether the zone of the given origin is authoritative for
// its records of type t of name in some view that reads it, views holding
// the cuts of each (Authority): a zone every view reads serves a name that
// one view's child zone occludes in the other views (test 17 D4).
func Serves(views []*Cuts, name, origin string, t Type) bool {
	for _, c := range views {
		if !c.MayOcclude(origin) || c.Authority(name, origin).Keeps(t) {
			return true
		}
	}
	return false
}

// InSet reports whether a name lies in a zone of the set: at or below the
// origin of one, and not at or below a delegation of that zone to a child
// zone the set does not hold, nor below a DNAME's owner (RFC 6672 §2.4),
// whose records, if any, would be elsewhere. It walks up the labels of the
// name to the closest origin; a child zone the set holds is an origin, and
// so it is met before its delegation.
func (c *Cuts) InSet(name string) bool {
	for below := false; ; below = true {
		if below && c.dnames[name] { // an apex DNAME too, which Authority occludes below
			return false
		}
		if c.origins[name] {
			return true
		}
		if c.delegations[name] {
			return false
		}
		_, parent, ok := CutLabel(name)
		if !ok || parent == "" {
			return c.origins["."]
		}
		name = parent
	}
}

// IsOrigin reports whether name is the origin of a zone of the set.
func (c *Cuts) IsOrigin(name string) bool { return c.origins[name] }

// IsDelegation reports whether name is a delegation: it has NS records
// where its zone is authoritative, and is no origin of the set.
func (c *Cuts) IsDelegation(name string) bool { return c.delegations[name] }

// IsDNAME reports whether name has a DNAME record where its zone is
// authoritative.
func (c *Cuts) IsDNAME(name string) bool { return c.dnames[name] }

// HasDNAME reports whether some zone of the set has a DNAME record where
// it is authoritative. Most zone sets have none.
func (c *Cuts) HasDNAME() bool { return len(c.dnames) > 0 }
