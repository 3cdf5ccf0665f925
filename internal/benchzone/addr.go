package benchzone

import "net/netip"

// ula is the unique-local /48 every derived IPv6 address is in: the plan
// maps 10.S.0.0/16 to ula:S::/64 (S's decimal digits read as hex) with the
// mimic scheme, so 10.20.3.11 has the AAAA fd6b:3c2e:51a0:20::3:11.
var ula = [6]byte{0xfd, 0x6b, 0x3c, 0x2e, 0x51, 0xa0}

// The two ranges addresses come from: Lync servers in 10.0.0.0/9, plain
// hosts in 10.128.0.0/9.
const (
	lyncBase  = 0
	plainBase = 128
)

// allocator hands out IPv4 addresses in order, skipping .0, .1 (the
// gateway) and .255 of every /24.
type allocator struct {
	next  uint32 // the next address, as a number
	limit uint32 // first address past the range
	seen  func(netip.Prefix)
}

func newAllocator(second byte, seen func(netip.Prefix)) *allocator {
	start := uint32(10)<<24 | uint32(second)<<16
	return &allocator{next: start, limit: start + 128<<16, seen: seen}
}

// take returns the next free address; past the end of its /9 it wraps.
func (a *allocator) take() netip.Addr {
	for a.next&0xff < 2 || a.next&0xff == 255 {
		a.next++
	}
	if a.next >= a.limit {
		a.next -= 128 << 16
		return a.take()
	}
	if a.next&0xffff == 2 {
		a.seen(netip.PrefixFrom(addr4(a.next), 16).Masked())
	}
	v := a.next
	a.next++
	return addr4(v)
}

func addr4(v uint32) netip.Addr {
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

// mimic returns the IPv6 address the plan derives for a 10.S.T.U address.
func mimic(a netip.Addr) netip.Addr {
	v := a.As4()
	var b [16]byte
	copy(b[:], ula[:])
	putGroup(b[6:], v[1])
	putGroup(b[12:], v[2])
	putGroup(b[14:], v[3])
	return netip.AddrFrom16(b)
}

// prefix6 returns the IPv6 /64 of the plan entry for an IPv4 /16.
func prefix6(p netip.Prefix) netip.Prefix {
	var b [16]byte
	copy(b[:], ula[:])
	putGroup(b[6:], p.Addr().As4()[1])
	return netip.PrefixFrom(netip.AddrFrom16(b), 64)
}

// putGroup writes an octet as a 16-bit group whose hex digits are the
// octet's decimal digits: 123 becomes 0x123.
func putGroup(b []byte, v byte) {
	g := uint16(v/100)<<8 | uint16(v/10%10)<<4 | uint16(v%10)
	b[0], b[1] = byte(g>>8), byte(g)
}
