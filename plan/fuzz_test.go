package plan

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that its errors are positioned
// in the plan, and that a plan it accepts derives, for addresses of every
// subnet, only addresses inside the subnet's IPv6 prefix, from the most
// specific subnet, and never the same address for two IPv4 addresses.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, tt := range parseErrorCases() {
		f.Add([]byte(tt.plan))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.yaml", data)
		if err != nil {
			checkParseError(t, err)
			return
		}
		checkDerived(t, p)
	})
}

// checkParseError checks that err is made of plan errors for fuzz.yaml.
func checkParseError(t *testing.T, err error) {
	t.Helper()
	var pe *Error
	if !errors.As(err, &pe) || pe.File != "fuzz.yaml" {
		t.Fatalf("Parse error %q is not a plan.Error for fuzz.yaml", err)
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		if !strings.HasPrefix(line, "fuzz.yaml:") {
			t.Fatalf("Parse error line %q does not start with fuzz.yaml:", line)
		}
	}
}

// checkDerived derives addresses of every subnet of p and checks them.
func checkDerived(t *testing.T, p *Plan) {
	t.Helper()
	seen := make(map[netip.Addr]netip.Addr)
	for _, s := range p.subnets {
		for _, a := range samples(s.ipv4) {
			got, err := p.Derive("fuzz.example.", []netip.Addr{a})
			if err != nil {
				var pe *Error
				if !errors.As(err, &pe) || errors.Is(err, ErrNotCovered) {
					t.Fatalf("Derive(%s): unexpected error %v", a, err)
				}
				continue
			}
			checkAddress(t, p, a, got)
			if prev, dup := seen[got[0].Addr]; dup && prev != a {
				t.Fatalf("%s and %s both derive %s", prev, a, got[0].Addr)
			}
			seen[got[0].Addr] = a
		}
	}
}

// checkAddress checks what Derive gave for a: one address, inside the
// prefix of the most specific subnet holding a, and not its subnet-router
// anycast address.
func checkAddress(t *testing.T, p *Plan, a netip.Addr, got []Address) {
	t.Helper()
	if len(got) != 1 {
		t.Fatalf("Derive(%s) gave %d addresses, want 1", a, len(got))
	}
	src, addr := got[0].Source, got[0].Addr
	if !src.IPv4.Contains(a) || !src.IPv6.Contains(addr) || addr == src.IPv6.Addr() {
		t.Fatalf("Derive(%s) = %s from %s", a, addr, src)
	}
	for _, s := range p.subnets {
		if s.ipv4.Contains(a) && s.ipv4.Bits() > src.IPv4.Bits() {
			t.Fatalf("Derive(%s) used %s, not the more specific %s", a, src.IPv4, s.ipv4)
		}
	}
}

// samples returns addresses of prefix: the first, second, middle, second
// to last and last.
func samples(prefix netip.Prefix) []netip.Addr {
	v4 := prefix.Addr().As4()
	first := binary.BigEndian.Uint32(v4[:])
	size := hostMask(prefix.Bits())
	var out []netip.Addr
	for _, off := range []uint32{0, 1, size / 2, size - 1, size} {
		if off > size {
			continue
		}
		binary.BigEndian.PutUint32(v4[:], first+off)
		out = append(out, netip.AddrFrom4(v4))
	}
	return out
}
