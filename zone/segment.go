package zone

import (
	"errors"
	"io"
	"io/fs"
	"math"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"
)

// A large file is parsed in segments, side by side on every core. A
// segment starts at a record with an owner of its own, after a $TTL, so
// that the state a parser needs there (origin, default TTL, previous
// owner) is known from a quick scan of the lines before it; the records of
// the segments, joined in order, are those of a reading in one go
// (TestSegmentsReadAsOne, FuzzRead). A file with $INCLUDE or $GENERATE,
// or without $TTL, is read in one go.
type segment struct {
	start, end int64 // byte range in the file
	line       int   // first line, 1-based
	lines      int   // lines in the segment: no more records than that
	origin     string
	ttl        ttlState
}

// The sizes that make a file worth splitting, and its segments.
const (
	segmentMinSize = 8 << 20
	segmentRecords = 1 << 17
)

// readSegments reads a large file in segments: a planner scans the file
// for the places where it can be split, and each segment is parsed, side
// by side on every core, as soon as the planner knows where it ends. The
// segments fill parts of one array, a line's worth of room each, which are
// then closed up: the records are not copied into a second array. It
// reports false when the file is to be read in one go: too small, or not
// to be split (the segments parsed so far are then dropped). lines is the
// file's number of lines.
func readSegments(fsys fs.FS, name string, z *Zone, opt reading, lines int) bool {
	minSize, per := int64(segmentMinSize), segmentRecords
	if opt.segmentRecords > 0 { // tests split small files
		minSize, per = 0, opt.segmentRecords
	}
	r, size, err := openRegular(fsys, name)
	if err != nil || size < minSize || runtime.GOMAXPROCS(0) < 2 && opt.segmentRecords == 0 {
		return false
	}
	defer r.Close()
	if _, ok := r.(io.ReaderAt); !ok {
		return false
	}
	if lines > opt.Limits.MaxRecords {
		return false // the reading in one go says where the limit is passed
	}
	sr := &segmentReader{fsys: fsys, name: name, z: z, opt: opt, lines: lines,
		parts: make([]*Zone, lines/per+2)} // at least per records a segment: room enough
	sr.g.SetLimit(runtime.GOMAXPROCS(0))
	split := sr.plan(&planner{origin: z.Origin, per: per}, newScanner(r, size, z.File, opt.Limits), size)
	return sr.finish(split)
}

// segmentReader parses the segments of one file side by side (readSegments).
type segmentReader struct {
	fsys  fs.FS
	name  string
	z     *Zone
	opt   reading
	lines int
	all   []Record // made at the first segment; nil when the records are handed over (ReadFileEach)
	parts []*Zone  // each segment's reading, in order
	at, n int      // the room of all given out, and the segments started
	g     errgroup.Group
}

// plan has the planner find the segments and starts the parsing of each
// as soon as it is known; records handed over (ReadFileEach) cannot be
// taken back, so then the whole file is planned before any of it is
// parsed. It reports whether the file is split.
func (sr *segmentReader) plan(p *planner, sc *scanner, size int64) bool {
	if sr.opt.each == nil {
		return p.plan(sc, size, sr.parse)
	}
	var segs []segment
	split := p.plan(sc, size, func(s segment) { segs = append(segs, s) })
	if split {
		for _, s := range segs {
			sr.parse(s)
		}
	}
	return split
}

// parse starts the parsing of segment s into its room: a part of all, a
// line's worth a record, or room of its own when the records are handed
// over.
func (sr *segmentReader) parse(s segment) {
	var room []Record
	switch {
	case sr.opt.each != nil:
		room = make([]Record, 0, min(s.lines, handBatch))
	case sr.all == nil:
		sr.all = make([]Record, 0, sr.lines) // a file that is not split does without
		fallthrough
	default:
		room = sr.all[sr.at:sr.at:min(sr.at+s.lines, sr.lines)]
	}
	sr.at = min(sr.at+s.lines, sr.lines)
	part := &sr.parts[sr.n]
	sr.n++
	sr.g.Go(func() (err error) {
		*part, err = readSegment(sr.fsys, sr.name, sr.z, sr.opt, s, room)
		return err
	})
}

// finish waits for the segments and joins them into z. It reports false
// when the file is to be read in one go instead.
func (sr *segmentReader) finish(split bool) bool {
	err := sr.g.Wait()
	switch {
	case err != nil && sr.opt.each != nil:
		sr.z.Err = &Error{Pos: Pos{File: sr.z.File}, Err: err}
		return true
	case err != nil || !split:
		return false
	case join(sr.z, sr.parts[:sr.n], sr.all, sr.opt):
		return true
	case sr.opt.each != nil:
		// The planner refuses such a file, and records handed over
		// cannot be taken back for a reading in one go.
		sr.z.Err = &Error{Pos: Pos{File: sr.z.File}, Err: errors.New("the zone's class is not IN after a split reading")}
		return true
	}
	return false
}

// plan scans a file and hands each segment to parse as soon as its end is
// known. It reports false, after handing over none or some, when the file
// is not to be split.
func (p *planner) plan(sc *scanner, size int64, parse func(segment)) bool {
	cur := segment{line: 1, origin: p.origin}
	split := false
	for {
		e, err := sc.next()
		if err == io.EOF {
			break
		}
		if err != nil || !p.entry(e) {
			return false
		}
		if p.next != nil {
			cur.end, cur.lines = p.next.start, p.next.line-cur.line
			parse(cur)
			cur, p.next, split = *p.next, nil, true
		}
	}
	if !split {
		return false
	}
	cur.end, cur.lines = size, sc.line-cur.line+1
	parse(cur)
	return true
}

// planner follows the state of a file through its entries.
type planner struct {
	next       *segment // a segment that starts at the entry just taken
	origin     string
	ttl        ttlState
	count      int  // records since the last split
	per        int  // records a segment should hold
	prevSimple bool // the record before is of a type miekg/dns reads within its line
	soaSeen    bool
	// the owner of the record before, as written, and the origin then,
	// when known (near a split, and not a blank owner)
	prevKnown  bool
	prevOwner  []byte
	prevOrigin string
}

// entry takes one entry; it reports false when the file cannot be split.
// A split goes before a record with an owner of its own, after a record
// of a type whose data miekg/dns reads without looking past its line: a
// reader that stops at the split then reads the record before it as one
// that goes on would. It goes where the owner changes, so that no run of
// records of one owner (ownerRun: its spelling and its TTLs) spans two
// segments.
func (p *planner) entry(e *entry) bool {
	if e.directive() {
		p.prevSimple = false
		return p.directive(e)
	}
	if !p.soaSeen {
		soa, class := soaClass(e)
		p.soaSeen = soa
		if soa && class != "" && !strings.EqualFold(class, "IN") {
			return false // the segments take IN for the class
		}
	}
	p.count++
	if p.count >= p.per && p.prevSimple && !e.blankOwner() && p.ttl.byDirective && p.newOwner(e) {
		p.next = &segment{start: e.start, line: e.line, origin: p.origin, ttl: p.ttl}
		p.count = 0
	}
	p.prevSimple = p.count+1 >= p.per && simpleType(e)
	p.prevKnown = p.count+1 >= p.per && !e.blankOwner()
	if p.prevKnown {
		p.prevOwner = append(p.prevOwner[:0], e.text[:tokenEnd(e.text, 0)]...)
		p.prevOrigin = p.origin
	}
	return true
}

// newOwner reports whether record entry e has another owner than the
// record before it, whose owner is known.
func (p *planner) newOwner(e *entry) bool {
	if !p.prevKnown {
		return false
	}
	prev, err1 := absName(string(p.prevOwner), p.prevOrigin)
	this, err2 := absName(string(e.text[:tokenEnd(e.text, 0)]), p.origin)
	return err1 == nil && err2 == nil && canonical(prev) != canonical(this)
}

// soaClass reports whether a record entry is an SOA record, and the class
// it names, if any.
func soaClass(e *entry) (soa bool, class string) {
	tok := fields(e.text, 5)
	if !e.blankOwner() && len(tok) > 0 {
		tok = tok[1:]
	}
	for _, t := range tok {
		switch {
		case strings.EqualFold(t, "SOA"):
			return true, class
		case isClass(t):
			class = t
		case !isTTL(t):
			return false, ""
		}
	}
	return false, ""
}

// simpleType reports whether a record entry is of a type whose data
// miekg/dns reads up to its line end and no further.
func simpleType(e *entry) bool {
	tok := fields(e.text, 5)
	if !e.blankOwner() && len(tok) > 0 {
		tok = tok[1:]
	}
	for _, t := range tok {
		if isTTL(t) || isClass(t) {
			continue
		}
		switch strings.ToUpper(t) {
		case "A", "AAAA", "CNAME", "DNAME", "NS", "PTR", "MX", "SRV", "TXT":
			return true
		}
		return false
	}
	return false
}

func (p *planner) directive(e *entry) bool {
	tok := fields(e.text, 2)
	arg := ""
	if len(tok) > 1 {
		arg = tok[1]
	}
	switch strings.ToUpper(tok[0]) {
	case "$ORIGIN":
		abs, err := absName(firstField(arg), p.origin)
		if err != nil || firstField(arg) == "" {
			return false
		}
		p.origin = canonical(abs)
	case "$TTL":
		v, err := ParseTTL(firstField(arg))
		if err != nil {
			return false
		}
		p.ttl = ttlState{known: true, byDirective: true, value: v}
	default: // $INCLUDE, $GENERATE and errors: read in one go
		return false
	}
	return true
}

// readSegment parses one segment.
func readSegment(fsys fs.FS, name string, z *Zone, opt reading, s segment, room []Record) (*Zone, error) {
	r, _, err := openRegular(fsys, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	ra, ok := r.(io.ReaderAt)
	if !ok {
		return nil, errors.New("no ReaderAt")
	}
	part := &Zone{File: z.File, Origin: z.Origin, Class: ClassIN}
	file := opt.display(name)
	sc := newScanner(io.NewSectionReader(ra, s.start, s.end-s.start), s.end-s.start, file, opt.Limits)
	sc.line, sc.off = s.line-1, s.start
	f := &feeder{fsys: fsys, opt: opt, zone: part, origin: s.origin, ttl: s.ttl}
	f.stack = []*source{{sc: sc, close: func() error { return nil }, path: name, file: file, origin: s.origin}}
	part.Records = room
	parseFrom(f, part, &lastState{origin: s.origin, ttl: s.ttl}, 0)
	return part, nil
}

// join puts the parts of a file together as one reading would have,
// closing up the room left in all. It reports false for the rare zone
// whose class is not IN: the parts took IN for the class, which only the
// SOA at the start says.
func join(z *Zone, parts []*Zone, all []Record, opt reading) bool {
	if parts[0].SOA != nil && parts[0].Class != ClassIN {
		return false
	}
	n := 0
	for k, p := range parts {
		if z.SOA == nil {
			z.SOA = p.SOA
		} else if p.SOA != nil { // the part's first SOA is the zone's second
			if err := secondSOA(z.SOA, p.SOA); err != nil {
				z.Err = err
				return true
			}
		}
		if n > 0 { // all has length 0: the records joined so far lie in its room
			newRun(&all[:n][n-1], p.Records, uint32(k))
		}
		// copy moves the records down within all (or in from another
		// array, if a part outgrew its room)
		n += copy(all[n:n+len(p.Records)], p.Records)
		p.Records = nil
		z.Divergences = append(z.Divergences, p.Divergences...)
		z.Suppressions = append(z.Suppressions, p.Suppressions...)
		if p.Err != nil { // a reading in one go stops there too
			z.Err = p.Err
			return true
		}
	}
	z.Records = all[:n]
	return true
}

// newRun makes the first run of a part's records rs a run of its own
// after last, the record before them: a part starts where the owner
// changes, so BIND starts a run there, but the parts number their runs
// each from one (joinRun), and when the record that started the part was
// dropped (out of the zone), its first records kept have last's owner,
// and may have last's run number too, which markRuns took for one run
// (FuzzRead). k, the part's place, makes a number that neither the part
// before nor the part's next run has.
func newRun(last *Record, rs []Record, k uint32) {
	if len(rs) == 0 || rs[0].Name != last.Name || rs[0].run != last.run {
		return
	}
	first := rs[0].run
	for i := 0; i < len(rs) && rs[i].run == first; i++ {
		rs[i].run = math.MaxUint32 - k
	}
}
