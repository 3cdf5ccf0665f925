package fix

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// fixHost queues the AAAA records of one host (queueAAAA), in the zones
// that lack them. Each zone's records are edited in that zone: the
// address derived from an A record goes after the host's last A record in
// the zone of that A record, so that an internal view's address never
// lands in the external view's file. An A record written twice is one address (an
// RRset is a set, RFC 2181 5): the plan derives it once, and each zone
// gets its AAAA once.
func (f *fixer) fixHost(name string) error {
	as := f.lackingAAAA(name)
	if len(as) == 0 {
		return nil
	}
	if line, ok := f.opt.Plan.ListEntry(name); ok && viewsDiffer(as) {
		return &plan.Error{File: f.opt.Plan.File, Line: line, Err: fmt.Errorf(
			"hosts entry %s: its A records differ between the views (%s), and a list of addresses goes with them in the order the zones are read: "+
				"write the entry as a mapping from each A record's address to its IPv6 address", name, aByZone(as))}
	}
	v4, at := distinctAddrs(as, f.v4[:0], f.at[:0])
	f.v4, f.at = v4, at
	addrs, err := f.opt.Plan.Derive(name, v4)
	if nc := (*plan.NotCoveredError)(nil); errors.As(err, &nc) {
		f.noPlan(name, as[0].r, nc)
		return nil
	}
	if err != nil {
		return err
	}
	if f.external && f.notExternal(name, as[0].r, addrs) {
		return nil
	}
	// Derive maps the distinct addresses one to one, and records lists
	// each zone's records together.
	for start := 0; start < len(as); {
		end := start + 1
		for end < len(as) && as[end].z == as[start].z {
			end++
		}
		if err := oneEach(name, as[start:end], v4, addrs, at[start:end]); err != nil {
			return err
		}
		reads, err := f.readings(as[start:end], as[end-1])
		if err != nil {
			return err
		}
		if err := f.queueAAAA(name, as[start:end], reads, v4, addrs, at[start:end]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// oneEach refuses a hosts entry written as a mapping that gives two A
// addresses of one zone's records as one IPv6 address, which fix would
// write twice (review 21 #4); two views may share one.
func oneEach(name string, as []ref, v4 []netip.Addr, addrs []plan.Address, at []int) error {
	if len(addrs) == 0 || addrs[0].Source.Host == "" { // derived: one each
		return nil
	}
	for j := range as {
		for k := range j {
			a, b := addrs[at[j]], addrs[at[k]]
			if a.Addr == b.Addr && at[j] != at[k] {
				return &plan.Error{File: a.Source.File, Line: a.Source.Line, Err: fmt.Errorf("hosts entry %s: %s and %s, A records of %s in %s, get one address, %s (want one each)",
					name, v4[at[k]], v4[at[j]], name, as[j].z.File, a.Addr)}
			}
		}
	}
	return nil
}

// viewsDiffer reports whether the zones of the A records as (a zone's
// records together) hold different addresses: then the order of the
// host's distinct addresses depends on which zone is read first (test 21
// #1: the internal and external addresses of a list changed places with
// the order of the command line).
func viewsDiffer(as []ref) bool {
	var first, cur []netip.Addr
	for i, a := range as {
		if i > 0 && a.z != as[i-1].z { // the next zone's records
			if first == nil {
				first = cur
			} else if !slices.Equal(first, cur) {
				return true
			}
			cur = nil
		}
		if ad := a.r.Addr(); !slices.Contains(cur, ad) {
			cur = append(cur, ad)
		}
	}
	return first != nil && !slices.Equal(first, cur)
}

// aByZone says which A addresses of as each zone holds, for an error.
func aByZone(as []ref) string {
	var b strings.Builder
	for i, a := range as {
		switch {
		case i == 0:
		case a.z != as[i-1].z:
			fmt.Fprintf(&b, " in %s; ", as[i-1].z.File)
		default:
			b.WriteString(", ")
		}
		b.WriteString(a.r.Addr().String())
	}
	fmt.Fprintf(&b, " in %s", as[len(as)-1].z.File)
	return b.String()
}

// lackingAAAA returns the A records of name in the zones that hold no AAAA
// of it. Without views that is every A record: the audit reported the name
// for having no AAAA in the whole set. With views (two zones of one origin,
// see audit.Run), the audit reports a name when one view lacks its AAAA,
// and the view whose zone has an AAAA of the name already gets no other.
func (f *fixer) lackingAAAA(name string) []ref {
	as, aaaas := f.records(name, zone.TypeA), f.records(name, zone.TypeAAAA)
	if len(aaaas) == 0 {
		return as
	}
	return slices.DeleteFunc(as, func(a ref) bool {
		return slices.ContainsFunc(aaaas, func(x ref) bool { return x.z == a.z })
	})
}

// distinctAddrs appends to v4 the distinct addresses of the A records
// as, in the order of their first record, and to at, for each record,
// the place of its address among them. A host has a few A records as a
// rule; a long list is looked up in a map rather than searched.
func distinctAddrs(as []ref, v4 []netip.Addr, at []int) ([]netip.Addr, []int) {
	var seen map[netip.Addr]int
	if len(as) > 16 {
		seen = make(map[netip.Addr]int, len(as))
	}
	for _, a := range as {
		addr := a.r.Addr()
		j, ok := seen[addr]
		if seen == nil {
			j = slices.Index(v4, addr)
			ok = j >= 0
		}
		if !ok {
			j = len(v4)
			v4 = append(v4, addr)
			if seen != nil {
				seen[addr] = j
			}
		}
		at = append(at, j)
	}
	return v4, at
}

// readings returns how many times the zone reads the A record last, one
// of the host's A records of that zone as: once for each record of as at
// its place with its address. A file $INCLUDEd twice under one origin is
// read twice, each of its records with it, and so is the new line that
// goes after last (the file gets the line once, see zone.Editor.InsertAfter):
// the verification expects it as many times. A $GENERATE may make one
// record twice in one reading: its line counts once, as before, so a
// $GENERATE in a file read twice still reads back wrong and is refused.
func (f *fixer) readings(as []ref, last ref) (int, error) {
	n := 0
	for _, a := range as {
		if a.r.Pos() == last.r.Pos() && a.r.Addr() == last.r.Addr() {
			n++
		}
	}
	if n < 2 {
		return 1, nil // the editor is asked only in the rare case
	}
	gen, err := f.ed.Generates(last.r.Pos())
	if err != nil || gen {
		return 1, err
	}
	return n, nil
}

// queueAAAA queues the AAAA records of host name for its A records as in
// one zone, in reading order, the last read that many times (readings),
// whose addresses are at the places at of v4 (addrs: what the plan gives
// each), each address once. insertAAAA writes each after the A record
// that anchors says (the last, as a rule), with the TTL BIND serves the A
// records with (aTTL).
func (f *fixer) queueAAAA(name string, as []ref, reads int, v4 []netip.Addr, addrs []plan.Address, at []int) error {
	ttl := aTTL(as)
	an, err := f.anchors(as, reads)
	if err != nil {
		return err
	}
	var taken []bool // only when a place may come twice
	if !consecutive(at) {
		taken = make([]bool, len(addrs))
	}
	for _, j := range at {
		if taken != nil {
			if taken[j] {
				continue
			}
			taken[j] = true
		}
		after, n, own := an.anchor(v4[j])
		rec := zone.Record{Name: name, Type: zone.TypeAAAA, Class: after.r.Class, TTL: ttl}
		rec.SetAddr(addrs[j].Addr)
		rec.SetPos(after.r.Pos())
		f.res.Added = append(f.res.Added, Addition{Zone: after.z, Record: rec, Source: f.source(addrs[j].Source),
			reads: int32(n), lineTTL: after.r.TTL, ownTTL: own})
		f.from = append(f.from, v4[j].As4())
	}
	return nil
}

// anchors holds what anchor asks of the A records as of one host in one
// zone, found once for them all: a pool of 32k addresses in a file
// $INCLUDEd twice is 32k AAAA records, and asking as for each was
// quadratic.
type anchors struct {
	as        []ref
	reads     int  // how many times the zone reads the last A record (readings)
	mixedLast bool // the zone reads the last A line with several TTLs (mixedReadings)
	// The rest is made when reads >= 2 only.
	n     map[posAddr]int    // the readings of each place and address: its records in as
	final map[netip.Addr]int // the index in as of each address's last A record
	once  map[netip.Addr]int // and of its last A record whose line is read once
	mixed map[zone.Pos]bool  // the places read with several TTLs (mixedReadings)
}

// posAddr is an A record's place and address.
type posAddr struct {
	pos  zone.Pos
	addr netip.Addr
}

// anchors gathers what anchor needs for the A records as of one zone, the
// last of them read reads times (readings). The $GENERATE check is made
// once for each place read two or more times, as readings makes it.
func (f *fixer) anchors(as []ref, reads int) (*anchors, error) {
	an := &anchors{as: as, reads: reads, mixedLast: mixedReadings(as, as[len(as)-1])}
	if reads < 2 {
		return an, nil
	}
	an.n = make(map[posAddr]int, len(as))
	an.final = make(map[netip.Addr]int, len(as))
	an.once = make(map[netip.Addr]int, len(as))
	an.mixed = make(map[zone.Pos]bool)
	ttls := make(map[zone.Pos]uint32, len(as)) // the first TTL read at each place
	for _, a := range as {
		pos := a.r.Pos()
		an.n[posAddr{pos, a.r.Addr()}]++
		if t, ok := ttls[pos]; !ok {
			ttls[pos] = a.r.TTL
		} else if t != a.r.TTL {
			an.mixed[pos] = true
		}
	}
	gen := map[zone.Pos]bool{} // f.ed.Generates of the places read twice or more
	for i, a := range as {
		pos, addr := a.r.Pos(), a.r.Addr()
		an.final[addr] = i
		k := posAddr{pos, addr}
		if an.n[k] < 2 {
			an.once[addr] = i
			continue
		}
		g, ok := gen[pos]
		if !ok {
			var err error
			if g, err = f.ed.Generates(pos); err != nil {
				return nil, err
			}
			gen[pos] = g
		}
		if g {
			an.n[k] = 1 // a $GENERATE's line counts once (readings)
			an.once[addr] = i
		}
	}
	return an, nil
}

// anchor returns the A record that the AAAA derived from addr goes after,
// how many times the zone reads it (readings) and whether the zone reads
// its line with several TTLs (mixedReadings), so the new line writes its
// own: the last A record, read reads times, as a rule. When the zone reads
// the last A line more than once (a part $INCLUDEd twice), it is the last
// A record of addr whose line is read once, else the last A record of
// addr: the AAAA goes beside the A it comes from, in that A's file, and is
// read as few times as one of its A lines is. In the part, each reading
// would add it again, a duplicate-record that the zone's own A line does
// not have (test 5, defect 6; retest N2).
func (an *anchors) anchor(addr netip.Addr) (ref, int, bool) {
	if an.reads < 2 {
		return an.as[len(an.as)-1], an.reads, an.mixedLast
	}
	i, ok := an.once[addr]
	if !ok {
		i = an.final[addr]
	}
	after := an.as[i]
	pos := after.r.Pos()
	return after, an.n[posAddr{pos, addr}], an.mixed[pos]
}

// aTTL returns the TTL BIND serves the A records as of one zone with
// (zone.RRsetTTL), the TTL of their new AAAA: the audit's
// aaaa-ttl-mismatch compares with it too. Copying the last A line's TTL
// made a new finding where the A records' TTLs differ.
func aTTL(as []ref) uint32 {
	if len(as) == 1 {
		return as[0].r.TTL
	}
	rs := make([]*zone.Record, len(as))
	for i, a := range as {
		rs[i] = a.r
	}
	return zone.RRsetTTL(rs).TTL
}

// mixedReadings reports whether the zone reads the line of after, one of
// the A records as, with more than one TTL: a file $INCLUDEd twice under
// two $TTLs. A new line there that writes no TTL would read with each
// reading's, where BIND serves one (aTTL), so it writes its own.
func mixedReadings(as []ref, after ref) bool {
	for _, a := range as {
		if a.r.Pos() == after.r.Pos() && a.r.TTL != after.r.TTL {
			return true
		}
	}
	return false
}

// consecutive reports whether at counts up by one from its first place.
func consecutive(at []int) bool {
	for k, j := range at {
		if j != at[0]+k {
			return false
		}
	}
	return true
}

// insertAAAA writes the new AAAA records into the zones: each host's
// records of one zone go after its last A record there (their Pos), in
// the A line's layout, in one insertion.
func (f *fixer) insertAAAA() error {
	added := f.res.Added
	for start := 0; start < len(added); {
		first := &added[start].Record
		end := start + 1
		for end < len(added) && sameInsertion(&added[start], &added[end]) {
			end++
		}
		lines := make([]string, 0, end-start)
		for i := start; i < end; i++ {
			line, err := f.ed.Sibling(&added[i].Record, added[i].lineTTL, added[i].ownTTL, "AAAA", added[i].Record.Addr().String())
			if err != nil {
				return err
			}
			added[i].Line = line
			lines = append(lines, line)
		}
		if err := f.ed.InsertAfter(first.Pos(), lines...); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// sameInsertion reports whether new records a and b are of one host and
// go after the same A record of one zone.
func sameInsertion(a, b *Addition) bool {
	return a.Zone == b.Zone && a.Record.Name == b.Record.Name && a.Record.Pos() == b.Record.Pos()
}

// source returns s.String(), made once for each plan entry.
func (f *fixer) source(s plan.Source) string {
	text, ok := f.sources[s]
	if !ok {
		if f.sources == nil {
			f.sources = map[plan.Source]string{}
		}
		text = s.String()
		f.sources[s] = text
	}
	return text
}

// noPlan leaves host name, whose first A record is first, without an
// AAAA: no plan entry covers it (err says which address).
func (f *fixer) noPlan(name string, first *zone.Record, err *plan.NotCoveredError) {
	f.res.Left = append(f.res.Left, audit.NoPlan().Finding(name, first.Pos(),
		fmt.Sprintf("%s needs an AAAA and no address-plan entry covers %s", name, err.What())))
}
