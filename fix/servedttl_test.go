package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// servedHead starts the zones of TestServedTTL: an SOA, an NS with its
// AAAA, and the SRV record that makes the hosts Lync hosts.
const servedHead = "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 h ( 1 3600 900 1209600 300 )\n  IN NS ns1\n" +
	"ns1 A 10.0.0.1\nns1 AAAA fd20::a00:1\n_sipinternaltls._tcp SRV 0 0 5061 fe1\n"

// servedPlan gives 10.0.0.0/8 addresses in fd20::/64.
const servedPlan = "version: 1\nsubnets:\n  - ipv4: 10.0.0.0/8\n    ipv6: \"fd20::/64\"\n    host: embed\n"

// servedRev is a reverse zone for fd20::/64 whose owner ::5 has two PTR
// lines of TTLs 300 and 600: BIND serves both at 300 ("TTL set to prior
// TTL"), until a line of another owner goes between them.
const servedRev = "$ORIGIN 0.0.0.0.0.0.0.0.0.0.0.0.0.2.d.f.ip6.arpa.\n$TTL 3600\n" +
	"@ IN SOA ns1.contoso.com. h.contoso.com. ( 1 3600 900 1209600 300 )\n  IN NS ns1.contoso.com.\n" +
	"5.0.0.0.0.0.a.0.0.0.0.0.0.0.0.0 300 PTR fe5.contoso.com.\n5.0.0.0.0.0.a.0.0.0.0.0.0.0.0.0 600 PTR fe1.contoso.com.\n"

// TestServedTTL runs fix on layouts of test 5 (defects 3 to 6) and reads
// the result as BIND serves it (zone.RRsetTTL, which follows
// named-checkzone -D of BIND 9.18): every RRset that was there keeps the
// TTL it was served with, each new AAAA RRset is served with its A
// RRset's TTL, which is want, and the audit finds no aaaa-ttl-mismatch
// and each new AAAA is read as many times as the line of its A that is
// read the fewest times (a duplicate-record only where every line of
// the A makes one).
func TestServedTTL(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // db.contoso.com and the files it includes
		host  string            // the host that gets an AAAA
		want  uint32            // the TTL BIND serves host's A and AAAA with
	}{
		// An $INCLUDE of a file without records ends the run (defect 3).
		{"empty include between", map[string]string{"db.contoso.com": servedHead +
			"fe1 300 A 10.0.1.1\n$INCLUDE empty.inc\nfe1 600 A 10.0.1.2\n", "empty.inc": ""}, "fe1.contoso.com.", 600},
		{"$TTL include between", map[string]string{"db.contoso.com": servedHead +
			"fe1 300 A 10.0.1.1\n$INCLUDE ttl.inc\nfe1 600 A 10.0.1.2\n", "ttl.inc": "$TTL 50\n"}, "fe1.contoso.com.", 600},
		// A part read twice, under two $TTLs: the last reading's (defect 4).
		{"include twice under two $TTLs", map[string]string{"db.contoso.com": servedHead +
			"$TTL 100\n$INCLUDE p.inc\n$TTL 200\n$INCLUDE p.inc\n", "p.inc": "fe1 A 10.0.0.3\n"}, "fe1.contoso.com.", 200},
		// A part read twice around an A of the zone's own file (defect 6).
		{"include twice around an A", map[string]string{"db.contoso.com": servedHead +
			"$INCLUDE p.inc\nfe1 300 A 10.0.0.4\n$INCLUDE p.inc\n", "p.inc": "fe1 A 10.0.0.3\n"}, "fe1.contoso.com.", 3600},
		// An A in the zone's own file and in a part read twice: the AAAA
		// goes beside the line read once (retest N2).
		{"A in the zone and in a part read twice", map[string]string{"db.contoso.com": servedHead +
			"fe1 A 10.0.0.3\n$INCLUDE p.inc\n$INCLUDE p.inc\n", "p.inc": "fe1 A 10.0.0.3\n"}, "fe1.contoso.com.", 3600},
		// A new PTR of ::6 goes after both lines of ::5 (defect 5).
		{"PTR after the run", map[string]string{"db.contoso.com": servedHead +
			"fe6 A 10.0.0.6\n", "db.fd20": servedRev}, "fe6.contoso.com.", 3600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := workDir(t)
			for name, text := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			opt := servedOptions(t)
			before := readZones(t, opt)
			res, err := fix.RunPaths([]string{"."}, opt)
			if err != nil {
				t.Fatal(err)
			}
			writeChanges(t, res)
			after := readZones(t, opt)
			served, was := servedTTLs(after), servedTTLs(before)
			for key, ttl := range was {
				if served[key] != ttl {
					t.Errorf("%s served with TTL %d, was %d", key, served[key], ttl)
				}
			}
			for _, typ := range []string{"A", "AAAA"} {
				if got := served[tt.host+" "+typ]; got != tt.want {
					t.Errorf("%s %s served with TTL %d, want %d", tt.host, typ, got, tt.want)
				}
			}
			if keys := findingKeys(t, after, "aaaa-ttl-mismatch"); len(keys) > 0 {
				t.Errorf("aaaa-ttl-mismatch after fix: %v", keys)
			}
			for addr, n := range fewestReads(after, tt.host, zone.TypeA) {
				if got := readsByAddr(after, tt.host, zone.TypeAAAA)[addr]; got != n {
					t.Errorf("the AAAA of %v read %d times, its A's line read the fewest %d times", addr, got, n)
				}
			}
		})
	}
}

// servedOptions are the options of TestServedTTL: servedPlan, every host.
func servedOptions(t *testing.T) fix.Options {
	t.Helper()
	p, err := plan.Parse("plan.yaml", []byte(servedPlan))
	if err != nil {
		t.Fatal(err)
	}
	return fix.Options{Plan: p, Serial: zone.SerialIncrement, Now: now, Audit: audit.Options{AllHosts: true}}
}

// readZones reads the zones of the working directory as fix reads them.
func readZones(t *testing.T, opt fix.Options) []*zone.Zone {
	t.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles([]string{"."}), opt.Read)
	return zones
}

// servedTTLs returns the TTL BIND serves each RRset of the zones with,
// by "name type" (SOA left out: its serial changes, its TTL does not).
func servedTTLs(zones []*zone.Zone) map[string]uint32 {
	sets := map[string][]*zone.Record{}
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if r.Type != zone.TypeSOA {
				key := r.Name + " " + r.Type.String()
				sets[key] = append(sets[key], r)
			}
		}
	}
	out := make(map[string]uint32, len(sets))
	for key, rs := range sets {
		out[key] = zone.RRsetTTL(rs).TTL
	}
	return out
}

// readsByAddr counts the records of type typ (A or AAAA) of name in the
// zones by the IPv4 address they hold, the last four bytes of an AAAA:
// the plan embeds the A's address there.
func readsByAddr(zones []*zone.Zone, name string, typ zone.Type) map[[4]byte]int {
	out := map[[4]byte]int{}
	for _, z := range zones {
		for i := range z.Records {
			if r := &z.Records[i]; r.Name == name && r.Type == typ {
				b := r.Addr().AsSlice()
				out[[4]byte(b[len(b)-4:])]++
			}
		}
	}
	return out
}

// findingKeys returns "name at file:line: message" of each finding of
// check that the audit of zones makes.
func findingKeys(t *testing.T, zones []*zone.Zone, check string) map[string]bool {
	t.Helper()
	res, err := audit.Run(zones, audit.Options{AllHosts: true})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for f := range res.AllFindings() {
		if f.Check == check {
			out[strings.TrimSpace(f.String())] = true
		}
	}
	return out
}

// fewestReads returns, for each IPv4 address of the records of name and
// type typ, how many times the zones read its line that they read the
// fewest times (a part $INCLUDEd twice is read twice).
func fewestReads(zones []*zone.Zone, name string, typ zone.Type) map[[4]byte]int {
	reads := map[[4]byte]map[zone.Pos]int{}
	for _, z := range zones {
		for i := range z.Records {
			if r := &z.Records[i]; r.Name == name && r.Type == typ {
				b := [4]byte(r.Addr().AsSlice())
				if reads[b] == nil {
					reads[b] = map[zone.Pos]int{}
				}
				reads[b][r.Pos()]++
			}
		}
	}
	out := map[[4]byte]int{}
	for addr, byLine := range reads {
		for _, n := range byLine {
			if out[addr] == 0 || n < out[addr] {
				out[addr] = n
			}
		}
	}
	return out
}
