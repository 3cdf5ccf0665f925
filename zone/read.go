package zone

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/arena"
	"github.com/zonegen/zonegen/internal/clip"
)

// Options says how to read zone files.
type Options struct {
	// Origin, when set, is the origin of every file read.
	Origin string
	// IncludeRoot confines $INCLUDE; default: the directory of the file.
	IncludeRoot string
	Limits      Limits
	// Progress, when set, is told how reading goes: every 65,536 records
	// (files 0), and once at the end of each file (files 1, with the
	// records since the last call). ReadFiles calls it from
	// several goroutines at once.
	Progress func(files, records int)
}

// reading is what one reading of a zone file knows besides the
// caller's Options: where it is on disk, what it reads from memory, what
// one core keeps, and the tests' switches.
type reading struct {
	Options

	root           string         // absolute include root on disk, for absolute $INCLUDE paths
	segmentRecords int            // tests: split every file into segments of this many records
	miekgOnly      bool           // tests: read every record with miekg/dns, none with the fast reader
	each           func([]Record) // ReadFileEach: where the records go instead of Zone.Records
	prefix         string         // prefix that turns a path in the file system into a printed path
	// linked and linkedAs: the path in the file system of a zone file named
	// by a symbolic link to another directory, and the name it was given,
	// which its positions print (ReadFile).
	linked, linkedAs string
	overlay          map[string]Content // files read from memory, by printed path
	// core, when set, is what one core of ReadFiles keeps from one file
	// to the next.
	core *coreCache
	// apex, when set, is the owner of the zone's SOA: records outside it
	// are dropped with a divergence, as BIND ignores them.
	apex string
	// wd, when set, is the working directory: ReadFiles finds it once,
	// where filepath.Abs asks the system for it (two stat calls) on
	// every call, twice a file.
	wd string
}

// coreCache is what one core of ReadFiles keeps from one file to the next.
type coreCache struct {
	// names keeps the names of the records of a file that is not read in
	// segments: a zone of 250 records alone filled 60 % of its last block
	// (2,000 such zones: 31.7 MB of blocks for 19 MB of names).
	names arena.Strings
	// hold is where a small file is held while it is read (holdSmall): a
	// fresh buffer for each of 2,000 files was 32 MB of new pages, filled
	// by read system calls that cost twice as much on two cores as on one.
	hold []byte
	// roots keeps the root opened last, for the next file in the same
	// directory: a root for each file was three system calls more.
	roots rootCache
	// scanners are scanners done with their files, for the next ones: a
	// buffer for each of 2,000 small files (and one more to find each
	// one's origin) was a third of what reading them allocated, all of it
	// garbage for the collector to run for.
	scanners []*scanner
}

// scanner returns a scanner of r, whose size (when known, else 0) sizes
// the buffer of a scanner for this file alone. On a core of ReadFiles it is
// a spare one of the core's, or a new one with a full buffer, which done
// hands back to the core.
func (o reading) scanner(r io.Reader, size int64, file string) *scanner {
	if o.core == nil {
		return newScanner(r, size, file, o.Limits)
	}
	if len(o.core.scanners) == 0 {
		return newScanner(r, 0, file, o.Limits) // full size: it will serve others
	}
	sc := o.core.scanners[len(o.core.scanners)-1]
	o.core.scanners = o.core.scanners[:len(o.core.scanners)-1]
	sc.limits = o.Limits
	sc.restart(r, file, 0, 0)
	return sc
}

// done hands a scanner back to the core, for the next file.
func (o reading) done(sc *scanner) {
	if o.core != nil {
		o.core.scanners = append(o.core.scanners, sc)
	}
}

// ReadFile reads the zone file at path on disk. $INCLUDE is confined to
// opt.IncludeRoot, or to the directory of path; symbolic links that leave
// it are refused. The zone is never nil; a file that cannot be read or
// parsed has Err set.
//
// Without opt.IncludeRoot, a path that is a symbolic link to a file in
// another directory (/etc/bind/db.x to /var/lib/bind/db.x) is read there:
// the user named it, and its $INCLUDEs are confined to its own directory.
// The zone keeps the name it was given.
func ReadFile(name string, opt Options) *Zone { return readFile(name, reading{Options: opt}) }

// readFile is ReadFile with what the reading knows besides Options.
func readFile(name string, opt reading) *Zone {
	file, root := name, opt.IncludeRoot
	if root == "" {
		file = linkTarget(name)
		root = filepath.Dir(file)
	}
	z := &Zone{File: name, Root: root, Class: ClassIN}
	absRoot, err := absPath(root, opt.wd)
	if err == nil {
		opt.root = absRoot
	}
	absName, err2 := absPath(file, opt.wd)
	if err2 == nil && inDevices(absName) { // /proc/self/cwd/db.x, /dev/fd/0: no standard input
		z.Err = &Error{Pos: Pos{File: name}, Err: errNotRegular}
		return z
	}
	rel, err3 := filepath.Rel(absRoot, absName)
	if err != nil || err2 != nil || err3 != nil || !filepath.IsLocal(rel) {
		z.Err = &Error{Pos: Pos{File: name}, Err: errors.New("the file is outside the include root " + root)}
		return z
	}
	roots := &rootCache{}
	if opt.core != nil {
		roots = &opt.core.roots
	} else {
		defer roots.close()
	}
	var fsys fs.FS
	r, err := roots.open(root)
	switch {
	case err == nil:
		fsys = rootFS{r}
	case errors.Is(err, fs.ErrPermission): // searched, not listed: mode 711 (test 13 D4)
		fsys = searchOnlyFS{dir: root, file: filepath.ToSlash(rel)}
	default: // its directory is missing: said once, at the path as given
		z.Err = &Error{Pos: Pos{File: name}, Err: topFileError(err, name)}
		return z
	}
	opt.prefix = root
	if file != name {
		opt.linked, opt.linkedAs = filepath.ToSlash(rel), name
	}
	if opt.overlay != nil {
		fsys = overlayFS{base: fsys, display: opt.display, files: opt.overlay}
	}
	return read(fsys, filepath.ToSlash(rel), z, opt)
}

// Read reads the zone file name from fsys (a path as fs.FS takes it), and
// the files it includes from the same file system. Positions name the files
// by their paths in fsys.
func Read(fsys fs.FS, name string, opt Options) *Zone {
	return read(fsys, name, &Zone{File: name, Class: ClassIN}, reading{Options: opt})
}

// ReadIn is Read for a file system that holds the files of the directory
// dir on disk (the include root of a ReadFile): positions name the files
// as ReadFile names them, dir joined to their paths in fsys. review reads
// a file's base revision so, and the findings of the two readings then
// name the same files: two zones of one name in two directories (the
// internal and the external view) no longer meet at one position.
func ReadIn(fsys fs.FS, name, dir string, opt Options) *Zone {
	rd := reading{Options: opt, prefix: dir}
	return read(fsys, name, &Zone{File: rd.display(name), Root: dir, Class: ClassIN}, rd)
}

// read reads zone file name of fsys into z: its origin first
// (findOrigin), then its records, in segments on every core when the file
// is large enough (readSegments), else line by line (parseFrom). An error
// stops the reading and is z.Err.
func read(fsys fs.FS, name string, z *Zone, opt reading) *Zone {
	defer func() { markRuns(z.Records) }() // nil when handed over (ReadFileEach)
	opt.Limits = opt.Limits.withDefaults()
	var hold *[]byte
	if opt.core != nil {
		hold = &opt.core.hold
	}
	fsys, held := holdSmall(fsys, name, hold)
	origin, apex, guessed, err := findOrigin(fsys, name, z.File, opt)
	z.Origin, z.OriginGuessed = origin, guessed
	if err != nil {
		z.Err = err
		return z
	}
	opt.apex = apex
	lines := 1 + bytes.Count(held, []byte{'\n'})
	if held == nil {
		lines = countLines(fsys, name)
	}
	if readSegments(fsys, name, z, opt, lines) {
		if opt.Progress != nil {
			opt.Progress(1, 0)
		}
		return z
	}
	room := min(lines, opt.Limits.MaxRecords)
	if opt.each != nil {
		room = min(room, handBatch)
	}
	z.Records = make([]Record, 0, room)
	f := &feeder{fsys: fsys, opt: opt, zone: z}
	if opt.core != nil {
		f.fast.names = &opt.core.names
	}
	if err := f.push(name, origin); err != nil {
		z.Err = &Error{Pos: Pos{File: z.File}, Err: err}
		return z
	}
	defer func() {
		for len(f.stack) > 0 {
			f.pop()
		}
	}()
	parseFrom(f, z, &lastState{origin: z.Origin}, 1)
	if opt.each != nil {
		z.Records = nil // handed over
	}
	return z
}

// holdSmall reads a file smaller than a segment into memory, so that
// finding its origin, counting its lines and parsing it do not open it
// again each time (45 system calls a file of a directory, 10 now), and
// returns the file system that serves it from there, and its bytes. Its
// $INCLUDEs still come from fsys; a file that cannot be read this way is
// left to the normal path and its errors (data nil). The bytes go into
// *buf when buf is set, and are good until the next call with it: nothing
// read from a file keeps them (names and texts are copied out).
func holdSmall(fsys fs.FS, name string, buf *[]byte) (_ fs.FS, data []byte) {
	r, size, err := openRegular(fsys, name)
	if err != nil {
		return fsys, nil
	}
	defer r.Close()
	if size >= segmentMinSize {
		return fsys, nil
	}
	if buf == nil {
		data = make([]byte, size)
	} else {
		if *buf == nil || int64(cap(*buf)) < size {
			*buf = make([]byte, size, min(max(size, 2*int64(cap(*buf))), segmentMinSize))
		}
		data = (*buf)[:size]
	}
	if _, err := io.ReadFull(r, data); err != nil {
		return fsys, nil
	}
	return overlayFS{base: fsys, display: filepath.FromSlash, files: map[string]Content{filepath.FromSlash(name): bytes.NewReader(data)}}, data
}

// parseFrom runs miekg/dns over the feed, from the state last, and builds
// the records. When the parser fails on a record that no check reads, the
// record is kept as text and a new parser goes on after it (recover.go).
// files is what the feed counts for in the progress: 1 for a file, 0 for
// a segment of one.
func parseFrom(f *feeder, z *Zone, last *lastState, files int) {
	f.last = last
	defer func() {
		if f.opt.Progress != nil {
			f.opt.Progress(files, f.read()-f.counted)
		}
	}()
	for {
		zp := f.newParser(z, last)
		for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
			li := f.take()
			if f.read() >= f.opt.Limits.MaxRecords {
				z.Err = &Error{Pos: li.pos, Err: errors.New("more records than the limit of " + strconv.Itoa(f.opt.Limits.MaxRecords))}
				return
			}
			served, err := z.add(rr, li, f)
			if err != nil {
				z.Err, z.Records = err, nil
				return
			}
			last.owner, last.explicit, last.any = rr.Header().Name, served, true
			if served != rr.Header().Ttl {
				f.fast.stale = true // miekg/dns goes on from the TTL as written
			}
			f.hand(false)
			f.tick()
		}
		err := zp.Err()
		if err == nil && f.err != nil && !errors.Is(f.err, io.EOF) {
			err = f.err
		}
		if err == nil {
			f.hand(true)
			return
		}
		if stands := f.recoverFrom(err, z, last); stands != nil {
			z.Err = f.parseError(stands)
			z.Records = nil
			return
		}
	}
}

// newParser starts a parser on the feed, in the state the last one left.
func (f *feeder) newParser(z *Zone, last *lastState) *dns.ZoneParser {
	zp := dns.NewZoneParser(f, last.origin, z.File)
	f.fast.stale = false // the new parser starts from last
	switch {
	case last.ttl.byDirective:
		f.replay = append([]lineInfo{{text: []byte("$TTL " + strconv.FormatUint(uint64(last.ttl.value), 10) + "\n"),
			origin: last.origin, ttl: last.ttl}}, f.replay...)
	case last.any:
		zp.SetDefaultTTL(last.explicit)
	}
	return zp
}

// tick tells Options.Progress of every 65,536 records read.
func (f *feeder) tick() {
	if n := f.read() - f.counted; f.opt.Progress != nil && n >= 1<<16 {
		f.opt.Progress(0, n)
		f.counted = f.read()
	}
}

// handBatch is the number of records ReadFileEach hands over at a time.
const handBatch = 1 << 12

// read counts the records read so far, those handed over included.
func (f *feeder) read() int { return f.handed + len(f.zone.Records) }

// hand gives the records read to Options.each, when there is one, once
// the batch is full (or at the end, all), and empties the batch.
func (f *feeder) hand(end bool) {
	z := f.zone
	if f.opt.each == nil || len(z.Records) == 0 || !end && len(z.Records) < cap(z.Records) {
		return
	}
	f.opt.each(z.Records)
	f.handed += len(z.Records)
	z.Records = z.Records[:0]
}

// add appends a parsed record and notes what BIND would do differently:
// a record BIND refuses is an error (parsedRecord, checkKept), one outside
// the zone is dropped with a note. It returns the TTL BIND gives the
// record (ownerRun), which the records after it may take.
func (z *Zone) add(rr dns.RR, li lineInfo, f *feeder) (served uint32, err error) {
	r, err := parsedRecord(rr, li)
	if err != nil {
		return 0, err
	}
	r.run, served = joinRun(&f.run, runOwner(rr.Header().Name, li.origin), li.part, r.Type, r.TTL)
	f.notePriorTTL(li.pos, r.TTL, served)
	f.ownerText = append(f.ownerText[:0], rr.Header().Name...)
	if f.opt.outOfZone(r.Name) {
		f.diverge(li.pos, outOfZoneNote(r.Name, f.opt.apex))
		return served, nil
	}
	if err := checkKept(rr, &r, li); err != nil {
		return 0, err
	}
	switch {
	case r.Type == TypeSOA && z.SOA == nil:
		soa := rr.(*dns.SOA)
		z.SOA = &SOA{Serial: soa.Serial, Minimum: soa.Minttl, Pos: li.pos, Owner: r.Name, data: strings.ToLower(r.Data)}
		z.Class = r.Class
	case r.Type == TypeSOA:
		if err := secondSOA(z.SOA, &SOA{Pos: li.pos, Owner: r.Name, data: strings.ToLower(r.Data)}); err != nil {
			return 0, err
		}
	case r.Class != z.Class:
		f.diverge(li.pos, "record of class "+r.Class.String()+" in a zone of class "+z.Class.String()+": BIND rejects it, miekg/dns accepts it")
	}
	if li.long && (r.Type == TypeTXT || r.Type == Type(dns.TypeSPF)) {
		f.diverge(li.pos, "TXT string longer than 255 bytes: BIND rejects it, miekg/dns splits it")
	}
	r.setPlace(f.fileName(li.pos.File), li.pos.Line)
	z.Records = append(z.Records, r)
	return served, nil
}

// parsedRecord makes the record of rr, which miekg/dns read from li, and
// returns the error, at li's position, of a record BIND refuses wherever
// it is: no owner, an address record without its address, a name too
// long, a meta type, data in a form BIND reads otherwise.
func parsedRecord(rr dns.RR, li lineInfo) (Record, error) {
	if rr.Header().Name == "" {
		// miekg/dns takes a line that starts with a type name for a record
		// without owner; BIND reads the name as the owner and then finds no type.
		return Record{}, &Error{Pos: li.pos, Err: errors.New("a record needs an owner name and a type")}
	}
	r, ok := newRecord(rr)
	if !ok {
		return r, &Error{Pos: li.pos, Err: errors.New(r.Type.String() + " record without an address")}
	}
	for _, err := range []error{
		checkNameLength(r.Name), checkMeta(r.Type), checkGeneric(uint16(r.Type), li.text, li.pos),
		checkFields(rr, li.text), checkNameLength(r.Target()),
	} {
		if err != nil {
			return r, errorAt(li.pos, err)
		}
	}
	return r, nil
}

// checkKept returns the error, at li's position, of record r (rr) that
// BIND refuses in the zone, where an out-of-zone record is dropped first:
// an NS at a wildcard, a record that ends too early, data too large.
func checkKept(rr dns.RR, r *Record, li lineInfo) error {
	switch {
	case wildcardNS(r.Type, r.Name):
		return &Error{Pos: li.pos, Err: errors.New("invalid NS owner name (wildcard), which BIND refuses")}
	case strings.ContainsRune(r.Data, '\n'):
		// miekg/dns took the line end for the last field (an NSEC3PARAM
		// without its salt): the record ends too early, as BIND says.
		return &Error{Pos: li.pos, Err: errors.New(r.Type.String() + " record ends too early")}
	}
	return checkRdataSize(rr, li) // positioned
}

var parseErrorLine = regexp.MustCompile(`^(?:.*?: )?dns: (.*) at line: (\d+):(\d+)$`)

// parseError positions an error from the parser: miekg/dns gives the line
// of its input only inside the message text.
func (f *feeder) parseError(err error) error {
	var ze *Error
	if errors.As(err, &ze) {
		return ze
	}
	m := parseErrorLine.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{Pos: f.lineOf(f.vline), Err: err}
	}
	n, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	msg := clip.Quoted(plainWords(m[1])) // the token miekg/dns quotes may be megabytes
	if text, ok := f.recordText(n); ok {
		if clearer := explainRecord(text); clearer != "" {
			msg = clearer
		}
	}
	return &Error{Pos: f.tokenPos(n, col), Err: errors.New(msg)}
}

// countLines counts the line ends of a file: at most one record starts on
// a line, so the records of a file without $INCLUDE or $GENERATE fit in
// that many, and the slice that holds them is made once at the right size
// instead of doubling its way up.
func countLines(fsys fs.FS, name string) int {
	r, size, err := openRegular(fsys, name)
	if err != nil {
		return 0
	}
	defer r.Close()
	buf := make([]byte, min(size+1, 256<<10))
	n := 1
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			return n
		}
	}
}
