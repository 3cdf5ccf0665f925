package audit

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/zonegen/zonegen/zone"
)

// The index numbers the owners in two steps. Every core finds the runs of
// records of one owner in parts of the zones and hashes each run's name
// (hashRuns); then one core, in reading order, looks each run up in the
// table of names and gives an owner its id when it is new (number). Ids
// go by first appearance, so the second step cannot be shared out; the
// first, which reads every record and every name, can.

// partSize is the most records of a part: parts small enough that the
// cores share out a zone of a million records, large enough that a part
// costs little more than its records.
const partSize = 1 << 14

// A part is a stretch of one zone's records, rs[lo:hi]. at is the place of
// its first record in reading order over all the zones, in the list of
// owners the index makes; the hashes of its runs are kept from there too
// (a part has at most as many runs as records).
type part struct {
	rs     []zone.Record
	lo, hi int
	at     int
	runs   int        // runs of one owner in the part, set by hashRuns
	origin string     // of the part's zone
	class  zone.Class // of the part's zone
	// cutters holds the places in rs of the part's records that may cut
	// the names below their owner off the zone (NS, DNAME), set by
	// hashRuns: rare, so that findCuts reads them and not every record.
	cutters []int32
	// atCut holds the places in rs of the records whose owner is at or
	// below a cut of the zone, set by occlude.
	atCut []int32
}

// splitParts cuts the zones into parts and returns them with the number
// of records in all.
func splitParts(zones []*zone.Zone) ([]part, int) {
	var parts []part
	at := 0
	for _, z := range zones {
		for lo := 0; lo < len(z.Records); lo += partSize {
			hi := min(lo+partSize, len(z.Records))
			parts = append(parts, part{rs: z.Records, lo: lo, hi: hi, at: at, origin: z.Origin, class: z.Class})
			at += hi - lo
		}
	}
	return parts, at
}

// hashRuns finds the runs of records of one owner in the part. It marks
// the first record of each run with runStart in starts and puts the hash
// of its name into hashes, both from the part's at on. It notes the
// part's cutters on the way, and marks occluded each record of another
// class than its zone's (CH A in an IN zone): BIND refuses it and the
// reader keeps it with a bind-divergence note; left out of the index, it
// makes no host, no pool address, no target that resolves, and gets no
// finding but the note.
func (pt *part) hashRuns(starts []int32, hashes []uint32, hash func(string) uint32) {
	n, prev := 0, ""
	for i := pt.lo; i < pt.hi; i++ {
		if pt.rs[i].Class != pt.class {
			starts[pt.at+i-pt.lo] = occluded
		} else if isCutter(pt.rs[i].Type) {
			pt.cutters = append(pt.cutters, int32(i))
		}
		name := pt.rs[i].Name
		if i > pt.lo && name == prev {
			continue
		}
		starts[pt.at+i-pt.lo] |= runStart
		hashes[pt.at+n] = hash(name)
		n, prev = n+1, name
	}
	pt.runs = n
}

// The marks number leaves in the list of owners before it puts the ids
// there: runStart on the first record of each run (hashRuns), occluded on
// each record that is not authoritative data of its owner (occlude) and
// on each record of another class than its zone's (hashRuns).
const (
	runStart int32 = 1 << iota
	occluded
)

// eachPart runs f on every part, on every core, parts handed out one by
// one as the cores get free.
func eachPart(parts []part, f func(pt *part)) {
	var next atomic.Int64 // the next part to hand out
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(parts)); i = next.Add(1) - 1 {
				f(&parts[i])
			}
		})
	}
	wg.Wait()
}

// hashAll runs hashRuns on every part, on every core, and returns the
// number of runs in all: at least the number of owners, and as a rule
// that number, since an owner's records are written together.
func hashAll(parts []part, starts []int32, hashes []uint32, hash func(string) uint32) int {
	eachPart(parts, func(pt *part) { pt.hashRuns(starts, hashes, hash) })
	runs := 0
	for _, pt := range parts {
		runs += pt.runs
	}
	return runs
}

// number gives every owner its id, in first-seen order, and fills the
// index's table of names and its heads. It returns the owner id of each
// record in reading order, -1 for an occluded record, which the index
// leaves out, and leaves the number of records of owner id in
// starts[id+2] for place. The table is sized by the runs, so it never
// grows (at 1M records, 8 MB where a guess from the number of records
// took 16). An owner whose records are all occluded gets no id.
func (ix *index) number(zones []*zone.Zone) (owner []int32) {
	parts, total := splitParts(zones)
	ix.ids = newNameTable(0, ix.name)
	owner = make([]int32, total) // marks (runStart, occluded) until numbered
	hashes := make([]uint32, total)
	runs := hashAll(parts, owner, hashes, ix.ids.hash)
	ix.findCuts(parts)
	ix.occlude(parts, owner)
	ix.ids.reserve(runs)
	ix.heads = make([]*zone.Record, 0, runs)
	ix.starts = make([]int32, 2, runs+2)
	// The place of each run's name in the table is read a few runs ahead
	// (nameTable.warm): the numbering spends most of its time waiting for
	// those reads at 5M records.
	const ahead = 16
	for _, pt := range parts {
		hs := hashes[pt.at : pt.at+pt.runs]
		for _, h := range hs[:min(ahead, len(hs))] {
			ix.ids.warm(h)
		}
		k, id := -1, int32(-1) // id -1: the run's owner is not looked up yet
		for i := pt.lo; i < pt.hi; i++ {
			o := &owner[pt.at+i-pt.lo]
			if *o&runStart != 0 { // the first record of the next run
				k++
				if k+ahead < len(hs) {
					ix.ids.warm(hs[k+ahead])
				}
				id = -1
			}
			if *o&occluded != 0 {
				*o = -1
				continue
			}
			if id < 0 {
				id = ix.ownerID(hs[k], &pt.rs[i])
			}
			*o = id
			ix.starts[id+2]++
		}
	}
	return owner
}

// ownerID returns the id of the owner of head, the first record of its
// run that the index keeps, whose name has hash h: a new id, with head
// for its first record, when the name is new.
func (ix *index) ownerID(h uint32, head *zone.Record) int32 {
	id, seen := ix.ids.getHashed(h, head.Name)
	if !seen {
		id = int32(len(ix.heads))
		ix.heads = append(ix.heads, head)
		ix.ids.add(h, id)
		ix.starts = append(ix.starts, 0)
	}
	return id
}
