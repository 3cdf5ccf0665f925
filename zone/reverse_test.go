package zone

import (
	"net/netip"
	"testing"
)

// TestAddrOfReverse: the full reverse names of both families give their
// address; origins, shorter prefixes, RFC 2317 names and names written
// otherwise than ReverseName writes them give none.
func TestAddrOfReverse(t *testing.T) {
	const v6 = "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa."
	for _, tc := range []struct {
		desc, name string
		want       string // the address, "" for none
	}{
		{desc: "ip6.arpa", name: v6, want: "fd00:10::11"},
		{desc: "ip6.arpa, every nibble", name: "f.e.d.c.b.a.9.8.7.6.5.4.3.2.1.0.f.e.d.c.b.a.9.8.7.6.5.4.3.2.1.0.ip6.arpa.", want: "123:4567:89ab:cdef:123:4567:89ab:cdef"},
		{desc: "in-addr.arpa", name: "5.2.0.192.in-addr.arpa.", want: "192.0.2.5"},
		{desc: "in-addr.arpa, zeros", name: "0.0.0.10.in-addr.arpa.", want: "10.0.0.0"},
		{desc: "in-addr.arpa, 255", name: "255.255.255.255.in-addr.arpa.", want: "255.255.255.255"},
		{desc: "ip6.arpa origin", name: "0.1.0.0.0.0.d.f.ip6.arpa.", want: ""},
		{desc: "ip6.arpa, 33 nibbles", name: "0." + v6, want: ""},
		{desc: "ip6.arpa, upper case", name: "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.D.F.ip6.arpa.", want: ""},
		{desc: "ip6.arpa, two-digit label", name: "11.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa.", want: ""},
		{desc: "ip6.arpa, not hex", name: "g.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa.", want: ""},
		{desc: "in-addr.arpa origin", name: "2.0.192.in-addr.arpa.", want: ""},
		{desc: "in-addr.arpa, five labels", name: "1.5.2.0.192.in-addr.arpa.", want: ""},
		{desc: "in-addr.arpa, 256", name: "256.2.0.192.in-addr.arpa.", want: ""},
		{desc: "in-addr.arpa, leading zero", name: "05.2.0.192.in-addr.arpa.", want: ""},
		{desc: "in-addr.arpa, sign", name: "+5.2.0.192.in-addr.arpa.", want: ""},
		{desc: "RFC 2317", name: "5.0/26.2.0.192.in-addr.arpa.", want: ""},
		{desc: "empty label", name: "5..0.192.in-addr.arpa.", want: ""},
		{desc: "forward name", name: "sip.contoso.com.", want: ""},
		{desc: "nibbles without ip6.arpa", name: "1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.", want: ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a, ok := AddrOfReverse(tc.name)
			got := ""
			if ok {
				got = a.String()
			}
			if got != tc.want {
				t.Errorf("AddrOfReverse(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

// FuzzAddrOfReverse: every name AddrOfReverse reads is the name
// ReverseName writes for the address, and ReverseName's names read back.
func FuzzAddrOfReverse(f *testing.F) {
	f.Add("5.2.0.192.in-addr.arpa.")
	f.Add("1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa.")
	f.Add("192.0.2.5")
	f.Add("fd00:10::11")
	f.Fuzz(func(t *testing.T, s string) {
		if a, ok := AddrOfReverse(s); ok {
			if rev, err := ReverseName(a.String()); err != nil || rev != s {
				t.Errorf("AddrOfReverse(%q) = %v, whose ReverseName is %q (%v)", s, a, rev, err)
			}
		}
		a, err := netip.ParseAddr(s)
		if err != nil || a.Zone() != "" {
			return
		}
		rev, err := ReverseName(a.String())
		if err != nil {
			return
		}
		if back, ok := AddrOfReverse(rev); !ok || back != a.Unmap() && back != a {
			t.Errorf("AddrOfReverse(ReverseName(%v)) = %v, %v", a, back, ok)
		}
	})
}
