package zone

import (
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// ownerRun is what BIND's loader holds of the records read one after
// another with one owner (master.c's current list, which it adds to the
// zone when the owner changes): the owner as BIND compares it there, with
// its letter case (runOwner, or the fast reader's spelling: `pool` then
// `POOL` are two runs, and the set is served with the TTL of the second,
// test 19b D1);
// the part of the file (feeder.parts: an $INCLUDE's start or end ends a
// run); and the TTL of the first record of each type in it, which BIND
// gives the later records of the type ("TTL set to prior TTL"), and which
// then stands for the TTL of the records after them that have none, in a
// zone without $TTL (test 19b D3).
type ownerRun struct {
	owner []byte // the comparison key (a copy: the fast reader's spelling is in a buffer it reuses)
	part  uint32
	n     uint32 // the runs begun: the number the records of this one carry
	ttls  []typeTTL
	// more holds the types of a run of many (an owner of thousands of
	// types would make the list a square), once ttls is full
	more map[listKey]uint32
}

// noteInherited notes a record without a TTL, in a zone without $TTL,
// whose TTL from the records before it (bind: the TTL BIND gave the last
// of them, which "TTL set to prior TTL" may have changed) is not the last
// TTL written, which miekg/dns gives it (FuzzRead found the two readers
// apart without a word; noting the record set to prior TTL itself was
// too broad, review 20b #3). record asks for every record without a TTL,
// whichever reader reads it (FuzzRead: asked where the TTL was written
// out for miekg/dns, the record after that one went without its note).
// A record of a $GENERATE has a note of its own.
func (f *feeder) noteInherited(pos Pos, bind uint32) {
	if bind != f.ttl.last {
		f.diverge(pos, "no TTL: BIND gives this record "+strconv.FormatUint(uint64(bind), 10)+
			", the TTL of the record before it as served (\"TTL set to prior TTL\"); miekg/dns gives it "+
			strconv.FormatUint(uint64(f.ttl.last), 10)+", the last TTL written")
	}
}

// runTypes is how many types of a run ttls holds before more takes them.
const runTypes = 16

// typeTTL is the TTL of the first record of a list in a run.
type typeTTL struct {
	t   listKey
	ttl uint32
}

// listKey names a list of a run: the records' type, and for an RRSIG or a
// SIG the type it covers too, since BIND keeps "RRSIG covering A" and
// "RRSIG covering SOA" apart (an RRSIG SOA of another TTL than the RRSIG NS
// before it was "set to prior TTL" here, and the records after it read at
// that TTL: test 20d D5).
type listKey uint32

// typeList is the list key of a record of type t that is no signature.
func typeList(t Type) listKey { return listKey(t) }

// signatureList is the list key of a record of type t (an RRSIG or a
// SIG) that covers type covered.
func signatureList(t, covered Type) listKey { return listKey(t)<<16 | listKey(covered) }

// rrList is the list key of a record that miekg/dns read.
func rrList(rr dns.RR) listKey {
	switch rr := rr.(type) {
	case *dns.RRSIG:
		return signatureList(Type(dns.TypeRRSIG), Type(rr.TypeCovered))
	case *dns.SIG:
		return signatureList(Type(dns.TypeSIG), Type(rr.TypeCovered))
	}
	return typeList(Type(rr.Header().Rrtype))
}

// opaqueList is the list key of a record kept as text, of type t and data
// as written: a signature's covered type is its first field.
func opaqueList(t Type, data string) listKey {
	if t != Type(dns.TypeRRSIG) && t != Type(dns.TypeSIG) {
		return typeList(t)
	}
	first, _, _ := strings.Cut(strings.TrimSpace(data), " ")
	covered, ok := dns.StringToType[strings.ToUpper(first)]
	if !ok {
		n, err := strconv.ParseUint(strings.TrimPrefix(strings.ToUpper(first), "TYPE"), 10, 16)
		if err != nil {
			return typeList(t)
		}
		covered = uint16(n)
	}
	return signatureList(t, Type(covered))
}

// joinRun adds a record of owner (the run's comparison key: runOwner's, or
// the fast reader's spelling; empty for the owner of the run), read in part part, of list t (its type, listKey) and TTL ttl, to run s,
// which it ends first when the owner or the part is another. It returns
// the number of the record's run (markRuns numbers the runs of the zone
// from these) and the TTL BIND gives the record. The owner is a string
// (miekg/dns's) or bytes (the fast reader's), compared and copied without
// a string made of them: a zone of a million owners with capitals made
// a million strings, 0.5 s.
func joinRun[T string | []byte](s *ownerRun, owner T, part uint32, t listKey, ttl uint32) (n, served uint32) {
	if len(owner) > 0 && string(owner) != string(s.owner) || part != s.part || s.n == 0 {
		if len(owner) > 0 {
			s.owner = append(s.owner[:0], owner...)
		}
		// a map cleared keeps its room, and each clear costs it again: a
		// new one for the next run of many types (review 19b #6)
		s.part, s.ttls, s.more = part, s.ttls[:0], nil
		s.n++
	}
	for _, x := range s.ttls {
		if x.t == t {
			return s.n, x.ttl
		}
	}
	if len(s.ttls) < runTypes {
		s.ttls = append(s.ttls, typeTTL{t, ttl})
		return s.n, ttl
	}
	if prior, ok := s.more[t]; ok {
		return s.n, prior
	}
	if s.more == nil {
		s.more = map[listKey]uint32{}
	}
	s.more[t] = ttl
	return s.n, ttl
}

// runOwner returns owner, an absolute name as written, as the run
// compares it: its escapes read as BIND reads them (\065bc is Abc, and
// a\.b stays one label, printedName: reading \. as a dot made a\.b and
// a.b one run, review 20 #2), and a part that
// is the origin in another letter case in the origin's (pool.Sub.example.com.
// under $ORIGIN Sub.example.com. is pool then, as the relative owners
// written there are made: zonegen keeps the origin in lower case alone, so
// that spelling of the origin would make a run of its own; review 19b #1).
// It makes no string for a name that needs neither, the most of them.
func runOwner(owner, origin string) string {
	if strings.IndexByte(owner, '\\') >= 0 {
		owner = printedName(owner)
	}
	n := len(owner) - len(origin)
	if n >= 0 && (n == 0 || owner[n-1] == '.') && owner[n:] != origin && foldEqual(owner[n:], origin) {
		owner = owner[:n] + origin
	}
	return owner
}

// foldEqual reports whether a and b are equal but for the letter case of
// ASCII letters, as DNS compares names.
func foldEqual[T string | []byte](a T, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(b) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
