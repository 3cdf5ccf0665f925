package zone

import (
	"bytes"
	"net/netip"
	"strconv"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/arena"
)

// The fast reader turns the lines that make up almost all of a large zone
// (A, AAAA, CNAME, NS, PTR, MX and SRV records of plain names, numbers and
// addresses) into records itself, at a fraction of what miekg/dns's lexer
// costs. It accepts a line only when it is sure that miekg/dns would read
// it to the same record; everything else (other types, escapes, quotes,
// unusual names, every error) goes to miekg/dns as before. FuzzRead and
// TestFastReadsAsMiekg compare both readers.
//
// miekg/dns keeps state from line to line: the owner of a blank-owner line
// and, without $TTL, the default TTL are those of the last record it read.
// It does not see the records read here, so the first line it gets after
// them is made to carry its owner and TTL (see selfContained).

// fastState is what the fast reader keeps from line to line.
type fastState struct {
	stale bool   // it read records miekg/dns has not seen
	spare []byte // a second line buffer for selfContained
	name  []byte // where it builds a name
	// names keeps the names it made, a block for hundreds; ReadFiles
	// gives the feeders of one core's files one for all (names).
	names *arena.Strings
	// a memo of fastName: the last owner token it read (ownerTok, as
	// written) under origin ownerOrigin, and the name it made of it
	// (owner, canonical)
	owner, ownerOrigin string
	ownerTok           []byte
	// written is that owner made absolute with its letter case, as
	// miekg/dns makes it (a buffer used again); empty when it has no
	// capital letter, and owner is how it is written
	written []byte
}

// maxFastTokens is the most tokens a fast line has: owner, TTL, class,
// SRV and four fields of data.
const maxFastTokens = 8

// fastTypes are the types the fast reader takes, with their number of
// data fields.
var fastTypes = [...]struct {
	name string
	t    Type
	n    int
}{
	{"A", TypeA, 1}, {"AAAA", TypeAAAA, 1}, {"CNAME", TypeCNAME, 1}, {"NS", TypeNS, 1},
	{"PTR", TypePTR, 1}, {"MX", TypeMX, 2}, {"SRV", TypeSRV, 4},
}

// fastType looks a type mnemonic up in fastTypes, in any case.
func fastType(tok []byte) (t Type, fields int, ok bool) {
	for _, ft := range fastTypes {
		if len(tok) == len(ft.name) && bytes.EqualFold(tok, []byte(ft.name)) {
			return ft.t, ft.n, true
		}
	}
	return 0, 0, false
}

// fastRecord reads the record line in f.buf (no line end) if it can, and
// appends it to the zone. It reports false, changing nothing, when the line
// is for miekg/dns. sameOwner says the owner in f.buf is the one of the
// record before, which the feeder wrote out (after a recovery): the run
// goes on, whatever the origin is now (FuzzRead).
func (f *feeder) fastRecord(pos Pos, sameOwner bool) bool {
	z, last := f.zone, f.last
	if last == nil || f.opt.miekgOnly || !f.ttl.known || z.Class != ClassIN || f.pendingRecord() ||
		f.read() >= f.opt.Limits.MaxRecords {
		return false
	}
	var tok [maxFastTokens][]byte
	n, ok := splitFast(f.buf, &tok)
	if !ok || n < 2 { // a type and its data, after a blank owner
		return false
	}
	var r Record
	o, ok := f.fastOwner(tok[0], sameOwner)
	if !ok || f.opt.outOfZone(o.name) {
		return false // the slow path reads it, or drops it and says so
	}
	r.Name, r.Class = o.name, ClassIN
	i, ttl, hasTTL, ok := ttlAndClass(tok[o.tokens:n])
	if !ok {
		return false
	}
	i += o.tokens
	t, fields, ok := fastType(tok[i])
	if !ok || n-i-1 != fields || wildcardNS(t, r.Name) || !f.fastData(&r, t, tok[i+1:n]) {
		return false // the slow path reads it, or refuses it
	}
	r.Type = t
	if r.TTL, ok = f.fastTTL(ttl, hasTTL); !ok {
		return false
	}
	r.setPlace(f.fileName(pos.File), pos.Line)
	served := f.fastRun(&r, o)
	z.Records = appendRecord(z.Records, &r)
	last.owner, last.explicit, last.any = r.Name, served, true
	f.fast.stale = true
	f.hand(false)
	f.tick()
	return true
}

// fastOwnerOf is the owner of a fast line: its name, and the owner as
// written for the run (written when it has capitals, else plain, the name
// itself; neither for a blank owner, or one the feeder wrote out, for
// which the run goes on). tokens is 1 when the line wrote it, else 0.
type fastOwnerOf struct {
	name    string
	written []byte
	plain   string
	tokens  int
}

// fastOwner reads the owner of the line in f.buf, whose first token is
// first: the last record's for a blank owner.
func (f *feeder) fastOwner(first []byte, sameOwner bool) (fastOwnerOf, bool) {
	if f.buf[0] == ' ' || f.buf[0] == '\t' {
		if !f.last.any || f.last.owner == "" {
			return fastOwnerOf{}, false
		}
		return fastOwnerOf{name: canonical(f.last.owner)}, true
	}
	name, ok := f.fastName(first, true)
	if !ok {
		return fastOwnerOf{}, false
	}
	o := fastOwnerOf{name: name, tokens: 1}
	switch {
	case sameOwner: // written out by the feeder: the run goes on, as for a blank owner
	case len(f.fast.written) > 0:
		o.written = f.fast.written
	default:
		o.plain = name
	}
	return o, true
}

// ttlAndClass reads the TTL and the class IN, in either order and each
// optional, at the start of tok, and returns the place of the token after
// them, which must be there.
func ttlAndClass(tok [][]byte) (i int, ttl uint32, hasTTL, ok bool) {
	hasClass := false
	for ; i < len(tok); i++ {
		t := tok[i]
		switch {
		case !hasTTL && t[0] >= '0' && t[0] <= '9':
			v, err := ParseTTL(string(t))
			if err != nil || len(t) > 10 {
				return 0, 0, false, false
			}
			ttl, hasTTL = v, true
			continue
		case !hasClass && len(t) == 2 && t[0]|0x20 == 'i' && t[1]|0x20 == 'n':
			hasClass = true
			continue
		}
		break
	}
	return i, ttl, hasTTL, i < len(tok)
}

// fastTTL returns the TTL of a fast record: its own (ttl, when hasTTL),
// else $TTL's, else the last record's; false when miekg/dns must decide.
func (f *feeder) fastTTL(ttl uint32, hasTTL bool) (uint32, bool) {
	switch {
	case hasTTL:
		return ttl, true
	case f.ttl.byDirective:
		return f.ttl.value, true
	case f.last.any:
		return f.last.explicit, true
	}
	return 0, false
}

// fastRun puts r into the run of its owner o (joinRun) and returns the
// TTL BIND serves it with.
func (f *feeder) fastRun(r *Record, o fastOwnerOf) (served uint32) {
	if len(o.written) > 0 {
		r.run, served = joinRun(&f.run, o.written, f.parts, typeList(r.Type), r.TTL)
		f.ownerText = append(f.ownerText[:0], o.written...)
		return served
	}
	r.run, served = joinRun(&f.run, o.plain, f.parts, typeList(r.Type), r.TTL)
	if o.plain != "" {
		f.ownerText = append(f.ownerText[:0], o.plain...)
	}
	return served
}

// appendRecord appends *r to rs. In room already made it stores the fields
// one by one: appending the whole record would copy it with the garbage
// collector's bulk write barrier, which showed as a fifth of the fast
// reader's time while a collection ran. Every field is stored, since the
// room may hold a record handed on before (Options.each).
func appendRecord(rs []Record, r *Record) []Record {
	if len(rs) == cap(rs) {
		return append(rs, *r)
	}
	rs = rs[:len(rs)+1]
	d := &rs[len(rs)-1]
	d.Name, d.Data, d.file, d.TTL, d.line = r.Name, r.Data, r.file, r.TTL, r.line
	d.Type, d.Class, d.rdata, d.run = r.Type, r.Class, r.rdata, r.run
	return rs
}

// fastData reads the data fields of a record of type t into r.
func (f *feeder) fastData(r *Record, t Type, data [][]byte) bool {
	switch t {
	case TypeA, TypeAAAA:
		a, ok := parseIPv4(data[0])
		if !ok {
			var err error
			if a, err = netip.ParseAddr(string(data[0])); err != nil || a.Zone() != "" {
				return false
			}
		}
		r.SetAddr(a)
		return a.Is4() == (t == TypeA)
	case TypeMX:
		p, ok := fastUint16(data[0])
		r.SetNumbers(p, 0, 0)
		return ok && f.fastTarget(r, data[1])
	case TypeSRV:
		p, ok0 := fastUint16(data[0])
		w, ok1 := fastUint16(data[1])
		port, ok2 := fastUint16(data[2])
		r.SetNumbers(p, w, port)
		return ok0 && ok1 && ok2 && f.fastTarget(r, data[3])
	}
	return f.fastTarget(r, data[0])
}

func (f *feeder) fastTarget(r *Record, tok []byte) bool {
	name, ok := f.fastName(tok, false)
	r.Data = name
	return ok
}

// parseIPv4 reads the dotted-quad addresses that netip.ParseAddr reads
// (four decimal fields of 0 to 255, no leading zeros) without making a
// string of the token; anything else is left to netip.ParseAddr.
func parseIPv4(tok []byte) (netip.Addr, bool) {
	var b [4]byte
	field, digits, v := 0, 0, 0
	for i, c := range tok {
		switch {
		case c >= '0' && c <= '9':
			if digits == 1 && v == 0 {
				return netip.Addr{}, false // a leading zero
			}
			v, digits = v*10+int(c-'0'), digits+1
			if v > 255 {
				return netip.Addr{}, false
			}
		case c == '.' && digits > 0 && field < 3 && i+1 < len(tok):
			b[field], field, digits, v = byte(v), field+1, 0, 0
		default:
			return netip.Addr{}, false
		}
	}
	if field != 3 || digits == 0 {
		return netip.Addr{}, false
	}
	b[3] = byte(v)
	return netip.AddrFrom4(b), true
}

// fastUint16 reads a 16-bit number as miekg/dns does (strconv, base 10).
func fastUint16(tok []byte) (uint16, bool) {
	v, err := strconv.ParseUint(string(tok), 10, 16)
	return uint16(v), err == nil
}

// fastName makes a name of letters, digits, '-', '_' and '*' absolute and
// canonical, when miekg/dns would take it as it is: labels of 1 to 63
// bytes, no empty label, not the root alone. An owner is compared with
// the last one first, so that the records of one name share its string.
func (f *feeder) fastName(tok []byte, owner bool) (string, bool) {
	if len(tok) == 1 && tok[0] == '@' {
		if owner {
			f.fast.owner, f.fast.written = "", append(f.fast.written[:0], f.origin...)
		}
		return f.origin, true
	}
	if len(tok) > 200 || !plainName(tok) {
		return "", false
	}
	if owner && f.fast.owner != "" && bytes.Equal(tok, f.fast.ownerTok) && f.origin == f.fast.ownerOrigin {
		return f.fast.owner, true
	}
	b := f.fast.name[:0]
	upper := false
	for _, c := range tok {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b = append(b, c)
	}
	if tok[len(tok)-1] != '.' {
		if f.origin != "." {
			b = append(b, '.')
		}
		b = append(b, f.origin...)
	}
	f.fast.name = b
	if len(b) >= maxWire {
		return "", false // perhaps too long: the slow path says so
	}
	if f.fast.names == nil {
		f.fast.names = new(arena.Strings)
	}
	name := f.fast.names.String(b)
	if owner {
		f.fast.owner, f.fast.ownerOrigin = name, f.origin
		f.fast.ownerTok = append(f.fast.ownerTok[:0], tok...)
		f.fast.written = f.fast.written[:0]
		if upper {
			w := append(append(f.fast.written, tok...), name[len(tok):]...)
			// an absolute owner's origin part in the origin's spelling (runOwner)
			if n := len(w) - len(f.origin); tok[len(tok)-1] == '.' && n >= 0 && (n == 0 || w[n-1] == '.') && foldEqual(w[n:], f.origin) {
				copy(w[n:], f.origin)
			}
			f.fast.written = w
		}
	}
	return name, true
}

// plainName reports whether tok is a valid name of plain characters.
func plainName(tok []byte) bool {
	label := 0
	for _, c := range tok {
		switch {
		case c == '.':
			if label == 0 || label > 63 {
				return false
			}
			label = 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '*':
			label++
		default:
			return false
		}
	}
	return label <= 63 && (label > 0 || len(tok) > 1)
}

// splitFast splits a line into at most maxFastTokens tokens. It reports
// false for a line with more, or with a byte that only miekg/dns should
// judge (quotes, escapes, '$', '/', '%', anything not printable ASCII).
func splitFast(line []byte, tok *[maxFastTokens][]byte) (int, bool) {
	n, start := 0, -1
	for i, c := range line {
		switch {
		case c == ' ' || c == '\t':
			if start >= 0 {
				tok[n], n, start = line[start:i], n+1, -1
			}
		case fastByte[c]:
			if start < 0 {
				if n == maxFastTokens {
					return 0, false
				}
				start = i
			}
		default:
			return 0, false
		}
	}
	if start >= 0 {
		tok[n], n = line[start:], n+1
	}
	return n, true
}

// fastByte holds the bytes a fast line may have besides blanks.
var fastByte = newByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.*:@")

// pendingRecord reports whether miekg/dns has been given a record line
// that it has not returned yet: a record read here now would come before it.
func (f *feeder) pendingRecord() bool {
	for _, li := range f.lines {
		if li.record {
			return true
		}
	}
	return false
}

// selfContained makes the record line in f.buf, which goes to miekg/dns,
// carry the owner and TTL it takes from the records before it, when the
// fast reader read some of those: miekg/dns would take them from the last
// record it read itself.
func (f *feeder) selfContained() {
	if !f.fast.stale {
		return
	}
	f.fast.stale = false
	line, last := f.buf, f.last
	blank := len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
	ownerEnd := 0
	if !blank {
		ownerEnd = tokenEnd(line, 0)
	}
	needTTL := !f.ttl.byDirective && last.any && !ttlAfter(line[ownerEnd:])
	if !blank && !needTTL {
		return
	}
	out := append(f.fast.spare[:0], line[:ownerEnd]...)
	if blank { // the owner as written: its letter case makes BIND's runs
		if len(f.ownerText) > 0 {
			out = append(out, f.ownerText...)
		} else {
			out = append(out, last.owner...)
		}
	}
	if needTTL {
		out = append(out, ' ')
		out = strconv.AppendUint(out, uint64(last.explicit), 10)
	}
	out = append(out, line[ownerEnd:]...)
	f.buf, f.fast.spare = out, line
}

// ttlAfter reports whether the text after an owner has a TTL, or
// something miekg/dns takes for one: anything but a class before the type.
func ttlAfter(rest []byte) bool {
	for i, n := 0, 0; n < 2; n++ {
		for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t') {
			i++
		}
		if i >= len(rest) {
			return true
		}
		end := tokenEnd(rest, i)
		u := strings.ToUpper(string(rest[i:end]))
		i = end
		if _, ok := dns.StringToType[u]; ok || strings.HasPrefix(u, "TYPE") {
			return false
		}
		if _, ok := dns.StringToClass[u]; !ok && !strings.HasPrefix(u, "CLASS") {
			return true
		}
	}
	return true
}
