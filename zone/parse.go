package zone

import (
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/miekg/dns"
	"github.com/zonegen/zonegen/internal/clip"
)

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
	owner := "" // the owner of the record before goes on its run, whatever the origin is now
	if !li.sameOwner {
		owner = runOwner(rr.Header().Name, li.origin)
	}
	r.run, served = joinRun(&f.run, owner, li.part, rrList(rr), r.TTL)
	f.ownerText = append(f.ownerText[:0], rr.Header().Name...)
	if f.opt.outOfZone(r.Name) {
		// BIND drops it before it joins a list: never set to a prior TTL,
		// it passes its own on (test 20e D2)
		f.diverge(li.pos, outOfZoneNote(r.Name, f.opt.apex))
		return r.TTL, nil
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
