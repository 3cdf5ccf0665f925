package zone

import (
	"errors"
	"fmt"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

// checkedTypes are the record types zonegen reads the data of. A record of
// another type that miekg/dns cannot parse (an NSAP, an IPSECKEY without a
// gateway, a LOC without seconds, DNSKEY flags as BIND's mnemonics) is kept
// as text rather than failing the zone: BIND may well accept it, and no
// check depends on its data.
var checkedTypes = map[string]bool{
	"A": true, "AAAA": true, "CNAME": true, "DNAME": true, "NS": true, "PTR": true,
	"MX": true, "SRV": true, "SOA": true, "TXT": true, "SPF": true,
}

// bindOnlyTypes are types BIND reads and miekg/dns does not know.
var bindOnlyTypes = map[string]Type{
	"NSAP": 22, "NSAP-PTR": 23, "WKS": 11, "MD": 3, "MF": 4, "A6": 38, "SINK": 40,
	"NINFO": 56, "RKEY": 57, "TALINK": 58, "SMIMEA": 53, "DOA": 259, "AMTRELAY": 260,
	"RESINFO": 261, "WALLET": 262, "CLA": 263, "IPN": 264, "KEYDATA": 65533, "DSYNC": 66, "HHIT": 67, "BRID": 68,
}

// recoverFrom handles a parse error: when the failed record is of a type no
// check reads, it keeps the record as text, notes the divergence, sets
// the feed up to start again after it and returns nil. Otherwise it
// returns the error that stands: err, or that of a record of a meta type,
// which BIND refuses whatever its data (checkMeta), or of RFC 3597 data
// that is not its type's wire form (checkGeneric).
func (f *feeder) recoverFrom(err error, z *Zone, last *lastState) error {
	var ze *Error
	if errors.As(err, &ze) {
		return err
	}
	i := f.failedLine()
	if i < 0 {
		return err
	}
	li := f.lines[i]
	r, ok := opaqueRecord(li, last)
	if !ok {
		return err
	}
	if err := checkMeta(r.Type); err != nil {
		return &Error{Pos: li.pos, Err: err}
	}
	if err := checkGeneric(uint16(r.Type), li.text, li.pos); err != nil {
		return err
	}
	var served uint32
	r.run, served = joinRun(&f.run, runOwner(r.written, li.origin), li.part, opaqueList(r.Type, r.Data), r.TTL)
	if r.written != "" {
		f.ownerText = append(f.ownerText[:0], r.written...)
	}
	if f.opt.outOfZone(r.Name) {
		f.diverge(li.pos, outOfZoneNote(r.Name, f.opt.apex))
		served = r.TTL // never set to a prior TTL (test 20e D2)
	} else {
		r.setPlace(f.fileName(li.pos.File), li.pos.Line)
		z.Records = append(z.Records, r.Record)
		f.hand(false)
		f.diverge(li.pos, fmt.Sprintf("miekg/dns cannot read this %s record (%s); zonegen keeps it as text and checks nothing in it",
			r.Type, r.message(err)))
	}
	last.owner, last.origin, last.ttl = r.Name, li.origin, li.ttl
	last.explicit = served // its own TTL, or the one it took, or the prior one BIND set it to (review 19b #2)
	f.replay = append(append([]lineInfo(nil), f.lines[i+1:]...), f.replay...)
	f.lines = f.lines[:i+1]
	f.drop(i + 1)
	f.buf, f.off, f.err = f.buf[:0], 0, nil
	f.restartOwner = string(f.ownerText) // as written: its letter case makes the runs
	if f.restartOwner == "" {
		f.restartOwner = r.Name
	}
	return nil
}

// failedLine returns the index of the first pending record line, the one
// the parser was reading when it failed.
func (f *feeder) failedLine() int {
	for i, li := range f.lines {
		if li.record {
			return i
		}
	}
	return -1
}

// lastState is what a new parser needs to go on where the old one failed.
type lastState struct {
	owner    string   // absolute owner of the last record: miekg/dns's spelling, or canonical from the fast reader and a recovery
	origin   string   // origin in force
	ttl      ttlState // $TTL state
	explicit uint32   // TTL of the last record, the default without $TTL
	any      bool
}

// opaque holds a record kept as text.
type opaque struct {
	Record
	explicitTTL bool
	typeToken   string // the type as written
	// written is the owner as written, made absolute, or "" for a blank
	// owner: the run goes on (ownerRun; test 19c D8: the owner in lower
	// case ended a run of a capitalised owner)
	written string
}

// message returns what miekg/dns says of the record read alone, its owner
// and TTL written out. What it said of the text it was handed (err, the
// fallback) depends on whether the fast reader read the records before it,
// and the note must not.
func (r *opaque) message(err error) string {
	line := fmt.Sprintf("%s %d %s %s %s\n", r.Name, r.TTL, r.Class, r.typeToken, r.Data)
	zp := dns.NewZoneParser(strings.NewReader(line), "", "")
	for _, ok := zp.Next(); ok; _, ok = zp.Next() {
	}
	if zp.Err() != nil {
		err = zp.Err()
	}
	return parseMessage(err)
}

// opaqueRecord builds a record from the tokens of a line whose type no
// check reads.
func opaqueRecord(li lineInfo, last *lastState) (opaque, bool) {
	tok := fields(li.text[:len(li.text)-1], 0)
	var r opaque
	r.Class = ClassIN
	owner := last.owner
	if len(li.text) > 0 && li.text[0] != ' ' && li.text[0] != '\t' && len(tok) > 0 {
		abs, err := absName(tok[0], li.origin)
		if err != nil {
			return r, false
		}
		owner, tok = abs, tok[1:]
		r.written = abs
	}
	r.TTL = last.explicit
	if li.ttl.byDirective {
		r.TTL = li.ttl.value
	}
	for len(tok) > 0 {
		switch {
		case isTTL(tok[0]):
			r.TTL, _ = ParseTTL(tok[0])
			r.explicitTTL = true
		case isClass(tok[0]):
			c, ok := dns.StringToClass[strings.ToUpper(tok[0])]
			if !ok {
				return r, false
			}
			r.Class = Class(c)
		default:
			t, ok := typeOf(tok[0])
			if !ok || checkedTypes[t.String()] || owner == "" { // TYPE1 is A
				return r, false
			}
			r.Name, r.Type, r.Data = canonical(owner), t, strings.Join(tok[1:], " ")
			r.typeToken = tok[0]
			return r, true
		}
		tok = tok[1:]
	}
	return r, false
}

// typeOf reads a type mnemonic that BIND knows.
func typeOf(s string) (Type, bool) {
	u := strings.ToUpper(s)
	if t, ok := dns.StringToType[u]; ok {
		return Type(t), true
	}
	if t, ok := bindOnlyTypes[u]; ok {
		return t, true
	}
	var n uint16
	if _, err := fmt.Sscanf(u, "TYPE%d", &n); err == nil {
		return Type(n), true
	}
	return 0, false
}

// replayLine feeds again a line the failed parser had read.
func (f *feeder) replayLine() {
	li := f.replay[0]
	f.replay = f.replay[1:]
	text := li.text[:len(li.text)-1]
	f.buf = f.buf[:0]
	if li.record && f.restartOwner != "" && (text[0] == ' ' || text[0] == '\t') {
		f.buf = append(f.buf, f.restartOwner...)
	}
	if li.record {
		f.restartOwner = ""
	}
	f.buf = append(f.buf, text...)
	f.free = append(f.free, li.text[:0])
	f.emit(lineInfo{pos: li.pos, record: li.record, long: li.long, tails: li.tails})
	n := len(f.lines) - 1
	f.lines[n].origin, f.lines[n].ttl, f.lines[n].part = li.origin, li.ttl, li.part
}

// parseMessage returns the message of a miekg/dns parse error without its
// position.
func parseMessage(err error) string {
	if m := parseErrorLine.FindStringSubmatch(err.Error()); m != nil {
		return clip.Quoted(m[1])
	}
	return err.Error()
}
