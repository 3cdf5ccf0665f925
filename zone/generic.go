package zone

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// BIND's words for wire data of a known type that it cannot read: its
// wire-format reader (dns_rdata_fromwire) runs out of data, finds data
// left after the record, or finds a field it refuses.
const (
	wireShort = "unexpected end of input"
	wireExtra = "extra input data"
	wireBad   = "FORMERR"
)

// checkGeneric refuses a record written in RFC 3597's generic form (`SRV
// \# 2 0000`) whose data is not the wire form of its type, as BIND
// refuses the zone: BIND reads the data of a type it knows with its
// wire-format reader, where miekg/dns takes data that ends between two
// fields for a record without the fields after it (`NS \# 0` is an NS
// record without a name, `SRV \# 2 0000` one with a priority only). It
// looks only at a record whose line holds `\#`. The reader asks it of a
// record miekg/dns reads and of one it cannot read (`EUI48 \# 5 ...`),
// which would otherwise be kept as text; in the zone or out of it, as BIND
// reads the data of a record it then drops.
func checkGeneric(t uint16, text []byte, pos Pos) error {
	if !bytes.Contains(text, []byte(`\#`)) {
		return nil
	}
	data, length, ok := genericData(text, Type(t))
	if !ok {
		return nil
	}
	if length != len(data) {
		return &Error{Pos: pos, Err: fmt.Errorf(`\# says %d bytes and gives %d: BIND says %q`, length, len(data), lengthProblem(length, len(data)))}
	}
	if why := wireProblem(t, data); why != "" {
		return &Error{Pos: pos, Err: fmt.Errorf(`%s record data in \# form is not the wire form of a %s record: BIND says %q`, Type(t), Type(t), why)}
	}
	return nil
}

// genericData returns the bytes of the record data that follows `\#` and
// its length in an entry's text, and the length it declares; false when
// the type's word is not followed by `\#` (a `\#` in a name or a quoted
// string), or the length is not a number or the data not hexadecimal.
func genericData(text []byte, t Type) ([]byte, int, bool) {
	plain := withoutComments(text)
	tok := strings.Fields(plain)
	i := 0
	if plain != "" && plain[0] != ' ' && plain[0] != '\t' {
		i = 1 // the owner
	}
	for i < len(tok) && (isClass(tok[i]) || isTTL(tok[i])) {
		i++
	}
	// the type's word, then \# as the first word of the data: a TXT
	// string that spells "TXT" and then "\#" is text (test 14 D4)
	if i+2 >= len(tok) || tok[i+1] != `\#` {
		return nil, 0, false
	}
	if typ, ok := typeOf(tok[i]); !ok || typ != t {
		return nil, 0, false
	}
	length, err := strconv.ParseUint(tok[i+2], 10, 16)
	if err != nil {
		return nil, 0, false
	}
	data, err := hex.DecodeString(strings.Join(tok[i+3:], ""))
	return data, int(length), err == nil
}

// lengthProblem is BIND's word for RFC 3597 data of given bytes where
// the \# length says length: the bytes do not fit in the room the length
// makes, or end before it is filled.
func lengthProblem(length, given int) string {
	if given > length {
		return "ran out of space"
	}
	return wireShort
}

// withoutComments returns an entry's text without its comments and
// parentheses, its lines joined by blanks. A record in \# form has no
// quoted ";" before its data but in a quoted owner, which BIND would not
// read with a generic type anyway.
func withoutComments(text []byte) string {
	var b strings.Builder
	for _, line := range strings.Split(string(text), "\n") {
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
		b.WriteByte(' ')
	}
	return strings.NewReplacer("(", " ", ")", " ").Replace(b.String())
}

// bindUnknown holds the types miekg/dns knows and BIND 9.18 does not:
// BIND takes any data for them (named-checkzone loads `UINFO \# 0`).
var bindUnknown = map[uint16]bool{dns.TypeUINFO: true, dns.TypeUID: true, dns.TypeGID: true, dns.TypeUNSPEC: true}

// mayBeEmpty holds the known types whose data BIND takes empty.
var mayBeEmpty = map[uint16]bool{dns.TypeNULL: true, dns.TypeAPL: true}

// wireProblem returns BIND's word for wire data that is not a record of
// type t, or "" when BIND reads it (or does not know t). It unpacks the
// data with miekg/dns and packs it again: a record that packs to more
// bytes, or has a name left empty, stopped at the end of the data.
func wireProblem(t uint16, data []byte) string {
	if bindUnknown[t] || dns.TypeToRR[t] == nil {
		return ""
	}
	if len(data) == 0 {
		if mayBeEmpty[t] {
			return ""
		}
		return wireShort
	}
	if opaqueTail(t, data) {
		return ""
	}
	h := dns.RR_Header{Name: ".", Rrtype: t, Class: dns.ClassINET, Rdlength: uint16(len(data))}
	rr, off, err := dns.UnpackRRWithHeader(h, data, 0)
	switch {
	case err != nil && (t == dns.TypeSVCB || t == dns.TypeHTTPS):
		// miekg/dns refuses parameters BIND 9.18 takes (key65535, an
		// ipv6hint of an IPv4-mapped address) and says "overflow" of
		// them, so its word on SvcParams is not BIND's: not judged.
		return ""
	case err != nil && err.Error() == "dns: bad rdlength":
		return wireExtra // the record ends before the data does
	case err != nil && (strings.Contains(err.Error(), "overflow") || strings.Contains(err.Error(), "buffer size too small")):
		return wireBad // the data ends inside a field
	case err != nil:
		// miekg/dns refuses a value BIND takes (an APL address family
		// other than 1 and 2): not judged.
		return ""
	case off != len(data):
		return wireExtra
	}
	if why := repackProblem(rr, data); why != "" {
		return why
	}
	return fieldProblem(rr)
}

// opaqueTail reports whether BIND reads the data of a record of type t
// whose first bytes say that the rest is of a form it keeps as it is and
// miekg/dns does not read: a LOC of a version other than 0, an AMTRELAY of
// a relay type from 4 on (named-checkzone loads `LOC \# 2 0100` and
// `AMTRELAY \# 3 0a0400`; test 10 D1).
func opaqueTail(t uint16, data []byte) bool {
	switch t {
	case dns.TypeLOC:
		return data[0] != 0
	case dns.TypeAMTRELAY:
		return len(data) >= 2 && data[1]&0x7f >= 4
	}
	return false
}

// repackProblem packs rr again and compares its data with what it was
// unpacked from: more bytes are fields miekg/dns left out at the end of
// the data (`HINFO \# 1 00` is a CPU string without an OS string), other
// bytes data it read otherwise (a compression pointer, which BIND does not
// follow in a zone file). An ISDN record may end after its address.
func repackProblem(rr dns.RR, data []byte) string {
	if hasEmptyName(rr) {
		return wireShort
	}
	buf := make([]byte, dns.Len(rr)+len(data)+256)
	end, err := dns.PackRR(rr, buf, 0, nil, false)
	if err != nil {
		return wireBad
	}
	packed := buf[end-int(rr.Header().Rdlength) : end]
	switch {
	case bytes.Equal(packed, data):
		return ""
	case rr.Header().Rrtype == dns.TypeISDN && bytes.HasPrefix(packed, data):
		return ""
	case len(packed) > len(data):
		return wireShort
	}
	return wireBad
}

// hasEmptyName reports whether a name field of rr is empty: miekg/dns
// leaves a name the data does not reach empty, and packs it as nothing.
func hasEmptyName(rr dns.RR) bool {
	return emptyNameIn(reflect.ValueOf(rr).Elem())
}

// emptyNameIn reports whether a field of struct v tagged as a name, or of
// a struct it embeds (HTTPS embeds SVCB), is empty.
func emptyNameIn(v reflect.Value) bool {
	for i := 0; i < v.NumField(); i++ {
		f, field := v.Field(i), v.Type().Field(i)
		if field.Anonymous && f.Kind() == reflect.Struct && emptyNameIn(f) {
			return true
		}
		if strings.HasSuffix(field.Tag.Get("dns"), "domain-name") && f.Kind() == reflect.String && f.String() == "" {
			return true
		}
	}
	return false
}

// digestLength holds the lengths of the DS digests BIND knows (RFC 4034,
// 4509, 6605): SHA-1, SHA-256 and SHA-384.
var digestLength = map[uint8]int{1: 20, 2: 32, 4: 48}

// fieldProblem returns BIND's word for a record whose last field BIND
// requires and the data leaves empty (a DS digest, a DNSKEY key, a TLSA
// certificate, an RRSIG signature, an NSEC type bitmap), or whose field
// BIND refuses (a DS or SSHFP digest of the wrong length for its type, a
// CAA tag that is empty or not letters and digits, a HIP record without
// HIT or key, an X25 address of fewer than four digits).
func fieldProblem(rr dns.RR) string {
	switch r := rr.(type) {
	case *dns.SSHFP:
		return sshfpProblem(r)
	case *dns.CAA:
		return caaProblem(r.Tag)
	case *dns.NSEC:
		return emptyIs(len(r.TypeBitMap) == 0, wireBad)
	case *dns.HIP:
		return emptyIs(r.Hit == "" || r.PublicKey == "", wireBad)
	case *dns.X25:
		return emptyIs(len(r.PSDNAddress) < 4 || !isDigits(r.PSDNAddress), wireBad)
	}
	v := reflect.ValueOf(rr).Elem()
	if rr.Header().Rrtype == dns.TypeDS || digested[rr.Header().Rrtype] {
		return digestProblem(uint8(v.FieldByName("DigestType").Uint()), v.FieldByName("Digest").String())
	}
	if name, ok := requiredLast[rr.Header().Rrtype]; ok && !noKey(rr) {
		return emptyIs(v.FieldByName(name).String() == "", wireShort)
	}
	return ""
}

// noKey reports whether rr is a KEY record whose flags say it holds no key
// (RFC 2535 §3.1.2, both bits of 0xC000): BIND loads it without one
// (`KEY \# 4 c0000308`, as `KEY 49152 3 8` does; test 10 D1).
func noKey(rr dns.RR) bool {
	k, ok := rr.(*dns.KEY)
	return ok && k.Flags&0xC000 == 0xC000
}

// digested holds the types of DS's layout, digest last: CDS, DLV, TA.
var digested = map[uint16]bool{dns.TypeCDS: true, dns.TypeDLV: true, dns.TypeTA: true}

// requiredLast names, by type, the field that ends a record and that BIND
// requires: a key, a certificate or a signature.
var requiredLast = map[uint16]string{
	dns.TypeDNSKEY: "PublicKey", dns.TypeCDNSKEY: "PublicKey", dns.TypeKEY: "PublicKey", dns.TypeIPSECKEY: "PublicKey",
	dns.TypeTLSA: "Certificate", dns.TypeSMIMEA: "Certificate", dns.TypeCERT: "Certificate",
	dns.TypeRRSIG: "Signature", dns.TypeSIG: "Signature",
}

// emptyIs returns why when bad holds, else "".
func emptyIs(bad bool, why string) string {
	if bad {
		return why
	}
	return ""
}

// digestProblem checks a DS digest (hexadecimal) as BIND's ds_43.c does:
// never empty, and of its type's length when BIND knows the type.
func digestProblem(typ uint8, digest string) string {
	n, known := digestLength[typ]
	switch {
	case digest == "" || known && len(digest)/2 < n:
		return wireShort
	case known && len(digest)/2 > n:
		return wireExtra
	}
	return ""
}

// sshfpProblem checks an SSHFP fingerprint as BIND does: never empty, 20
// bytes for SHA-1 and 32 for SHA-256.
func sshfpProblem(r *dns.SSHFP) string {
	n := len(r.FingerPrint) / 2
	if n == 0 || r.Type == 1 && n != 20 || r.Type == 2 && n != 32 {
		return wireBad
	}
	return ""
}

// caaProblem checks a CAA tag as BIND does: one or more letters and
// digits.
func caaProblem(tag string) string {
	if tag == "" {
		return wireBad
	}
	for _, c := range []byte(tag) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return wireBad
		}
	}
	return ""
}
