package zone

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path/filepath"

	"github.com/zonegen/zonegen/internal/arena"
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
