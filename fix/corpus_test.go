package fix_test

import (
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/corpus"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// everyA is a plan that covers every IPv4 address but 0.0.0.0/8 (all 32
// bits embedded): 0.0.0.0 would give the subnet-router anycast address of
// its prefix, which the plan refuses (a corpus zone has an A 0.0.0.0), and
// a host of 0.0.0.0/8 gets a no-plan finding instead.
const everyA = "version: 1\nsubnets:\n" +
	"  - {ipv4: 1.0.0.0/8, ipv6: \"2001:db8:1::/96\", host: embed}\n" +
	"  - {ipv4: 2.0.0.0/7, ipv6: \"2001:db8:2::/96\", host: embed}\n" +
	"  - {ipv4: 4.0.0.0/6, ipv6: \"2001:db8:3::/96\", host: embed}\n" +
	"  - {ipv4: 8.0.0.0/5, ipv6: \"2001:db8:4::/96\", host: embed}\n" +
	"  - {ipv4: 16.0.0.0/4, ipv6: \"2001:db8:5::/96\", host: embed}\n" +
	"  - {ipv4: 32.0.0.0/3, ipv6: \"2001:db8:6::/96\", host: embed}\n" +
	"  - {ipv4: 64.0.0.0/2, ipv6: \"2001:db8:7::/96\", host: embed}\n" +
	"  - {ipv4: 128.0.0.0/1, ipv6: \"2001:db8:8::/96\", host: embed}\n"

// TestCorpusRoundTrip runs fix --all-hosts with a plan that covers every A
// record over each real-world zone of the corpus that parses, writes the
// result, and reads it back: every original record is still there, the new
// AAAA and PTR records are there, and a second run changes nothing.
func TestCorpusRoundTrip(t *testing.T) {
	p, err := plan.Parse("every-a.yaml", []byte(everyA))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, row := range corpus.Rows(t, "real") {
		origin := row.Origin
		t.Run(row.File, func(t *testing.T) {
			name := corpus.Stage(t, "real", row)
			opt := fix.Options{Read: zone.Options{Origin: origin}, Audit: audit.Options{AllHosts: true}, Plan: p, Serial: zone.SerialIncrement, Now: now}
			before := zone.ReadFile(name, opt.Read)
			if before.Err != nil {
				t.Skipf("does not parse on its own: %v", before.Err)
			}
			n++
			res, err := fix.RunPaths([]string{name}, opt)
			if err != nil {
				t.Fatalf("fix: %v", err)
			}
			roundTrip(t, name, opt, before, res)
		})
	}
	if n == 0 {
		t.Error("no corpus zone was fixed")
	}
}

// roundTrip writes what fix found, reads the zone again and checks that it
// holds every record of before plus the additions, and that a second run
// changes nothing.
func roundTrip(t *testing.T, name string, opt fix.Options, before *zone.Zone, res *fix.Result) {
	t.Helper()
	if err := res.Write(); err != nil {
		t.Fatal(err)
	}
	after := zone.ReadFile(name, opt.Read)
	if after.Err != nil {
		t.Fatalf("the fixed zone does not parse: %v", after.Err)
	}
	if lost := missing(before.Records, after.Records); len(lost) > 0 {
		t.Fatalf("records lost: %q", lost)
	}
	if got, want := len(after.Records), len(before.Records)+len(res.Added); got != want {
		t.Errorf("%d records after, want %d before + %d added", got, len(before.Records), len(res.Added))
	}
	again, err := fix.RunPaths([]string{name}, opt)
	if err != nil || len(again.Changes) != 0 {
		t.Fatalf("second run: err %v, %d changes", err, len(again.Changes))
	}
}

// missing returns the records of old (SOA aside) that are not in new.
func missing(old, new []zone.Record) []string {
	have := map[string]int{}
	for i := range new {
		have[new[i].String()]++
	}
	var out []string
	for i := range old {
		s := old[i].String()
		if old[i].Type == zone.TypeSOA {
			continue
		}
		if have[s] == 0 {
			out = append(out, s)
			continue
		}
		have[s]--
	}
	return out
}
