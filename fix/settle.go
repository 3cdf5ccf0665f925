package fix

import (
	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// settler works out what follows from hosts left out of zones: a host
// left out of a zone loses its line in a file that other zones read too,
// which they then must not get either (aaaa-shared-file), and a pool
// name must not get an address that a member of its pool lost
// (halfPools). Each record left out is worked out once, from a queue, so
// the decision reaches its fixed point in time linear in the records.
type settler struct {
	f       *fixer
	dropped []bool                  // the records of Added left out, by place
	gone    []bool                  // the records of Added left out whose loss is worked out, by place
	queue   []loss                  // the records left out, in order; those from next on are still to work out
	out     map[hostZone]bool       // the hosts left out of each zone
	readers map[string][]*zone.Zone // the zones that read each file that several read (fileReaders)
	gets    map[placeAddr][]int32   // the places in Added of the new lines in those files, by place and address
	lines   map[placeAddr]*line     // what is known of each of these lines
	keeps   map[placeZone]int32     // how many records of each line in each zone are not left out
	names   *places                 // each name's places in Added, made when a host is left out
	pools   *poolIndex              // made when a record is left out and a pool has pool names to fix
}

// loss is a record of Added left out (its place) and the check whose
// rule left its host out, which the findings that follow from it name.
type loss struct {
	i     int
	check *audit.Check
}

// settle leaves out of their zones the hosts of seeds (dropMixedScopes'
// pool-scope-mixed), the pool names whose AAAA set would not be their
// members' (oddHeads), every host whose new line would go into a file that
// another zone reads without getting the same line (aaaa-shared-file),
// the pool names that would get an address a member of their pool lost
// and the members whose address their pool name cannot get (halfPools),
// each with its finding, until nothing more follows; then it takes their
// records out of Added.
func (f *fixer) settle(seeds map[hostZone]bool) {
	s := newSettler(f)
	s.oddHeads(seeds)
	for i := range f.res.Added {
		a := &f.res.Added[i]
		if key := (hostZone{a.Record.Name, a.Zone}); seeds[key] && !s.dropped[i] {
			s.out[key] = true
			s.leave(i, audit.PoolScopeMixed())
		}
	}
	s.sharedFirst()
	for next := 0; next < len(s.queue); next++ {
		s.gone[s.queue[next].i] = true
		s.twins(s.queue[next])
		s.halfPools(s.queue[next])
	}
	kept := f.res.Added[:0]
	for i, a := range f.res.Added {
		if !s.dropped[i] {
			kept = append(kept, a)
		}
	}
	f.res.Added = kept
}

// line is what settle knows of a new line in a file that several zones
// read: how many zones still get it, a reader found without it (once
// without it, a zone stays so: records are only ever left out), and the
// zones of the records left out that twins worked out. Every zone that
// reads the file is checked once for each line, not once for each zone
// that gets it: V views that $INCLUDE a pool's part were V² steps for
// each address (tester 9's D1).
type line struct {
	zones  int
	lack   *zone.Zone
	twined [2]*zone.Zone
}

// placeZone is a new line in one zone.
type placeZone struct {
	placeAddr
	z *zone.Zone
}

// newSettler returns a settler of f's records, with the new lines in
// files that several zones read indexed by place and address.
func newSettler(f *fixer) *settler {
	s := &settler{f: f, dropped: make([]bool, len(f.res.Added)), gone: make([]bool, len(f.res.Added)), out: map[hostZone]bool{},
		readers: fileReaders(f.zones), gets: map[placeAddr][]int32{}, lines: map[placeAddr]*line{}, keeps: map[placeZone]int32{}}
	if len(s.readers) == 0 {
		return s
	}
	for i := range f.res.Added {
		a := &f.res.Added[i]
		if _, ok := s.readers[a.Record.Pos().File]; ok {
			k := placeAddr{a.Record.Pos(), a.Record.Addr()}
			s.gets[k] = append(s.gets[k], int32(i))
			if s.lines[k] == nil {
				s.lines[k] = &line{}
			}
			if s.keeps[placeZone{k, a.Zone}]++; s.keeps[placeZone{k, a.Zone}] == 1 {
				s.lines[k].zones++
			}
		}
	}
	return s
}

// leave leaves record i out, for the reason of check, and queues it.
func (s *settler) leave(i int, check *audit.Check) {
	if !s.dropped[i] {
		s.unshare(i)
	}
	s.dropped[i] = true
	s.queue = append(s.queue, loss{i, check})
}

// unshare counts record i, about to be left out, out of its line's.
func (s *settler) unshare(i int) {
	a := &s.f.res.Added[i]
	k := placeAddr{a.Record.Pos(), a.Record.Addr()}
	if l := s.lines[k]; l != nil {
		if s.keeps[placeZone{k, a.Zone}]--; s.keeps[placeZone{k, a.Zone}] == 0 {
			l.zones--
		}
	}
}

// leaveHost leaves the host of key out of its zone, all of its new
// records there, and reports whether it was not left out already.
func (s *settler) leaveHost(key hostZone, check *audit.Check) bool {
	if s.out[key] {
		return false
	}
	s.out[key] = true
	names := s.places()
	for i := names.first(key.name); i >= 0; i = names.next[i] {
		if s.f.res.Added[i].Zone == key.z && !s.dropped[i] {
			s.leave(i, check)
		}
	}
	return true
}

// places returns each name's places in Added, made on first use.
func (s *settler) places() *places {
	if s.names == nil {
		p := newPlaces(s.f.res.Added)
		s.names = &p
	}
	return s.names
}

// views returns the places in Added of the pools' names by view, made on
// first use.
func (s *settler) views() *viewPlaces {
	return s.f.viewPlaces()
}

// sharedFirst leaves out, in its zone, every host whose new line would go
// into a file that another zone reads and that zone gets no line of that
// address at that place: it has an AAAA already (two views $INCLUDE one
// part, and one view has the host's AAAA in its own file), or a rule left
// the host out there. That zone would read the line too, and the
// read-back check would stop the whole run (the last tester's D1).
// Zones that get the same line, such as two zones of two origins that
// $INCLUDE one part, share it.
func (s *settler) sharedFirst() {
	if len(s.gets) == 0 {
		return
	}
	for i := range s.f.res.Added {
		a := &s.f.res.Added[i]
		if _, ok := s.readers[a.Record.Pos().File]; !ok || s.dropped[i] {
			continue
		}
		if other := s.lacking(a); other != nil && s.leaveHost(hostZone{a.Record.Name, a.Zone}, audit.AAAASharedFile()) {
			s.f.res.Left = append(s.f.res.Left, s.f.sharedFinding(a, other))
		}
	}
}

// lacking returns a zone that reads the file of new record a's line and
// gets no line of a's address at that place, or nil. a is not left out,
// so its zone is not one.
func (s *settler) lacking(a *Addition) *zone.Zone {
	k := placeAddr{a.Record.Pos(), a.Record.Addr()}
	l, readers := s.lines[k], s.readers[k.pos.File]
	if l.zones == len(readers) {
		return nil
	}
	if l.lack == nil {
		for _, y := range readers {
			if s.keeps[placeZone{k, y}] == 0 {
				l.lack = y
				break
			}
		}
	}
	return l.lack
}

// twins leaves out the hosts whose line, in another zone, is the line of
// the record l left out: the zone of l reads that file too, and would
// read the line without getting it. The first record of a line left out
// takes the other zones' records of it, the first of another zone the
// rest: the records of any more have nothing left to take.
func (s *settler) twins(l loss) {
	a := &s.f.res.Added[l.i]
	k := placeAddr{a.Record.Pos(), a.Record.Addr()}
	st := s.lines[k]
	switch {
	case st == nil || st.twined[1] != nil || st.twined[0] == a.Zone:
		return
	case st.twined[0] == nil:
		st.twined[0] = a.Zone
	default:
		st.twined[1] = a.Zone
	}
	for _, j := range s.gets[k] {
		b := &s.f.res.Added[j]
		if !s.dropped[j] && b.Zone != a.Zone && s.leaveHost(hostZone{b.Record.Name, b.Zone}, audit.AAAASharedFile()) {
			s.f.res.Left = append(s.f.res.Left, s.f.sharedFinding(b, a.Zone))
		}
	}
}
