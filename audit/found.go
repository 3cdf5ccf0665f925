package audit

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/zonegen/zonegen/zone"
)

// found is an audit's findings where the checks put them, in chunks, with
// references to them in report order: the findings of a million records
// are not copied into one list beside their chunks.
//
// A check that has a finding for most of a million names (missing-aaaa)
// keeps notes instead of findings: a note is a third of a finding's size
// and has no message yet. The message is made from the index when the
// finding is read (Check.describe), most often by a report that writes it
// at once: at 1M records, 56 MB of findings and 42 MB of messages less.
type found struct {
	chunks [][]Finding
	notes  []noteList
	ix     *index  // what the notes are read from
	hosts  []*host // the hosts discovery made, by owner id: a note's pool member (memberRelated)
	refs   []findingRef
}

// note is a finding kept small until it is read: 8 bytes without
// pointers, which the collector does not scan. Its check is its list's;
// its name is its owner's; its severity is its check's.
type note struct {
	rec   int32 // the record it points at, by its place in index.recs
	owner int32 // the owner of the index it is about
}

// noteList is a chunk of the notes of one check.
type noteList struct {
	check *Check
	notes []note
}

// findingRef is a finding's place in found: chunks[c][i], or, for c past
// the chunks, notes[c-len(chunks)][i].
type findingRef struct{ c, i int32 }

// note returns the note r refers to and its check, or nil for a whole
// finding.
func (f *found) note(r findingRef) (*note, *Check) {
	if c := int(r.c) - len(f.chunks); c >= 0 {
		return &f.notes[c].notes[r.i], f.notes[c].check
	}
	return nil, nil
}

// at returns the finding r refers to, making a note's message.
func (f *found) at(r findingRef) Finding {
	var fd Finding
	if msg := f.appendAt(r, &fd, nil); msg != nil {
		fd.Message = string(msg)
	}
	return fd
}

// appendAt fills fd with the finding r refers to, but for a note's
// message, which it appends to msg.
func (f *found) appendAt(r findingRef, fd *Finding, msg []byte) []byte {
	n, c := f.note(r)
	if n == nil {
		*fd = f.chunks[r.c][r.i]
		return msg
	}
	fd.Check, fd.Severity, fd.Name, fd.Pos, fd.Message, fd.Related = c.ID, c.Severity, f.ix.name(n.owner), f.ix.recs[n.rec].Pos(), "", f.related(n.owner)
	return c.describe(f.ix, n.owner, msg)
}

// related returns the related records of a note about an owner: its pool's
// record when it is a pool member, made (once for all the members of the
// pool) when the finding is read, not when it is noted.
func (f *found) related(owner int32) []Related {
	if int(owner) < len(f.hosts) {
		if h := f.hosts[owner]; h != nil {
			return h.memberRelated()
		}
	}
	return nil
}

// severity returns the severity of the finding r refers to, without making
// a message.
func (f *found) severity(r findingRef) Severity {
	if n, c := f.note(r); n != nil {
		return c.Severity
	}
	return f.chunks[r.c][r.i].Severity
}

// sortFound puts references to the findings of all chunks and notes in
// report order. The checks report mostly in file order (missing-aaaa, with
// most of a million findings, always does), so it sorts the references
// chunk by chunk on every core, where a chunk in order costs one pass, and
// merges the runs the chunks make, the two shortest first, a long merge in
// parts on every core: about one comparison a finding instead of twenty.
func sortFound(chunks [][]Finding, notes []noteList, ix *index) found {
	f := found{chunks: chunks, notes: notes, ix: ix}
	starts := make([]int, 1, len(chunks)+len(notes)+1) // where each chunk's references start
	for _, c := range chunks {
		starts = append(starts, starts[len(starts)-1]+len(c))
	}
	for _, c := range notes {
		starts = append(starts, starts[len(starts)-1]+len(c.notes))
	}
	f.refs = make([]findingRef, starts[len(starts)-1])
	cores := runtime.GOMAXPROCS(0)
	f.sortChunks(starts, cores)
	f.refs = mergeRuns(f.refs, starts[1:], f.compare, cores) // the last start, the end, cuts nothing
	return f
}

// sortChunks writes the references to each chunk at its start in refs and
// sorts them, a chunk at a time on each of up to cores cores.
func (f *found) sortChunks(starts []int, cores int) {
	chunks := len(starts) - 1
	var next atomic.Int64 // the next chunk to sort
	var wg sync.WaitGroup
	for range min(cores, chunks) {
		wg.Go(func() {
			for c := next.Add(1) - 1; c < int64(chunks); c = next.Add(1) - 1 {
				part := f.refs[starts[c]:starts[c+1]]
				for i := range part {
					part[i] = findingRef{int32(c), int32(i)}
				}
				if !slices.IsSortedFunc(part, f.compare) {
					slices.SortFunc(part, f.compare)
				}
			}
		})
	}
	wg.Wait()
}

// compare orders two findings by file, line, check, name and message. A
// note's name is read, and its message made, only when all before is equal.
func (f *found) compare(a, b findingRef) int {
	pa, ca := f.head(a)
	pb, cb := f.head(b)
	if pa.File != pb.File { // most often one string: no bytes compared
		return strings.Compare(pa.File, pb.File)
	}
	if c := cmp.Compare(pa.Line, pb.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(ca, cb); c != 0 {
		return c
	}
	if c := cmp.Compare(f.name(a), f.name(b)); c != 0 {
		return c
	}
	return cmp.Compare(f.message(a), f.message(b))
}

// head returns the position and check a finding is ordered by first.
func (f *found) head(r findingRef) (zone.Pos, string) {
	if n, c := f.note(r); n != nil {
		return f.ix.recs[n.rec].Pos(), c.ID
	}
	fd := &f.chunks[r.c][r.i]
	return fd.Pos, fd.Check
}

func (f *found) name(r findingRef) string {
	if n, _ := f.note(r); n != nil {
		return f.ix.name(n.owner)
	}
	return f.chunks[r.c][r.i].Name
}

func (f *found) message(r findingRef) string {
	if n, c := f.note(r); n != nil {
		return string(c.describe(f.ix, n.owner, nil))
	}
	return f.chunks[r.c][r.i].Message
}

// chunkList is a list that grows by chunks and never copies what it holds:
// a check may report a million times.
type chunkList[T any] struct {
	full [][]T
	last []T
}

// add makes room for one more element and returns it, zero. The caller
// sets it field by field: writing a whole Finding at once would copy it
// with the collector's bulk write barrier while a collection runs.
func (l *chunkList[T]) add() *T {
	if len(l.last) == cap(l.last) {
		if len(l.last) > 0 {
			l.full = append(l.full, l.last)
		}
		l.last = make([]T, 0, min(4096, 2*cap(l.last)+16))
	}
	l.last = l.last[:len(l.last)+1]
	return &l.last[len(l.last)-1]
}

// chunks returns the chunks that hold the list, in order.
func (l *chunkList[T]) chunks() [][]T {
	if len(l.last) == 0 {
		return l.full
	}
	return append(l.full, l.last)
}
