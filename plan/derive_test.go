package plan

import (
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parseTestdata parses testdata/name, naming the plan by its base name.
func parseTestdata(t *testing.T, name string) *Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return p
}

// addrs parses IPv4 addresses for a test case.
func addrs(t *testing.T, ss ...string) []netip.Addr {
	t.Helper()
	out := make([]netip.Addr, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParseAddr(s)
	}
	return out
}

// render writes each address with its source, for comparison.
func render(as []Address) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Addr.String()+" from "+a.Source.String())
	}
	return out
}

func TestDerive(t *testing.T) {
	tests := []struct {
		name string
		plan string
		host string
		v4   []string
		want []string
	}{
		{
			name: "mimic /24",
			plan: "example.yaml",
			host: "fe01.contoso.com.",
			v4:   []string{"10.20.1.11"},
			want: []string{"fd20:0:0:1::11 from example.yaml:4: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic"},
		},
		{
			name: "hosts mapping: each A record's address, in their order",
			plan: "example.yaml",
			host: "LyncDiscover.contoso.com",
			v4:   []string{"198.51.100.30", "10.20.1.30"},
			want: []string{"2a02:1234::30 from example.yaml:18: hosts entry lyncdiscover.contoso.com.", "fd20:0:0:1::30 from example.yaml:18: hosts entry lyncdiscover.contoso.com."},
		},
		{
			name: "hosts mapping: an address of another view's A record left out",
			plan: "example.yaml",
			host: "lyncdiscover.contoso.com.",
			v4:   []string{"10.20.1.30"},
			want: []string{"fd20:0:0:1::30 from example.yaml:18: hosts entry lyncdiscover.contoso.com."},
		},
		{
			name: "hosts mapping: a name without A records gets them all",
			plan: "example.yaml",
			host: "lyncdiscover.contoso.com.",
			want: []string{"fd20:0:0:1::30 from example.yaml:18: hosts entry lyncdiscover.contoso.com.", "2a02:1234::30 from example.yaml:18: hosts entry lyncdiscover.contoso.com."},
		},
		{
			name: "low-bits /24",
			plan: "example.yaml",
			host: "fe02.contoso.com.",
			v4:   []string{"10.20.2.11"},
			want: []string{"fd20:0:0:2::b from example.yaml:7: subnet 10.20.2.0/24 -> fd20:0:0:2::/64 low-bits"},
		},
		{
			name: "embed /96",
			plan: "example.yaml",
			host: "edge.contoso.com.",
			v4:   []string{"192.0.2.5"},
			want: []string{"2001:db8:100::c000:205 from example.yaml:10: subnet 192.0.2.0/24 -> 2001:db8:100::/96 embed"},
		},
		{
			name: "mimic /16 writes two groups",
			plan: "nested.yaml",
			host: "a.contoso.com.",
			v4:   []string{"10.30.4.7", "10.30.255.255"},
			want: []string{
				"fd30::4:7 from nested.yaml:4: subnet 10.30.0.0/16 -> fd30::/64 mimic",
				"fd30::255:255 from nested.yaml:4: subnet 10.30.0.0/16 -> fd30::/64 mimic",
			},
		},
		{
			name: "mimic /20 writes the partial octet whole",
			plan: "nested.yaml",
			host: "b.contoso.com.",
			v4:   []string{"10.30.17.5", "10.30.31.0"},
			want: []string{
				"fd30::10:0:0:17:5 from nested.yaml:7: subnet 10.30.16.0/20 -> fd30:0:0:10::/64 mimic",
				"fd30::10:0:0:31:0 from nested.yaml:7: subnet 10.30.16.0/20 -> fd30:0:0:10::/64 mimic",
			},
		},
		{
			name: "most specific subnet wins",
			plan: "nested.yaml",
			host: "c.contoso.com.",
			v4:   []string{"10.30.16.200", "10.30.16.100", "10.30.32.1"},
			want: []string{
				"fd30:0:0:11::48 from nested.yaml:10: subnet 10.30.16.128/25 -> fd30:0:0:11::/64 low-bits",
				"fd30::10:0:0:16:100 from nested.yaml:7: subnet 10.30.16.0/20 -> fd30:0:0:10::/64 mimic",
				"fd30::32:1 from nested.yaml:4: subnet 10.30.0.0/16 -> fd30::/64 mimic",
			},
		},
		{
			name: "low-bits /16",
			plan: "nested.yaml",
			host: "d.contoso.com.",
			v4:   []string{"10.40.1.2"},
			want: []string{"fd40::102 from nested.yaml:13: subnet 10.40.0.0/16 -> fd40::/64 low-bits"},
		},
		{
			name: "embed /32",
			plan: "nested.yaml",
			host: "e.contoso.com.",
			v4:   []string{"198.51.100.7"},
			want: []string{"2001:db8:7::c633:6407 from nested.yaml:16: subnet 198.51.100.7/32 -> 2001:db8:7::/96 embed"},
		},
		{
			name: "mimic halves of a /24 share a prefix",
			plan: "nested.yaml",
			host: "f.contoso.com.",
			v4:   []string{"10.50.0.99", "10.50.0.200"},
			want: []string{
				"fd50::99 from nested.yaml:27: subnet 10.50.0.0/25 -> fd50::/64 mimic",
				"fd50::200 from nested.yaml:30: subnet 10.50.0.128/25 -> fd50::/64 mimic",
			},
		},
		{
			name: "hosts entry wins over a subnet",
			plan: "example.yaml",
			host: "sip.contoso.com.",
			v4:   []string{"192.0.2.5"},
			want: []string{"2001:db8:100::10 from example.yaml:14: hosts entry sip.contoso.com."},
		},
		{
			name: "host name is case-insensitive and the dot optional",
			plan: "example.yaml",
			host: "SIP.Contoso.COM",
			v4:   []string{"192.0.2.5"},
			want: []string{"2001:db8:100::10 from example.yaml:14: hosts entry sip.contoso.com."},
		},
		{
			name: "hosts entry without A records",
			plan: "hosts-only.yaml",
			host: "sip.contoso.com.",
			want: []string{
				"2001:db8:100::10 from hosts-only.yaml:5: hosts entry sip.contoso.com.",
				"2001:db8:100::11 from hosts-only.yaml:5: hosts entry sip.contoso.com.",
			},
		},
		{
			name: "wildcard hosts entry",
			plan: "hosts-only.yaml",
			host: "*.meet.contoso.com.",
			v4:   []string{"198.51.100.30"},
			want: []string{"2001:db8:100::30 from hosts-only.yaml:8: hosts entry *.meet.contoso.com."},
		},
		{
			name: "hosts pool one address per A record",
			plan: "example.yaml",
			host: "pool01.contoso.com.",
			v4:   []string{"10.20.1.21", "10.20.1.22"},
			want: []string{
				"fd20:0:0:1::a from example.yaml:15: hosts entry pool01.contoso.com.",
				"fd20:0:0:1::b from example.yaml:15: hosts entry pool01.contoso.com.",
			},
		},
		{
			name: "pool across subnets one AAAA per A in order",
			plan: "example.yaml",
			host: "pool02.contoso.com.",
			v4:   []string{"10.20.2.13", "10.20.1.12", "10.20.1.11"},
			want: []string{
				"fd20:0:0:2::d from example.yaml:7: subnet 10.20.2.0/24 -> fd20:0:0:2::/64 low-bits",
				"fd20:0:0:1::12 from example.yaml:4: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic",
				"fd20:0:0:1::11 from example.yaml:4: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic",
			},
		},
		{
			name: "IPv4-mapped input is unmapped",
			plan: "example.yaml",
			host: "fe03.contoso.com.",
			v4:   []string{"::ffff:10.20.1.13"},
			want: []string{"fd20:0:0:1::13 from example.yaml:4: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseTestdata(t, tt.plan)
			got, err := p.Derive(tt.host, addrs(t, tt.v4...))
			if err != nil {
				t.Fatalf("Derive: %v", err)
			}
			if diff := cmp.Diff(tt.want, render(got)); diff != "" {
				t.Errorf("Derive(%s, %v) (-want +got):\n%s", tt.host, tt.v4, diff)
			}
		})
	}
}

func TestDeriveErrors(t *testing.T) {
	tests := []struct {
		name       string
		plan       string
		host       string
		v4         []string
		want       string
		notCovered bool
	}{
		{
			name:       "not covered",
			plan:       "example.yaml",
			host:       "fe09.contoso.com",
			v4:         []string{"10.99.0.1"},
			want:       "fe09.contoso.com.: 10.99.0.1: not covered by the address plan",
			notCovered: true,
		},
		{
			name:       "pool partly covered gets nothing",
			plan:       "example.yaml",
			host:       "pool03.contoso.com.",
			v4:         []string{"10.20.1.11", "10.99.0.1", "10.99.0.2"},
			want:       "pool03.contoso.com.: 10.99.0.1, 10.99.0.2: not covered by the address plan",
			notCovered: true,
		},
		{
			name:       "no A records and no hosts entry",
			plan:       "example.yaml",
			host:       "av.contoso.com.",
			want:       "av.contoso.com.: no A records and no hosts entry: not covered by the address plan",
			notCovered: true,
		},
		{
			name: "hosts pool with fewer addresses than A records",
			plan: "example.yaml",
			host: "pool01.contoso.com.",
			v4:   []string{"10.20.1.21", "10.20.1.22", "10.20.1.23"},
			want: "example.yaml:15: hosts entry pool01.contoso.com.: 2 addresses for 3 A records (want one address per A record)",
		},
		{
			name: "single hosts address for two A records",
			plan: "example.yaml",
			host: "sip.contoso.com.",
			v4:   []string{"192.0.2.5", "192.0.2.6"},
			want: "example.yaml:14: hosts entry sip.contoso.com.: 1 address for 2 A records (want one address per A record)",
		},
		{
			name: "low-bits of a network address is the subnet-router anycast",
			plan: "example.yaml",
			host: "net.contoso.com.",
			v4:   []string{"10.20.2.0"},
			want: "example.yaml:7: subnet 10.20.2.0/24: net.contoso.com. 10.20.2.0: derived address fd20:0:0:2:: is the subnet-router anycast address of fd20:0:0:2::/64",
		},
		{
			name: "mimic of a zero host octet is the subnet-router anycast",
			plan: "example.yaml",
			host: "net.contoso.com.",
			v4:   []string{"10.20.1.0"},
			want: "example.yaml:4: subnet 10.20.1.0/24: net.contoso.com. 10.20.1.0: derived address fd20:0:0:1:: is the subnet-router anycast address of fd20:0:0:1::/64",
		},
		{
			name: "hosts mapping without the A record's address",
			plan: "example.yaml",
			host: "lyncdiscover.contoso.com.",
			v4:   []string{"10.20.1.30", "198.51.100.31"},
			want: "example.yaml:18: hosts entry lyncdiscover.contoso.com.: no address for its A record 198.51.100.31",
		},
		{
			name: "an IPv6 address as A",
			plan: "example.yaml",
			host: "v6.contoso.com.",
			v4:   []string{"fd20::1"},
			want: "v6.contoso.com.: fd20::1 is not an IPv4 address",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseTestdata(t, tt.plan)
			got, err := p.Derive(tt.host, addrs(t, tt.v4...))
			if err == nil {
				t.Fatalf("Derive(%s, %v) = %v, want error %q", tt.host, tt.v4, render(got), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("Derive(%s, %v) error:\n got %q\nwant %q", tt.host, tt.v4, err, tt.want)
			}
			if errors.Is(err, ErrNotCovered) != tt.notCovered {
				t.Errorf("errors.Is(err, ErrNotCovered) = %v, want %v", !tt.notCovered, tt.notCovered)
			}
			var nc *NotCoveredError
			if errors.As(err, &nc) != tt.notCovered || nc != nil && tt.want != nc.Host+": "+nc.What()+": "+ErrNotCovered.Error() {
				t.Errorf("errors.As(err, *NotCoveredError) = %+v, want one for %q", nc, tt.want)
			}
			if got != nil {
				t.Errorf("Derive returned addresses with an error: %v", render(got))
			}
		})
	}
}

func TestMimicGroup(t *testing.T) {
	tests := []struct {
		octet byte
		want  uint64
	}{
		{octet: 0, want: 0x0},
		{octet: 5, want: 0x5},
		{octet: 11, want: 0x11},
		{octet: 99, want: 0x99},
		{octet: 100, want: 0x100},
		{octet: 255, want: 0x255},
	}
	for _, tt := range tests {
		if got := mimicGroup(tt.octet); got != tt.want {
			t.Errorf("mimicGroup(%d) = %#x, want %#x", tt.octet, got, tt.want)
		}
	}
}
