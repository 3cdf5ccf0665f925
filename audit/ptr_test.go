package audit

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zonegen/zonegen/zone"
)

// TestUnder compares under, which looks up a reverse name's parents, with
// zone.IsSubdomain against each origin, on reverse names of random
// addresses and origins cut from them.
func TestUnder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		var list []string
		set := map[string]bool{}
		for range rng.IntN(6) {
			o := randomReverse(rng)
			labels := strings.Split(o, ".")
			o = strings.Join(labels[rng.IntN(len(labels)-2):], ".")
			list, set[o] = append(list, o), true
		}
		for range 50 {
			name := randomReverse(rng)
			want := false
			for _, o := range list {
				want = want || zone.IsSubdomain(o, name)
			}
			if got := under(name, set); got != want {
				t.Fatalf("round %d: under(%s, %v) = %v, IsSubdomain says %v", round, name, list, got, want)
			}
		}
	}
}

// randomReverse returns the reverse name of one of few addresses, IPv4
// or IPv6, so that names and origins meet.
func randomReverse(rng *rand.Rand) string {
	a := netip.AddrFrom4([4]byte{10, 0, byte(rng.IntN(3)), byte(rng.IntN(4))})
	if rng.IntN(2) == 0 {
		a = netip.AddrFrom16([16]byte{0xfd, 15: byte(rng.IntN(4))})
	}
	rev, err := zone.ReverseName(a.String())
	if err != nil {
		panic(err)
	}
	return rev
}

// TestPtrsForKept: what ptrsFor keeps of one walk gives every later walk
// the answer a walk of its own would: on random reverse zones whose names
// hold a PTR, nothing, or a CNAME to another name of the zone (chains that
// join, loops with and without names before them) or out of the set, the
// names are walked in random orders with one shared kept, and each answer
// is compared with that of a fresh walk.
func TestPtrsForKept(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const names = 10
	for round := range 300 {
		var b strings.Builder
		b.WriteString("$ORIGIN 2.0.192.in-addr.arpa.\n@ SOA ns.example. hm.example. 1 2 3 4 5\n@ NS ns.example.\n")
		for i := range names {
			switch k := rng.IntN(10); {
			case k < 2:
				fmt.Fprintf(&b, "%d PTR host%d.example.\n", i, i)
			case k < 3:
				fmt.Fprintf(&b, "%d CNAME %d.outside.example.\n", i, i)
			case k < 9:
				fmt.Fprintf(&b, "%d CNAME %d\n", i, rng.IntN(names))
			}
		}
		ix := newIndex(readFiles(fstest.MapFS{"db.rev": {Data: []byte(b.String())}}, "db.rev"))
		kept := ptrEnds{}
		for _, i := range rng.Perm(names) {
			rev := fmt.Sprintf("%d.2.0.192.in-addr.arpa.", i)
			ptrs, at, judged := ix.ptrsFor(rev, kept)
			wptrs, wat, wjudged := ix.ptrsFor(rev, ptrEnds{})
			if at != wat || judged != wjudged || len(ptrs) != len(wptrs) || len(ptrs) > 0 && ptrs[0] != wptrs[0] {
				t.Fatalf("round %d, %s: kept walks give %v %s %v, a fresh walk %v %s %v; zone:\n%s",
					round, rev, ptrs, at, judged, wptrs, wat, wjudged, b.String())
			}
		}
	}
}

// TestPTRToAliasMessage: a PTR that names an alias is said to, not that
// the name lacks the address, which it resolves to (test 20a D6); an
// alias by a wildcard's CNAME too (review 20b #12).
func TestPTRToAliasMessage(t *testing.T) {
	zones := zone.ReadFiles(zone.ZoneFiles([]string{"testdata/ptr-mismatch"}), zone.Options{})
	res, err := Run(zones, Options{Disable: []string{"all"}, Enable: []string{"ptr-mismatch"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"admin.contoso.com.": "PTR for admin.contoso.com. 10.0.1.70 names admin-web.contoso.com., an alias (CNAME): a PTR names the host that has the address",
		"lwa.contoso.com.":   "PTR for lwa.contoso.com. 10.0.1.80 names x.wc.contoso.com., an alias (CNAME): a PTR names the host that has the address",
	}
	for f := range res.AllFindings() {
		if w, ok := want[f.Name]; ok {
			if f.Message != w {
				t.Errorf("message %q, want %q", f.Message, w)
			}
			delete(want, f.Name)
		}
	}
	for name := range want {
		t.Errorf("no ptr-mismatch for %s", name)
	}
}
