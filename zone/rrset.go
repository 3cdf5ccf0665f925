package zone

// markRuns numbers the runs of records, in reading order: a run is the
// records BIND's loader reads one after another with one owner name, and
// ends where a record of another owner is read, or a file starts or ends
// ($INCLUDE: the line number goes back, or the file changes). BIND keeps
// the records of a run as one list per type and adds each list to the
// zone as a whole, which decides the TTL an RRset is served with
// (RRsetTTL). A $GENERATE between two records of one owner does not end
// the run in BIND; here its records do (a simplification: such a layout
// is rare).
func markRuns(recs []Record) {
	var run uint32
	for i := range recs {
		if i > 0 && newRun(&recs[i-1], &recs[i]) {
			run++
		}
		recs[i].run = run
	}
}

// newRun reports whether r, read right after prev, starts a new run. The
// files are compared by name: the parts of a file read side by side
// (segments) may each hold the name apart.
func newRun(prev, r *Record) bool {
	return r.Name != prev.Name || r.line < prev.line || r.file != prev.file && (r.file == nil || prev.file == nil || *r.file != *prev.file)
}

// RRsetTTL returns the record whose TTL BIND serves an RRset with: rs
// holds the RRset's records of one zone in reading order. In a run
// (markRuns) the first record's TTL stands for the others ("TTL set to
// prior TTL"), and each run added later replaces the TTL of the set, so
// the set is served with the TTL of the first record of its last run:
// `h 3600 A`, `h 300 A` is served at 3600, and with a record of another
// owner between them at 300 (named-checkzone -D, BIND 9.18). fix gives a
// new AAAA this TTL, and aaaa-ttl-mismatch compares with it, so that fix
// writes no AAAA that its audit then reports. nil for no records.
func RRsetTTL(rs []*Record) *Record {
	var first *Record
	for i, r := range rs {
		if i == 0 || r.run != rs[i-1].run {
			first = r
		}
	}
	return first
}
