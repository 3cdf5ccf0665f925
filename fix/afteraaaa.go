package fix

import "github.com/zonegen/zonegen/zone"

// aaaaPlace is the place after a pool name's last AAAA record in a zone
// (lastAAAA), and the completion that may go there (i, its place in
// Added; placeAfterAAAA).
type aaaaPlace struct {
	i     int
	after ref  // the pool name's last AAAA record in the zone, in reading order
	reads int  // how many times the zone reads it (readings)
	own   bool // the zone reads its line with several TTLs (mixedReadings)
}

// lastAAAA returns the place after the last of a pool name's AAAA records
// aaaas of one zone, in reading order: the last record of the RRset's
// last run (zone.RRsetTTL), which the new line joins, so that the TTL
// BIND serves the RRset with stays the first record's of that run, the
// completion's TTL. None (after.r nil) when there is no AAAA, or the last
// is a $GENERATE's, whose records share its line and whose owner the
// line cannot copy.
func (f *fixer) lastAAAA(aaaas []ref) (aaaaPlace, error) {
	if len(aaaas) == 0 {
		return aaaaPlace{}, nil
	}
	last := aaaas[len(aaaas)-1]
	if gen, err := f.ed.Generates(last.r.Pos()); err != nil || gen {
		return aaaaPlace{}, err
	}
	reads, err := f.readings(aaaas, last)
	if err != nil {
		return aaaaPlace{}, err
	}
	return aaaaPlace{after: last, reads: reads, own: mixedReadings(aaaas, last)}, nil
}

// placeAfterAAAA moves the completions of moves after their pool name's
// last AAAA record in the zone, where a DNS engineer looks for the
// RRset's next record, from the A record where a new AAAA of their IPv4
// address goes (tester: `sip`'s ::22 went above its ::21). A completion
// stays at the A record unless movable: the zones that read the new line
// must be the zones that get it, each reading it as often as before or
// less (completeZone), which is what the A record's place was chosen for
// (views, shared $INCLUDEs, a part read twice). All are decided before
// any moves, since a move changes the place others are grouped by.
func (f *fixer) placeAfterAAAA(moves []aaaaPlace) {
	if len(moves) == 0 {
		return
	}
	at := f.sharers(moves)
	readers := fileReaders(f.zones)
	cand := make(map[int]*aaaaPlace, len(moves))
	for k := range moves {
		cand[moves[k].i] = &moves[k]
	}
	ok := make([]bool, len(moves))
	decided := make(map[placeAddr]bool, len(moves)) // one answer for the completions of one line (movable)
	for k := range moves {
		m := &moves[k]
		key := f.placeOf(m.i)
		can, seen := decided[key]
		if !seen {
			can = f.movable(m, at[key], cand, readers[m.after.r.Pos().File])
			decided[key] = can
		}
		ok[k] = can
	}
	for k := range moves {
		if ok[k] {
			f.moveAfter(&moves[k])
		}
	}
}

// placeOf returns the place and address of new record i of Added.
func (f *fixer) placeOf(i int) placeAddr {
	a := &f.res.Added[i]
	return placeAddr{a.Record.Pos(), a.Record.Addr()}
}

// sharers returns, for the place and address of each completion of moves,
// the places in Added of the new records there: the zones that share its
// line.
func (f *fixer) sharers(moves []aaaaPlace) map[placeAddr][]int {
	at := make(map[placeAddr][]int, len(moves))
	for _, m := range moves {
		at[f.placeOf(m.i)] = nil
	}
	for i := range f.res.Added {
		k := f.placeOf(i)
		if list, ok := at[k]; ok {
			at[k] = append(list, i)
		}
	}
	return at
}

// movable reports whether the completion of m may go after its pool
// name's last AAAA record: every new record at its place (group: their
// places in Added) is a completion that may go after that same record
// (cand), and the zones that read that record's file (readers, nil for
// a file that one zone reads) are exactly the zones of those records.
// The line is then read by the zones that get it and by no other, as at
// the A record. The answer is the same for every completion of group,
// which all go after that record or none does: it is worked out once for
// the line, since V views that share it made V completions of V steps
// each (tester 9's D1). Zones that share a line in a file that they all read
// move it together or not at all: one zone's line moved and the other's
// not would be two lines that each zone reads (aaaa-shared-file).
func (f *fixer) movable(m *aaaaPlace, group []int, cand map[int]*aaaaPlace, readers []*zone.Zone) bool {
	pos := m.after.r.Pos()
	zones := make(map[*zone.Zone]bool, len(group))
	for _, j := range group {
		o := cand[j]
		if o == nil || o.after.r.Pos() != pos {
			return false
		}
		zones[f.res.Added[j].Zone] = true
	}
	if readers == nil {
		return len(zones) == 1 && zones[m.after.z]
	}
	if len(zones) != len(readers) {
		return false
	}
	for _, z := range readers {
		if !zones[z] {
			return false
		}
	}
	return true
}

// moveAfter puts the completion of m after its pool name's last AAAA
// record, whose line is then the model of the new one (zone.Editor.Sibling).
func (f *fixer) moveAfter(m *aaaaPlace) {
	a := &f.res.Added[m.i]
	a.Record.SetPos(m.after.r.Pos())
	a.Record.Class = m.after.r.Class
	a.reads, a.lineTTL, a.ownTTL, a.afterAAAA = int32(m.reads), m.after.r.TTL, m.own, true
}
