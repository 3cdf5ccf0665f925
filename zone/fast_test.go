package zone

import (
	"math/rand/v2"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
)

// readFastAndMiekg reads data with the fast reader and with miekg/dns
// alone.
func readFastAndMiekg(data []byte) (fast, miekg *Zone) {
	return readTwice(data, func(o *reading) { o.miekgOnly = true })
}

// TestFastReadsAsMiekg reads every test zone, example and corpus file, and
// samples of what the fast reader must hand over to miekg/dns, with and
// without the fast reader: records, positions, notes and errors must be
// the same.
func TestFastReadsAsMiekg(t *testing.T) {
	for name, data := range testZones(t) {
		fast, miekg := readFastAndMiekg(data)
		if diff := sameReading(fast, miekg); diff != "" {
			t.Errorf("%s: %s", filepath.Base(name), diff)
		}
		if diff := sameRuns(fast, miekg); diff != "" { // the owner as each reader spells it (review 19b #7)
			t.Errorf("%s: %s", filepath.Base(name), diff)
		}
	}
	for name, data := range fastSamples {
		fast, miekg := readFastAndMiekg([]byte(data))
		if diff := sameReading(fast, miekg); diff != "" {
			t.Errorf("%s: %s", name, diff)
		}
		if diff := sameRuns(fast, miekg); diff != "" {
			t.Errorf("%s: %s", name, diff)
		}
		if miekg.Err == nil && len(fast.Records) == 0 {
			t.Errorf("%s: no records", name)
		}
	}
}

// fastSamples are zones where the fast reader and miekg/dns take turns.
var fastSamples = map[string]string{
	"blank owner after fast records": "$TTL 1h\n@ SOA ns hm 1 2 3 4 5\nhost A 10.0.0.1\n TXT \"x\"\n AAAA fd00::1\n",
	"default TTL without $TTL":       "@ 300 SOA ns hm 1 2 3 4 5\na 600 A 10.0.0.1\nb TXT \"x\"\nc IN TXT y\nd 900 A 10.0.0.2\n IN TXT z\ne TXT w\n",
	"class before TTL":               "@ 300 SOA ns hm 1 2 3 4 5\na IN 600 A 10.0.0.1\nb IN TXT x\n",
	"names and case":                 "$TTL 60\n@ SOA ns hm 1 2 3 4 5\nHost.Sub A 10.0.0.1\n* CNAME Host.Sub\n@ MX 10 mail\n_sip._tls SRV 0 0 443 Sip.Example.\nabs.example. NS ns.other.\n4.3.2.1 PTR host\n",
	"runs and case":                  "$TTL 60\n@ SOA ns hm 1 2 3 4 5\npool A 10.0.0.1\nPOOL A 10.0.0.2\nPool.Example. A 10.0.0.3\n A 10.0.0.4\npool.EXAMPLE. A 10.0.0.5\npool A 10.0.0.6\n@ A 10.0.0.7\nEXAMPLE. A 10.0.0.8\n",
	"origin changes":                 "$TTL 60\n@ SOA ns hm 1 2 3 4 5\n$ORIGIN sub.example.\na A 10.0.0.1\n$ORIGIN .\nb A 10.0.0.2\nc.example. A 10.0.0.3\n",
	"generate":                       "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na A 10.0.0.9\n$GENERATE 1-3 h$ A 10.0.1.$\n TXT after\nz 70 A 10.0.0.8\n$GENERATE 1-2 g$ TXT x$\n A 10.0.0.7\n",
	"not for the fast reader":        "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na A 010.0.0.1\n",
	"mapped and zoned":               "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na AAAA ::ffff:10.0.0.1\nb AAAA fe80::1%eth0\n",
	"bad data":                       "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na A 10.0.0.1\n SRV 0 0 70000 x\n",
	"escape":                         "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na A 10.0.0.1\nb\\.c A 10.0.0.2\n CNAME x\n",
	"type as owner":                  "$TTL 60\n@ SOA ns hm 1 2 3 4 5\nA A 10.0.0.1\nIN IN A 10.0.0.2\nMX MX 5 A\n",
	"two TTLs":                       "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na 1 2 A 10.0.0.1\n",
	"units":                          "@ 1h SOA ns hm 1 2 3 4 5\na 1h30m A 10.0.0.1\nb TXT x\n",
	"long label":                     "$TTL 60\n@ SOA ns hm 1 2 3 4 5\n" + strings.Repeat("a", 64) + " A 10.0.0.1\n",
	"empty label":                    "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na..b A 10.0.0.1\n",
	"recovered":                      "$TTL 60\n@ SOA ns hm 1 2 3 4 5\na A 10.0.0.1\nn NSAP 0x47\n A 10.0.0.2\n",
	"SOA minimum":                    "@ SOA ns hm 1 2 3 4 300\n NS ns\na 600 A 10.0.0.1\nb A 10.0.0.2\n AAAA fd00::1\n$GENERATE 1-2 g$ A 10.0.1.$\nc MX 10 a\n",
	"quoted owner":                   "$TTL 60\n@ SOA ns hm 1 2 3 4 5\n\"host\" A 10.0.0.1\n AAAA fd00::1\n\"a b\" A 10.0.0.2\nc A 10.0.0.3\n",
	"include of blank owner":         "$TTL 60\n@ SOA ns hm 1 2 3 4 5\nhost A 10.0.0.1\n$ORIGIN sub.example.\n AAAA fd00::2\n",
}

// TestParseIPv4AsNetip: parseIPv4 accepts only what netip.ParseAddr reads
// as an IPv4 address, with the same value, and accepts every plain dotted
// quad.
func TestParseIPv4AsNetip(t *testing.T) {
	cases := []string{"0.0.0.0", "255.255.255.255", "10.0.0.1", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3",
		"01.2.3.4", "1.2.3.00", "256.1.1.1", "1.2.3.4x", "", "1.2.3.-4", "::1", "::ffff:1.2.3.4", "1.2.3.1000"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		b := make([]byte, rng.IntN(16))
		for i := range b {
			b[i] = "0123456789.:"[rng.IntN(12)]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		got, ok := parseIPv4([]byte(s))
		want, err := netip.ParseAddr(s)
		if ok && (err != nil || got != want) {
			t.Errorf("%q: parseIPv4 %v, netip %v %v", s, got, want, err)
		}
		if !ok && err == nil && want.Is4() {
			t.Errorf("%q: parseIPv4 refuses what netip reads as %v", s, want)
		}
	}
}

// TestFastReaderTakes: the lines of a large zone are read by the fast
// reader (it would be no faster otherwise); the others are left to
// miekg/dns.
func TestFastReaderTakes(t *testing.T) {
	fast := []string{"host A 10.0.0.1", " AAAA fd00::1", "\tA 10.0.0.2", "host 300 IN A 10.0.0.3", "Host IN 1h A 10.0.0.4",
		"_sip._tls SRV 0 0 443 sip.example.", "@ MX 10 mail", "www CNAME host", "sub NS ns1", "4.3.2.1 PTR host.", "* A 10.0.0.5"}
	slow := []string{"host TXT x", "a A 010.0.0.1", "a AAAA fe80::1%eth0", "a\\.b A 10.0.0.1", "a CH A 10.0.0.1",
		"a A 10.0.0.1 extra", "a SRV 0 0 443 .", "a 1 2 A 10.0.0.1", "a A", "a..b A 10.0.0.1", "a TYPE1 10.0.0.1",
		"a A ::1", "a AAAA 10.0.0.1", "a MX 70000 mail"}
	for _, want := range []bool{true, false} {
		lines := fast
		if !want {
			lines = slow
		}
		for _, line := range lines {
			z := &Zone{File: "db", Origin: "example.", Class: ClassIN}
			f := &feeder{zone: z, origin: "example.", ttl: ttlState{known: true, byDirective: true, value: 60},
				opt: reading{Options: Options{Limits: Limits{}.withDefaults()}}, last: &lastState{owner: "prev.example.", any: true}}
			f.buf = []byte(line)
			if got := f.fastRecord(Pos{File: "db", Line: 1}, false); got != want {
				t.Errorf("%q: fast reader takes it: %v, want %v", line, got, want)
			}
		}
	}
}
