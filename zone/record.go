package zone

import (
	"encoding/binary"
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
	TypeDS    = Type(dns.TypeDS)
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
// except A and AAAA, whose address Addr returns.
//
// A Record is 72 bytes with three pointers: a million-record zone is held
// in memory whole, and every byte and pointer of a record costs the reader
// fresh pages and the collector a scan (docs/performance-history.md,
// "What changed in the fifth round"). So the position is a shared file
// name and a line, and the address of A and AAAA and the numbers of MX and
// SRV share sixteen bytes: use Addr, Pos, Priority, Weight and Port to read
// them, and the Set methods to set them.
type Record struct {
	Name  string
	Data  string
	file  *string // shared by the records of a file
	TTL   uint32
	line  int32
	Type  Type
	Class Class
	// run numbers the runs of records read one after another with one
	// owner, in reading order, as BIND groups them (markRuns, RRsetTTL);
	// until markRuns, the $INCLUDE starts and ends read before the record.
	// It fills room the alignment leaves: a Record stays 72 bytes.
	run uint32
	// rdata holds the address of an A (first four bytes) or AAAA record,
	// or the priority (MX preference), weight and port of an MX or SRV
	// record, big endian.
	rdata [16]byte
}

// Addr returns the address of an A or AAAA record, and the zero Addr for
// other types.
func (r *Record) Addr() netip.Addr {
	switch r.Type {
	case TypeA:
		return netip.AddrFrom4([4]byte(r.rdata[:4]))
	case TypeAAAA:
		return netip.AddrFrom16(r.rdata)
	}
	return netip.Addr{}
}

// SetAddr sets the address of an A record (an IPv4 address) or an AAAA
// record (an IPv6 address).
func (r *Record) SetAddr(a netip.Addr) {
	if a.Is4() {
		r.rdata = [16]byte{}
		copy(r.rdata[:], a.AsSlice())
		return
	}
	r.rdata = a.As16()
}

// Priority returns the priority of an SRV record or the preference of an
// MX record.
func (r *Record) Priority() uint16 { return r.number(0) }

// Weight returns the weight of an SRV record.
func (r *Record) Weight() uint16 { return r.number(2) }

// Port returns the port of an SRV record.
func (r *Record) Port() uint16 { return r.number(4) }

func (r *Record) number(at int) uint16 {
	if r.Type != TypeMX && r.Type != TypeSRV {
		return 0
	}
	return binary.BigEndian.Uint16(r.rdata[at:])
}

// SetNumbers sets the priority (MX preference), weight and port of an MX
// or SRV record.
func (r *Record) SetNumbers(priority, weight, port uint16) {
	r.rdata = [16]byte{}
	binary.BigEndian.PutUint16(r.rdata[0:], priority)
	binary.BigEndian.PutUint16(r.rdata[2:], weight)
	binary.BigEndian.PutUint16(r.rdata[4:], port)
}

// Pos returns where the record starts.
func (r *Record) Pos() Pos {
	if r.file == nil {
		return Pos{Line: int(r.line)}
	}
	return Pos{File: *r.file, Line: int(r.line)}
}

// SetPos sets where the record starts.
func (r *Record) SetPos(p Pos) { r.file, r.line = &p.File, int32(p.Line) }

// setPlace sets the position from a file name the records of a file share.
func (r *Record) setPlace(file *string, line int) { r.file, r.line = file, int32(line) }

// SameRdata reports whether r and s have the same typed data: address,
// numbers and Data (the class, TTL and type aside).
func (r *Record) SameRdata(s *Record) bool { return r.rdata == s.rdata && r.Data == s.Data }

// newRecord converts a parsed record into the model, without its
// position. It reports false for an A or AAAA record without an address,
// which miekg/dns lets through.
func newRecord(rr dns.RR) (Record, bool) {
	h := rr.Header()
	r := Record{Name: canonical(h.Name), Type: Type(h.Rrtype), Class: Class(h.Class), TTL: h.Ttl}
	switch v := rr.(type) {
	case *dns.A:
		a, ok := netip.AddrFromSlice(v.A.To4())
		r.SetAddr(a)
		return r, ok
	case *dns.AAAA:
		a, ok := netip.AddrFromSlice(v.AAAA.To16())
		r.SetAddr(a)
		return r, ok
	case *dns.CNAME:
		r.Data = canonical(v.Target)
	case *dns.DNAME:
		r.Data = canonical(v.Target)
	case *dns.NS:
		r.Data = canonical(v.Ns)
	case *dns.PTR:
		r.Data = canonical(v.Ptr)
	case *dns.MX:
		r.SetNumbers(v.Preference, 0, 0)
		r.Data = canonical(v.Mx)
	case *dns.SRV:
		r.SetNumbers(v.Priority, v.Weight, v.Port)
		r.Data = canonical(v.Target)
	default:
		r.Data = strings.TrimPrefix(rr.String(), h.String())
	}
	return r, true
}

// Rdata returns the record data in presentation format.
func (r *Record) Rdata() string {
	switch r.Type {
	case TypeA, TypeAAAA:
		return r.Addr().String()
	case TypeMX:
		return strconv.Itoa(int(r.Priority())) + " " + r.Data
	case TypeSRV:
		return strconv.Itoa(int(r.Priority())) + " " + strconv.Itoa(int(r.Weight())) + " " +
			strconv.Itoa(int(r.Port())) + " " + r.Data
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
	Owner   string // canonical, as the records' names
	data    string // the record's data, lower case, to tell a copy (secondSOA)
}
