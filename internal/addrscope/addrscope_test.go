package addrscope

import (
	"net/netip"
	"testing"
)

// TestFirstNonHost checks the prefixes a plan may map to: those inside
// 2000::/3 (documentation included) or fc00::/7, and the first address
// outside for the rest.
func TestFirstNonHost(t *testing.T) {
	for _, tt := range []struct{ prefix, want string }{
		{"2001:db8::/32", ""},
		{"2001:d00::/24", ""},
		{"2000::/3", ""},
		{"fd20::/64", ""},
		{"fc00::/7", ""},
		{"fc00::/6", "fe00::"},
		{"2000::/2", "::"},
		{"64:ff9b::/96", "64:ff9b::"},
		{"100::/64", "100::"},
		{"4000::/64", "4000::"},
		{"fe80::/64", "fe80::"},
		{"::/0", "::"},
	} {
		a, bad := FirstNonHost(netip.MustParsePrefix(tt.prefix))
		got := ""
		if bad {
			got = a.String()
		}
		if got != tt.want {
			t.Errorf("FirstNonHost(%s) = %q, want %q", tt.prefix, got, tt.want)
		}
		if bad && Host(a) {
			t.Errorf("FirstNonHost(%s) = %s, which Host accepts", tt.prefix, a)
		}
	}
}

// TestHostAgreesWithOf checks that Host refuses exactly the scopes the
// audit reports as errors.
func TestHostAgreesWithOf(t *testing.T) {
	for _, s := range []string{"2001:db8::1", "2a01::1", "fd00::1", "fe80::1", "::1", "1::5", "ff02::1", "fec0::1"} {
		a := netip.MustParseAddr(s)
		want := Of(a) != Reserved && Of(a) != LinkLocal
		if Host(a) != want {
			t.Errorf("Host(%s) = %v, scope %s", s, Host(a), Of(a))
		}
	}
}

// TestReservedKind: the blocks in use that no server has are named for
// what they are, not as outside every block in use (test 20a D5).
func TestReservedKind(t *testing.T) {
	for _, tt := range []struct{ addr, want string }{
		{"64:ff9b::c633:640a", "a NAT64 address (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215), which DNS64 makes and no server has"},
		{"64:ff9b:1::a00:1", "a NAT64 address (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215), which DNS64 makes and no server has"},
		{"100::1", "a discard-only address (100::/64, RFC 6666)"},
		{"100:0:0:1::1", "outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)"},
		{"fec0::1", "a site-local address (fec0::/10, deprecated by RFC 3879)"},
	} {
		if got := ReservedKind(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("ReservedKind(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
