package plan

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"net/netip"
	"slices"
)

// Derive returns the IPv6 addresses the plan gives host, whose A records
// hold the addresses v4, each once (an RRset is a set: the caller drops
// a record written twice, so that it gets one AAAA). A hosts entry wins: its addresses are returned in
// plan order, and when host has A records there must be one address per A
// record; an entry written as a mapping from IPv4 addresses gives each
// address of v4 its own. Otherwise each address of v4 is mapped by the most specific
// subnet that holds it, and the results come in the order of v4.
//
// When an address of v4 is in no subnet (or host has neither A records nor
// a hosts entry), the error is a *NotCoveredError and no address is
// returned.
// Other errors are problems of the plan and carry its file and line.
func (p *Plan) Derive(host string, v4 []netip.Addr) ([]Address, error) {
	name := canonicalName(host)
	if h, ok := p.hosts[name]; ok && h.byV4 != nil && len(v4) > 0 {
		return p.byV4(name, h, v4)
	} else if ok {
		return p.explicit(name, h, len(v4))
	}
	if len(v4) == 0 {
		return nil, &NotCoveredError{Host: name}
	}
	out := make([]Address, 0, len(v4))
	var uncovered []netip.Addr
	for _, a := range v4 {
		a = a.Unmap()
		if !a.Is4() {
			return nil, fmt.Errorf("%s: %v is not an IPv4 address", name, a)
		}
		s, ok := p.lookup(a)
		if !ok {
			uncovered = append(uncovered, a)
			continue
		}
		addr, err := s.derive(a)
		if err != nil {
			return nil, &Error{File: p.File, Line: s.line, Err: fmt.Errorf("subnet %s: %s %v: %w", s.ipv4, name, a, err)}
		}
		out = append(out, Address{Addr: addr, Source: p.source(s)})
	}
	if len(uncovered) > 0 {
		return nil, &NotCoveredError{Host: name, Uncovered: uncovered}
	}
	return out, nil
}

// explicit returns the addresses of hosts entry h for a host with nA A
// records.
func (p *Plan) explicit(name string, h hostEntry, nA int) ([]Address, error) {
	if nA > 0 && nA != len(h.addrs) {
		err := fmt.Errorf("hosts entry %s: %s for %s (want one address per A record)",
			name, count(len(h.addrs), "address", "addresses"), count(nA, "A record", "A records"))
		return nil, &Error{File: p.File, Line: h.line, Err: err}
	}
	src := Source{File: p.File, Line: h.line, Host: name}
	out := make([]Address, len(h.addrs))
	for i, a := range h.addrs {
		out[i] = Address{Addr: a, Source: src}
	}
	return out, nil
}

// HostEntries returns the sources of the plan's hosts entries, in line
// order: fix says which name no host has (test 21 #2).
func (p *Plan) HostEntries() []Source {
	out := make([]Source, 0, len(p.hosts))
	for name, h := range p.hosts {
		out = append(out, Source{File: p.File, Line: h.line, Host: name})
	}
	slices.SortFunc(out, func(a, b Source) int { return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Host, b.Host)) })
	return out
}

// ListEntry reports whether host has a hosts entry that is an address or
// a list of them, not a mapping, and its line: such an entry is paired
// with the host's A records in their order, which the caller must be able
// to tell.
func (p *Plan) ListEntry(host string) (line int, ok bool) {
	h, ok := p.hosts[canonicalName(host)]
	return h.line, ok && h.byV4 == nil
}

// byV4 returns the addresses of hosts entry h, written as a mapping, for
// the addresses v4 of the host's A records, in their order. An address of
// the mapping that v4 lacks is not used: an A record of a view that has
// its AAAA already, say.
func (p *Plan) byV4(name string, h hostEntry, v4 []netip.Addr) ([]Address, error) {
	src := Source{File: p.File, Line: h.line, Host: name}
	out := make([]Address, len(v4))
	for i, a := range v4 {
		addr, ok := h.byV4[a.Unmap()]
		if !ok {
			return nil, &Error{File: p.File, Line: h.line, Err: fmt.Errorf("hosts entry %s: no address for its A record %s", name, a)}
		}
		out[i] = Address{Addr: addr, Source: src}
	}
	return out, nil
}

// count writes n and the noun in the singular or plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// lookup returns the most specific subnet that holds a: of each prefix
// length that the subnets have, longest first, it tries the one prefix of
// that length that holds a. The ipv4 prefixes are distinct and have no
// host bits, so no two subnets of one length hold a.
func (p *Plan) lookup(a netip.Addr) (subnet, bool) {
	for _, bits := range p.lengths {
		pfx, err := a.Prefix(bits)
		if err != nil {
			continue
		}
		if i, ok := p.byIPv4[pfx]; ok {
			return p.subnets[i], true
		}
	}
	return subnet{}, false
}

// indexSubnets maps the ipv4 prefix of each of subs to its index and
// lists the prefix lengths present, longest first, for lookup.
func indexSubnets(subs []subnet) (map[netip.Prefix]int, []int) {
	byIPv4 := make(map[netip.Prefix]int, len(subs))
	var lengths []int
	for i, s := range subs {
		byIPv4[s.ipv4] = i
		if bits := s.ipv4.Bits(); !slices.Contains(lengths, bits) {
			lengths = append(lengths, bits)
		}
	}
	slices.SortFunc(lengths, func(a, b int) int { return cmp.Compare(b, a) })
	return byIPv4, lengths
}

// source describes subnet s as the source of an address.
func (p *Plan) source(s subnet) Source {
	return Source{File: p.File, Line: s.line, IPv4: s.ipv4, IPv6: s.ipv6, Scheme: s.scheme}
}

// derive maps a, an address inside s.ipv4, to its IPv6 address, refusing
// one outside s.ipv6 or equal to its subnet-router anycast address.
func (s subnet) derive(a netip.Addr) (netip.Addr, error) {
	addr := s.apply(a)
	switch {
	case !s.ipv6.Contains(addr):
		return netip.Addr{}, fmt.Errorf("derived address %s is outside %s", addr, s.ipv6)
	case addr == s.ipv6.Addr():
		return netip.Addr{}, fmt.Errorf("derived address %s is the subnet-router anycast address of %s", addr, s.ipv6)
	}
	return addr, nil
}

// apply computes the scheme's address for a without any check.
func (s subnet) apply(a netip.Addr) netip.Addr {
	v4 := a.As4()
	var low uint64
	switch s.scheme {
	case Mimic:
		for _, o := range hostOctets(a, s.ipv4.Bits()) {
			low = low<<16 | mimicGroup(o)
		}
	case LowBits:
		low = uint64(binary.BigEndian.Uint32(v4[:]) & hostMask(s.ipv4.Bits()))
	case Embed:
		low = uint64(binary.BigEndian.Uint32(v4[:]))
	}
	b := s.ipv6.Addr().As16()
	binary.BigEndian.PutUint64(b[8:], binary.BigEndian.Uint64(b[8:])|low)
	return netip.AddrFrom16(b)
}

// low is the first address the subnet can derive: every scheme keeps the
// order of IPv4 addresses, so it is the network address's.
func (s subnet) low() netip.Addr { return s.apply(s.ipv4.Addr()) }

// high is the last address the subnet can derive; see low.
func (s subnet) high() netip.Addr {
	v4 := s.ipv4.Addr().As4()
	binary.BigEndian.PutUint32(v4[:], binary.BigEndian.Uint32(v4[:])|hostMask(s.ipv4.Bits()))
	return s.apply(netip.AddrFrom4(v4))
}

// hostOctets returns the octets of a that a prefix of the given length
// does not cover completely: one for a /24, two for a /16 or a /20.
func hostOctets(a netip.Addr, bits int) []byte {
	v4 := a.As4()
	return v4[bits/8:]
}

// mimicGroup returns the 16-bit group whose hex digits are the decimal
// digits of octet o: 11 gives 0x11, 255 gives 0x255.
func mimicGroup(o byte) uint64 {
	return uint64(o/100)<<8 | uint64(o/10%10)<<4 | uint64(o%10)
}

// hostMask returns the host bits of an IPv4 prefix of the given length.
func hostMask(bits int) uint32 { return ^uint32(0) >> bits }
