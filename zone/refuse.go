package zone

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// secondSOA is the error of an SOA record after the zone's first one:
// BIND refuses the zone, with "multiple RRs of singleton type" for one at
// the first's owner and "SOA record not at top of zone" for one at another
// name (origin.go says the same of a first SOA away from the origin). A
// copy of the first (the same data, names compared without case) is no
// error: BIND loads it as one record. The reader and the join of a reading
// in segments both ask here.
func secondSOA(first, second *SOA) error {
	switch {
	case second.Owner != first.Owner:
		return &Error{Pos: second.Pos, Err: fmt.Errorf("SOA record not at top of zone (%s): the zone's SOA is at %s", second.Owner, first.Owner)}
	case second.data != first.data:
		return &Error{Pos: second.Pos, Err: fmt.Errorf("multiple RRs of singleton type: a second SOA record at %s (the first is at %s)", second.Owner, first.Pos)}
	}
	return nil
}

// wildcardNS reports whether a record of type t at owner name is an NS
// record at a wildcard, for which BIND refuses the zone (RFC 4592 §4.2);
// zonegen read it (review 16 T1).
func wildcardNS(t Type, name string) bool {
	return t == TypeNS && IsWildcard(name)
}

// IsWildcard reports whether name, absolute, is a wildcard owner (RFC
// 4592): its first label is "*". It answers for many names and is none of
// them: no PTR names it (audit's PTR checks, fix's PTRs).
func IsWildcard(name string) bool { return name == "*." || strings.HasPrefix(name, "*.") }

// checkMeta refuses a record of a meta type: type 0, OPT and the types
// 128 to 255 that RFC 6895 §3.1 keeps for queries and meta records (TKEY,
// TSIG, IXFR, AXFR, MAILB, MAILA, ANY). No zone holds one: BIND refuses
// the zone ("invalid use of a meta type"), even for a record out of the
// zone, which it would otherwise drop; miekg/dns reads TKEY, AXFR, IXFR,
// MAILA, MAILB and TYPE128 to TYPE248 (in RFC 3597's \# form). BIND
// refuses the obsolete MD and MF (RFC 973) as well, whatever their data;
// zonegen kept them as text (review 16 T1).
func checkMeta(t Type) error {
	if t == 3 || t == 4 {
		return fmt.Errorf("type '%s': obsolete (RFC 973: use MX), which BIND refuses", map[Type]string{3: "MD", 4: "MF"}[t])
	}
	if t != 0 && t != Type(dns.TypeOPT) && (t < 128 || t > 255) {
		return nil
	}
	name := "TYPE" + strconv.Itoa(int(t)) // as BIND names 0 and 128 to 248
	if t == Type(dns.TypeOPT) || t >= Type(dns.TypeTKEY) {
		name = t.String()
	}
	return fmt.Errorf("type %s: invalid use of a meta type, which BIND refuses in a zone", name)
}

// maxRdata is the most record data BIND 9.18 takes for one record: 65,512
// bytes, whatever the owner, where the RDLENGTH of RFC 1035 §3.2.1 allows
// 65,535 (named-checkzone: a TXT of 65,512 bytes loads, of 65,513 "ran
// out of space"; so does TYPE65280 \# 65513).
const maxRdata = 65512

// checkRdataSize refuses a record whose data takes more than maxRdata
// bytes on the wire (a TXT record of 256 strings of 255 bytes), which
// BIND refuses the zone for ("ran out of space", with no line) and
// miekg/dns reads. A record is packed when its line is a sixth of the
// limit or more (an SVCB or HTTPS ipv6hint "::," is three bytes of text
// for sixteen on the wire) or when miekg/dns's count of its wire length
// (dns.Len, no packing) passes half the limit: a name in the data, "@"
// among them, may take the whole origin (a HIP record of 320 "@" under a
// 200-byte origin is a 1 KB line of 66 KB of data). Almost every record is
// only counted. The limit
// is a record's, not an RRset's: BIND loads a TXT RRset of two records of
// 51 KB each.
func checkRdataSize(rr dns.RR, li lineInfo) error {
	if len(li.text) < maxRdata/6 && dns.Len(rr) < maxRdata/2 {
		return nil
	}
	buf := make([]byte, dns.Len(rr)+512)
	if _, err := dns.PackRR(rr, buf, 0, nil, false); err == nil && rr.Header().Rdlength <= maxRdata {
		return nil // packing set the header's RDLENGTH
	}
	return &Error{Pos: li.pos, Err: fmt.Errorf("%s record data of more than %d bytes: BIND says \"ran out of space\"", Type(rr.Header().Rrtype), maxRdata)}
}

// checkFields refuses a record whose fields miekg/dns reads and BIND
// refuses: SvcParams of an SVCB or HTTPS record written in presentation
// form (checkSvcParams), the regexp of a NAPTR record (checkNAPTR). Like
// checkGeneric it is asked in the zone and out of it: BIND reads the data
// before it drops the record.
func checkFields(rr dns.RR, text []byte) error {
	switch v := rr.(type) {
	case *dns.SVCB, *dns.HTTPS:
		return checkSvcParams(rr, text)
	case *dns.NAPTR:
		return checkNAPTR(v)
	}
	return nil
}
