package zone

// markRuns numbers the runs of records, in reading order: a run is the
// records BIND's loader reads one after another with one owner name, and
// ends where a record of another owner is read, or at an $INCLUDE: where
// the included file starts and where it ends, whatever it holds (an empty
// file, a comment, a $TTL: named-checkzone -D, BIND 9.18). The reader sets
// each record's run to the number of those starts and ends passed before
// it (feeder.parts), which markRuns turns into the run's number. BIND keeps
// the records of a run as one list per type and adds each list to the
// zone as a whole, which decides the TTL an RRset is served with
// (RRsetTTL). A $GENERATE between two records of one owner does not end
// the run in BIND; here its records do (a simplification: such a layout
// is rare).
func markRuns(recs []Record) {
	var run, part uint32
	for i := range recs {
		r := &recs[i]
		if i > 0 && (r.Name != recs[i-1].Name || r.run != part) {
			run++
		}
		part, r.run = r.run, run
	}
}

// RRsetTTL returns the record whose TTL BIND serves an RRset with: rs
// holds the RRset's records of one zone. In a run
// (markRuns) the first record's TTL stands for the others ("TTL set to
// prior TTL"), and each run added later replaces the TTL of the set, so
// the set is served with the TTL of the first record of its last run:
// `h 3600 A`, `h 300 A` is served at 3600, and with a record of another
// owner between them at 300 (named-checkzone -D, BIND 9.18). fix gives a
// new AAAA this TTL, and aaaa-ttl-mismatch compares with it, so that fix
// writes no AAAA that its audit then reports. nil for no records. The
// records may come in any order: the last run is the one of the highest
// number, and its first record the one of the lowest line (a run lies in
// one file), so that rrdiff, which sorts them, asks the same.
func RRsetTTL(rs []*Record) *Record {
	var first *Record
	for _, r := range rs {
		if first == nil || r.run > first.run || r.run == first.run && r.line < first.line {
			first = r
		}
	}
	return first
}

// RunEnd returns the place in recs (a zone's Records) of the last record
// of the run (markRuns) that holds recs[i]. A line of another owner goes
// after it, never inside the run: there it would split the run in two
// and change the TTL BIND serves the owner's RRsets with (RRsetTTL).
func RunEnd(recs []Record, i int) int {
	for i+1 < len(recs) && recs[i+1].run == recs[i].run {
		i++
	}
	return i
}
