package zone

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// Type is a DNS record type (RR type code).
type Type uint16

// The record types zonegen looks at by name.
const (
	TypeA     = Type(dns.TypeA)
	TypeAAAA  = Type(dns.TypeAAAA)
	TypeCNAME = Type(dns.TypeCNAME)
	TypeDNAME = Type(dns.TypeDNAME)
	TypeMX    = Type(dns.TypeMX)
	TypeNS    = Type(dns.TypeNS)
	TypePTR   = Type(dns.TypePTR)
	TypeSOA   = Type(dns.TypeSOA)
	TypeSRV   = Type(dns.TypeSRV)
	TypeTXT   = Type(dns.TypeTXT)
)

// String returns the mnemonic of t (A, AAAA, TYPE65534).
func (t Type) String() string {
	if s, ok := dns.TypeToString[uint16(t)]; ok {
		return s
	}
	for s, bt := range bindOnlyTypes {
		if bt == t {
			return s
		}
	}
	return "TYPE" + strconv.Itoa(int(t))
}

// Class is a DNS class.
type Class uint16

// ClassIN is the Internet class, the class of every zone zonegen expects.
const ClassIN = Class(dns.ClassINET)

// String returns the mnemonic of c (IN, CH, CLASS42).
func (c Class) String() string {
	if s, ok := dns.ClassToString[uint16(c)]; ok {
		return s
	}
	return "CLASS" + strconv.Itoa(int(c))
}

// Record is one resource record as zonegen models it. Names are canonical
// (lower case, fully qualified). The typed fields hold what the checks
// look at; Data holds the target name of CNAME, DNAME, NS, PTR, MX and SRV
// records and the presentation form of the rdata of every other type
// except A and AAAA, whose address is in Addr.
type Record struct {
	Name     string
	Type     Type
	Class    Class
	TTL      uint32
	Addr     netip.Addr // A, AAAA
	Data     string
	Priority uint16 // SRV priority, MX preference
	Weight   uint16 // SRV
	Port     uint16 // SRV
	Pos      Pos
}

// newRecord converts a parsed record into the model.
func newRecord(rr dns.RR, pos Pos) Record {
	h := rr.Header()
	r := Record{Name: canonical(h.Name), Type: Type(h.Rrtype), Class: Class(h.Class), TTL: h.Ttl, Pos: pos}
	switch v := rr.(type) {
	case *dns.A:
		r.Addr, _ = netip.AddrFromSlice(v.A.To4())
	case *dns.AAAA:
		r.Addr, _ = netip.AddrFromSlice(v.AAAA.To16())
	case *dns.CNAME:
		r.Data = canonical(v.Target)
	case *dns.DNAME:
		r.Data = canonical(v.Target)
	case *dns.NS:
		r.Data = canonical(v.Ns)
	case *dns.PTR:
		r.Data = canonical(v.Ptr)
	case *dns.MX:
		r.Priority, r.Data = v.Preference, canonical(v.Mx)
	case *dns.SRV:
		r.Priority, r.Weight, r.Port, r.Data = v.Priority, v.Weight, v.Port, canonical(v.Target)
	default:
		r.Data = strings.TrimPrefix(rr.String(), h.String())
	}
	return r
}

// Rdata returns the record data in presentation format.
func (r *Record) Rdata() string {
	switch r.Type {
	case TypeA, TypeAAAA:
		return r.Addr.String()
	case TypeMX:
		return strconv.Itoa(int(r.Priority)) + " " + r.Data
	case TypeSRV:
		return strconv.Itoa(int(r.Priority)) + " " + strconv.Itoa(int(r.Weight)) + " " +
			strconv.Itoa(int(r.Port)) + " " + r.Data
	}
	return r.Data
}

// String returns the record in master file syntax on one line.
func (r *Record) String() string {
	return r.Name + "\t" + strconv.FormatUint(uint64(r.TTL), 10) + "\t" + r.Class.String() + "\t" +
		r.Type.String() + "\t" + r.Rdata()
}

// Target returns the name a CNAME, DNAME, NS, PTR, MX or SRV record points
// to, or "".
func (r *Record) Target() string {
	switch r.Type {
	case TypeCNAME, TypeDNAME, TypeNS, TypePTR, TypeMX, TypeSRV:
		return r.Data
	}
	return ""
}

// SOA holds the fields of a zone's SOA record that zonegen uses.
type SOA struct {
	Serial  uint32
	Minimum uint32
	Pos     Pos
}
