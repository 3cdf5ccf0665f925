package fix

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// holders are the names that have or get each new address that may
// collide (by its 16 bytes: a key without pointers hashes faster and
// leaves the collector nothing to scan): new holds the places in Added
// of the new AAAA records of each address that more than one of them
// gets, old the AAAA records of the zones at each new address, and v4
// the IPv4 addresses of the names of old that the plan gives one of
// their addresses for. maybe marks the places in Added whose address is
// in new or old.
type holders struct {
	new   map[[16]byte][]int32
	old   map[[16]byte][]*zone.Record
	v4    map[string][]netip.Addr
	maybe []bool
}

// rival is another name that has or gets an address: a new AAAA record
// (add, its place in Added) or, when rec is set, an AAAA of the zones.
type rival struct {
	add int
	rec *zone.Record
}

// dropCollisions leaves without an AAAA every host that would get an
// address that another name has or gets, unless that name has the IPv4
// address the host gets it for: a pool name and its servers share their
// IPv4 addresses, and so their IPv6 ones, while two names at different
// IPv4 addresses on one IPv6 address are a plan that contradicts itself
// or the zones. Both hosts of such a pair are left out, whichever comes
// first, each with an aaaa-collision finding that names the other.
func (f *fixer) dropCollisions() {
	h := f.holders()
	if len(h.new) == 0 && len(h.old) == 0 {
		return
	}
	verdicts := map[addrFrom]*rival{} // by address and the IPv4 address it is given for
	drop := map[string]*rival{}
	var order []int // for each host dropped, the place of its new record that collides
	for i := range f.res.Added {
		name := f.res.Added[i].Record.Name
		if !h.maybe[i] || drop[name] != nil {
			continue
		}
		key := addrFrom{f.res.Added[i].Record.Addr().As16(), f.from[i]}
		r, ok := verdicts[key]
		if !ok {
			r = f.rivalOf(key, h)
			verdicts[key] = r
		}
		if r != nil && f.rivalName(*r) != name {
			drop[name] = r
			order = append(order, i)
		}
	}
	f.leaveOut(order, drop)
}

// leaveOut adds the aaaa-collision finding of each host dropped, whose
// new record at a place of order collides with its rival in drop, and
// takes the host's new records out of Added.
func (f *fixer) leaveOut(order []int, drop map[string]*rival) {
	if len(order) == 0 {
		return
	}
	v4 := f.addressesOf(drop)
	for _, i := range order {
		f.res.Left = append(f.res.Left, f.collision(i, *drop[f.res.Added[i].Record.Name], v4))
	}
	kept := 0
	for i, a := range f.res.Added {
		if drop[a.Record.Name] == nil {
			f.res.Added[kept], f.from[kept] = a, f.from[i]
			kept++
		}
	}
	clear(f.res.Added[kept:])
	f.res.Added, f.from = f.res.Added[:kept], f.from[:kept] // from stays beside Added: completeSets reads it
}

// addrFrom is a new address and the IPv4 address the plan gives it for.
type addrFrom struct {
	addr [16]byte
	from [4]byte
}

// holders finds the names that have or get the new addresses, where
// more than one does. The new addresses are looked up in one map and the
// zones read once for their AAAA records; the IPv4 addresses of the
// names found there take one more reading, only when there are any.
func (f *fixer) holders() holders {
	first := make(map[[16]byte]int32, len(f.res.Added))
	h := holders{new: map[[16]byte][]int32{}, old: map[[16]byte][]*zone.Record{}}
	for i := range f.res.Added {
		x := f.res.Added[i].Record.Addr().As16()
		j, ok := first[x]
		switch {
		case !ok:
			first[x] = int32(i)
		case h.new[x] == nil:
			h.new[x] = []int32{j, int32(i)}
		default:
			h.new[x] = append(h.new[x], int32(i))
		}
	}
	for _, z := range f.zones {
		for k := range z.Records {
			if r := &z.Records[k]; r.Type == zone.TypeAAAA {
				if _, ok := first[r.Addr().As16()]; ok {
					h.old[r.Addr().As16()] = append(h.old[r.Addr().As16()], r)
				}
			}
		}
	}
	h.maybe = make([]bool, len(f.res.Added))
	for x := range h.old {
		h.maybe[first[x]] = true
	}
	for _, is := range h.new {
		for _, i := range is {
			h.maybe[i] = true
		}
	}
	h.v4 = f.heldFor(h, first)
	return h
}

// heldFor returns, for each name of h.old, those of its IPv4 addresses
// that the plan gives a new address for, which is enough to say whether
// it has the IPv4 address that a new address is given for. Only the A
// records at those IPv4 addresses are looked up by name.
func (f *fixer) heldFor(h holders, first map[[16]byte]int32) map[string][]netip.Addr {
	if len(h.old) == 0 {
		return nil
	}
	v4, from := map[string][]netip.Addr{}, map[[4]byte]bool{}
	for x, rs := range h.old {
		from[f.from[first[x]]] = true
		for _, j := range h.new[x] {
			from[f.from[j]] = true
		}
		for _, r := range rs {
			v4[r.Name] = nil
		}
	}
	f.eachA(func(r *zone.Record) {
		if a := r.Addr(); a.Is4() && from[a.As4()] {
			if as, ok := v4[r.Name]; ok && !slices.Contains(as, a) {
				v4[r.Name] = append(as, a)
			}
		}
	})
	return v4
}

// eachA calls fn with every A record of the zones.
func (f *fixer) eachA(fn func(r *zone.Record)) {
	for _, z := range f.zones {
		for k := range z.Records {
			if r := &z.Records[k]; r.Type == zone.TypeA {
				fn(r)
			}
		}
	}
}

// rivalOf returns the first name that has the address of key, else the
// first that gets it, and does not have the IPv4 address it is given
// for; nil when there is none. A name that gets the address for the same
// IPv4 address has that IPv4 address.
func (f *fixer) rivalOf(key addrFrom, h holders) *rival {
	v4 := netip.AddrFrom4(key.from)
	for _, r := range h.old[key.addr] {
		if !slices.Contains(h.v4[r.Name], v4) {
			return &rival{rec: r}
		}
	}
	for _, j := range h.new[key.addr] {
		if f.from[j] != key.from && !f.hasA(f.res.Added[j].Record.Name, v4) {
			return &rival{add: int(j)}
		}
	}
	return nil
}

// hasA reports whether a host that gets an AAAA has an A record at v4.
func (f *fixer) hasA(name string, v4 netip.Addr) bool {
	return slices.ContainsFunc(f.names[name], func(x ref) bool { return x.r.Type == zone.TypeA && x.r.Addr() == v4 })
}

// addressesOfNew returns the distinct IPv4 addresses of a host that gets
// an AAAA.
func (f *fixer) addressesOfNew(name string) []netip.Addr {
	v4, _ := distinctAddrs(f.records(name, zone.TypeA), nil, nil)
	return v4
}

// addressesOf returns every IPv4 address of the names of the zones'
// records among the rivals, each once, for the findings to list.
func (f *fixer) addressesOf(rivals map[string]*rival) map[string][]netip.Addr {
	v4 := map[string][]netip.Addr{}
	for _, r := range rivals {
		if r.rec != nil {
			v4[r.rec.Name] = nil
		}
	}
	if len(v4) == 0 {
		return v4
	}
	f.eachA(func(r *zone.Record) {
		if as, ok := v4[r.Name]; ok && !slices.Contains(as, r.Addr()) {
			v4[r.Name] = append(as, r.Addr())
		}
	})
	return v4
}

// rivalName returns the name of r.
func (f *fixer) rivalName(r rival) string {
	if r.rec != nil {
		return r.rec.Name
	}
	return f.res.Added[r.add].Record.Name
}

// collision returns the aaaa-collision finding of the host of new record
// i, whose address r has or gets, at the host's first A record; v4
// holds the IPv4 addresses of r's name when r is a record of the zones.
func (f *fixer) collision(i int, r rival, v4 map[string][]netip.Addr) audit.Finding {
	a := &f.res.Added[i]
	name := a.Record.Name
	msg := fmt.Sprintf("%s gets no AAAA: %v, which the address plan gives for %v (%s), ",
		name, a.Record.Addr(), netip.AddrFrom4(f.from[i]), a.Source)
	var rel audit.Related
	if r.rec != nil {
		msg += fmt.Sprintf("is already an AAAA of %s (%s)", r.rec.Name, aList(v4[r.rec.Name]))
		rel = audit.Related{Pos: r.rec.Pos(), Note: "the AAAA of " + r.rec.Name}
	} else {
		other := f.res.Added[r.add].Record.Name
		msg += fmt.Sprintf("is also what it gives %s (%s)", other, aList(f.addressesOfNew(other)))
		rel = audit.Related{Pos: f.records(other, zone.TypeA)[0].r.Pos(), Note: "the A record of " + other}
	}
	return audit.AAAACollision().Finding(name, f.records(name, zone.TypeA)[0].r.Pos(), msg, rel)
}

// aList writes IPv4 addresses as "A 10.0.0.1, 10.0.0.2", at most three
// of them, or "no A record".
func aList(v4 []netip.Addr) string {
	if len(v4) == 0 {
		return "no A record"
	}
	const most = 3
	s := make([]string, 0, most+1)
	for _, a := range v4[:min(len(v4), most)] {
		s = append(s, a.String())
	}
	if len(v4) > most {
		s = append(s, fmt.Sprintf("and %d more", len(v4)-most))
	}
	return "A " + strings.Join(s, ", ")
}
