package zone

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ttlState struct {
	known       bool // a $TTL or a record with a TTL was seen
	byDirective bool
	value       uint32 // the $TTL, or the SOA minimum that stands for it, when byDirective
	last        uint32 // the last TTL written, on a record or a $GENERATE
}

// inForce returns the TTL BIND gives a record or a $GENERATE without one
// (lctx->ttl in dns_master_load): the $TTL, or the SOA minimum standing
// for it, when there is one, else the last TTL written (RFC 1035 §5.1).
func (s ttlState) inForce() uint32 {
	if s.byDirective {
		return s.value
	}
	return s.last
}

// keepTTL returns the TTL v as BIND keeps it (bindTTL), and notes a TTL
// that BIND changes as a bind-divergence, what naming it.
func (f *feeder) keepTTL(v uint32, what string, pos Pos) uint32 {
	kept, changed := bindTTL(v)
	if changed {
		f.diverge(pos, bigTTLNote(what, uint64(v)))
	}
	return kept
}

// keepRecordTTL writes the record's TTL at f.buf[start:end] as BIND keeps
// it, for miekg/dns to read.
func (f *feeder) keepRecordTTL(start, end int, pos Pos) {
	v, _ := ParseTTL(string(f.buf[start:end]))
	kept := strconv.AppendUint(nil, uint64(f.keepTTL(v, "TTL", pos)), 10)
	f.buf = append(f.buf[:start], append(kept, f.buf[end:]...)...)
}

// firstTTL handles the records read before any TTL is known, as BIND's
// dns_master_load does. A TTL written first is the last TTL of RFC 1035
// semantics for the records after it, as in BIND and miekg/dns; an SOA
// without a TTL makes the SOA minimum the default TTL (soaMinimum); any
// other record without a TTL is refused (noTTL). A record with no type
// BIND knows after its class, or an SOA short of its fields, is left to
// the parser to refuse, as BIND refuses the type or the data before it
// looks at the TTL.
func (f *feeder) firstTTL(src *source, e *entry, pos Pos) error {
	tok := fields(e.text, 0)
	if e.blankOwner() {
		tok = append([]string{""}, tok...)
	}
	for i := 1; i < len(tok) && i <= 2; i++ {
		switch {
		case isTTL(tok[i]):
			f.ttl.known = true
		case isClass(tok[i]):
			continue
		case strings.EqualFold(tok[i], "SOA"):
			if len(tok) >= i+8 {
				return f.soaMinimum(e, tok, i, pos)
			}
		case isTypeWord(tok[i]):
			return f.noTTL(src, e)
		}
		break // a TTL, an SOA short of its fields, or no type BIND knows
	}
	f.buf = append(f.buf, e.text...)
	return nil
}

// noTTL reads a record other than an SOA without a TTL, before any $TTL,
// SOA or record with a TTL. BIND refuses the zone ("no TTL specified; zone
// rejected"), where miekg/dns reads the record when a class comes after
// the owner, with a TTL of its own choosing. BIND drops a record out of
// the zone before it looks at the TTL, so such a record is read, with a
// TTL of 0 written in for miekg/dns (which refuses it without a class):
// the reader drops it too, and later records without a TTL are still
// refused.
func (f *feeder) noTTL(src *source, e *entry) error {
	owner := src.owner() // this record's, or the one a blank owner stands for
	if len(f.buf) > 0 {
		owner = string(f.buf) // a blank owner after an $INCLUDE or a recovery
	}
	if owner == "" || !f.droppedByBIND(canonical(owner)) {
		return errors.New("no TTL specified; zone rejected (BIND): the record has no TTL, and no $TTL, SOA or record with a TTL comes before it")
	}
	end := 0
	if !e.blankOwner() {
		end = tokenEnd(e.text, 0)
	}
	f.buf = append(f.buf, e.text[:end]...)
	f.buf = append(f.buf, " 0"...)
	f.buf = append(f.buf, e.text[end:]...)
	return nil
}

// droppedByBIND reports whether BIND drops a record of owner as out-of-zone
// data: one outside the apex, or, when the apex is not known (a file
// without $ORIGIN whose SOA is "@", read without --origin), outside the
// origin the file is read with, which stands for the zone name given to
// BIND.
func (f *feeder) droppedByBIND(owner string) bool {
	if f.opt.apex != "" {
		return f.opt.outOfZone(owner)
	}
	return f.zone.Origin != "" && !InZone(owner, f.zone.Origin)
}

// soaMinimum reads an SOA without a TTL before any TTL as BIND does ("no
// TTL specified; using SOA MINTTL instead"): the SOA minimum is its TTL and
// the default TTL of every later record without one, as a $TTL would be;
// a record with a TTL does not change it. miekg/dns gives the SOA 0 and
// the records after it the last TTL written, so the minimum goes to both
// readers as a $TTL line, and the SOA gets it written out.
func (f *feeder) soaMinimum(e *entry, tok []string, typeAt int, pos Pos) error {
	min, err := ParseTTL(tok[typeAt+7])
	if err != nil {
		f.buf = append(f.buf, e.text...)
		return nil
	}
	f.diverge(pos, fmt.Sprintf("SOA without TTL and no $TTL: BIND makes the SOA minimum (%d) its TTL and the default TTL of the records after it; miekg/dns gives the SOA 0 and each later record the last TTL written", min))
	min = f.keepTTL(min, "SOA minimum", pos)
	f.ttl = ttlState{known: true, byDirective: true, value: min}
	prefix := string(f.buf) // the owner a blank owner stands for
	f.emitDirective("$TTL "+strconv.FormatUint(uint64(min), 10), pos)
	f.buf = append(f.buf, prefix...)
	owner := e.text[:tokenEnd(e.text, 0)]
	f.buf = append(f.buf, owner...)
	f.buf = append(f.buf, ' ')
	f.buf = strconv.AppendUint(f.buf, uint64(min), 10)
	f.buf = append(f.buf, e.text[len(owner):]...)
	return nil
}
