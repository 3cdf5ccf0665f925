package audit

import (
	"strings"
)

// The states of a name's chain, as a loopFinder knows them.
const (
	chainUnknown uint8 = iota
	chainWalked        // on the walk under way
	chainEnds          // ends: at data, at a name without records, or outside the zone set
	chainLoops         // loops: on a loop, or leading into one
)

// maxLoopNames is the most names of a loop its description lists before
// it cuts the loop short, and the first again: a message stays one
// readable line.
const maxLoopNames = 6

// loopFinder finds the CNAME chains that loop, taking each step as
// discovery does (step: a name's own CNAME, the CNAME of the wildcard that
// covers a name without records, the DNAME above it), but only inside the
// zone set (outside). What it learns of a name it keeps, so that the many
// aliases that point into one long chain walk it once between them: a walk
// stops at the first name whose chain is known. It allocates nothing per
// owner walked: one byte per owner of the index, made at the first walk.
// The names without records of their own (below a DNAME, or covered by a
// wildcard) get an entry each in bare, and the names whose chain loops one
// each in entry, maps made when the first is met.
type loopFinder struct {
	ix    *index
	state []uint8          // by owner id
	bare  map[string]uint8 // by name, for the names without records
	// entry holds, for each name whose chain loops, the first name of the
	// loop that its chain reaches: itself when it is on the loop.
	entry map[string]string
	walk  []string // the names of the walk under way, in order
	ids   []int32  // their owner ids, -1 for a name without records
}

// loops reports whether the chain from name loops, never reaching data.
func (l *loopFinder) loops(name string) bool {
	if l.state == nil {
		l.state = make([]uint8, len(l.ix.heads))
	}
	l.walk, l.ids = l.walk[:0], l.ids[:0]
	for {
		id := l.ix.idOf(name)
		switch l.get(id, name) {
		case chainEnds:
			return l.settle(chainEnds, "")
		case chainLoops:
			return l.settle(chainLoops, l.entry[name])
		case chainWalked: // back at a name of this walk: the loop starts there
			l.closeLoop(id, name)
			return l.settle(chainLoops, name)
		}
		l.set(id, name, chainWalked)
		l.walk, l.ids = append(l.walk, name), append(l.ids, id)
		next, ok := l.next(id, name)
		if !ok {
			return l.settle(chainEnds, "")
		}
		name = next
	}
}

// closeLoop marks the names of the walk from the one met again (owner
// id, or name) on as the loop, each its own entry, and leaves the names
// before it on the walk.
func (l *loopFinder) closeLoop(id int32, name string) {
	i := len(l.walk) - 1
	for ; i > 0; i-- {
		if id >= 0 && l.ids[i] == id || id < 0 && l.walk[i] == name {
			break
		}
	}
	if l.entry == nil {
		l.entry = map[string]string{}
	}
	for j := i; j < len(l.walk); j++ {
		l.set(l.ids[j], l.walk[j], chainLoops)
		l.entry[l.walk[j]] = l.walk[j]
	}
	l.walk, l.ids = l.walk[:i], l.ids[:i]
}

// settle gives the names of the walk state st and, for a loop, entry,
// the first name of the loop their chain reaches. It reports whether
// they loop.
func (l *loopFinder) settle(st uint8, entry string) bool {
	for i, name := range l.walk {
		l.set(l.ids[i], name, st)
		if st == chainLoops {
			l.entry[name] = entry
		}
	}
	return st == chainLoops
}

// get returns what is known of the chain of name (owner id, or -1).
func (l *loopFinder) get(id int32, name string) uint8 {
	if id >= 0 {
		return l.state[id]
	}
	return l.bare[name]
}

// set records what is known of the chain of name (owner id, or -1).
func (l *loopFinder) set(id int32, name string, st uint8) {
	if id >= 0 {
		l.state[id] = st
		return
	}
	if l.bare == nil {
		l.bare = map[string]uint8{}
	}
	l.bare[name] = st
}

// next returns the name the chain goes on to from name (owner id, or -1):
// step's. ok is false where the chain ends, and where it has left the
// zone set (outside), where it is not judged.
func (l *loopFinder) next(id int32, name string) (string, bool) {
	if l.ix.outside(name) {
		return "", false
	}
	next, _, ok := l.ix.step(id, name)
	return next, ok
}

// describe names the loop that the chain of a CNAME at owner to target
// runs into, where loops(target) said it loops: from owner when owner is
// on the loop, else from the first name of the loop the chain reaches,
// round to that name again ("a. -> b. -> a."). A loop longer than
// maxLoopNames is cut short ("a. -> b. -> … -> a.").
func (l *loopFinder) describe(owner, target string) string {
	first := l.entry[target]
	if l.entry[owner] == owner {
		first = owner
	}
	var b strings.Builder
	b.WriteString(first)
	name := first
	for range maxLoopNames - 1 {
		next, ok := l.next(l.ix.idOf(name), name)
		if !ok { // cannot be: the loop leads back to first
			return b.String()
		}
		b.WriteString(" -> ")
		b.WriteString(next)
		if next == first {
			return b.String()
		}
		name = next
	}
	b.WriteString(" -> … -> ")
	b.WriteString(first)
	return b.String()
}
