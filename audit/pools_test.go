package audit

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/zone"
)

// randomPoolZone writes a zone of n names, each with some of a few A and
// AAAA addresses (of several scopes), some of them aliases, in random
// order, and a Lync SRV record to a few of them: many names share one
// address set, and many pools share one set of members.
func randomPoolZone(r *rand.Rand, n int) []byte {
	v4 := []string{"10.0.0.1", "10.0.0.2", "10.0.0.3"}
	v6 := []string{"fd00::1", "fd00::2", "2600::1", "2001:db8::1"}
	var lines []string
	for i := range n {
		name := fmt.Sprintf("h%d", i)
		if r.IntN(8) == 0 {
			lines = append(lines, fmt.Sprintf("%s CNAME h%d", name, r.IntN(n)))
		}
		for _, a := range v4 {
			if r.IntN(3) == 0 {
				lines = append(lines, name+" A "+a)
			}
		}
		for _, a := range v6 {
			if r.IntN(3) == 0 {
				lines = append(lines, name+" AAAA "+a)
			}
		}
	}
	for range 3 {
		lines = append(lines, fmt.Sprintf("_sipinternaltls._tcp SRV 0 0 5061 h%d", r.IntN(n)))
	}
	r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	head := "$ORIGIN example.\n$TTL 3600\n@ SOA ns hm 1 2 3 4 5\n"
	return []byte(head + strings.Join(lines, "\n") + "\n")
}

// bruteMembers returns the names, in name order, whose addresses all
// belong to pool h's, by DESIGN.md's rule, looked for among every owner.
func bruteMembers(ix *index, h *host) []string {
	var out []string
	for id := range int32(len(ix.heads)) {
		rs := ix.allOf(id)
		if id == h.id || len(ofType(rs, zone.TypeCNAME)) > 0 {
			continue
		}
		a, aaaa := ofType(rs, zone.TypeA), ofType(rs, zone.TypeAAAA)
		if len(a) > 0 && subset(a, h.a) || len(a) == 0 && len(aaaa) > 0 && subset(aaaa, h.aaaa) {
			out = append(out, ix.name(id))
		}
	}
	slices.Sort(out)
	return out
}

// subset reports whether every address of rs is one of set's.
func subset(rs, set []*zone.Record) bool {
	for _, r := range rs {
		if !slices.ContainsFunc(set, func(s *zone.Record) bool { return s.Addr() == r.Addr() }) {
			return false
		}
	}
	return true
}

// poolFindings runs the pool checks on h alone.
func poolFindings(ix *index, h *host) [][]Finding {
	p := &pass{ix: ix}
	hostPoolAAAAMismatch(p, checkPoolAAAAMismatch, h)
	hostPoolScopeMixed(p, checkPoolScopeMixed, h)
	return p.findings.chunks()
}

// TestPoolSets: where many pools share an address set, and with it their
// members and the answers of the pool checks, each pool's members are
// those the rule gives when looked for among every name, it is not its own
// member, and the pool checks report for it what they report for it alone
// with those members, whichever pool of a set asks first.
func TestPoolSets(t *testing.T) {
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 1))
		data := randomPoolZone(r, 10+r.IntN(60))
		z := zone.Read(fstest.MapFS{"db.example": {Data: data}}, "db.example", zone.Options{})
		if z.Err != nil {
			t.Fatal(z.Err)
		}
		ix := newIndex([]*zone.Zone{z})
		for _, all := range []bool{false, true} {
			hosts, _, _ := discover(ix, Options{AllHosts: all})
			var pools []*host
			for h := range hosts.all() {
				if h.isPool() {
					pools = append(pools, h)
				}
			}
			r.Shuffle(len(pools), func(i, j int) { pools[i], pools[j] = pools[j], pools[i] })
			for _, h := range pools {
				checkPool(t, ix, h, fmt.Sprintf("seed %d, all hosts %v: pool %s", seed, all, h.name))
			}
		}
	}
}

// checkPool compares pool h's members and pool findings with those of
// the rule for h alone.
func checkPool(t *testing.T, ix *index, h *host, what string) {
	t.Helper()
	want := bruteMembers(ix, h)
	var got []string
	lone := &host{name: h.name, id: h.id, head: h.head, a: h.a, aaaa: h.aaaa}
	if len(want) > 0 {
		lone.links = &poolLinks{hosts: []*host{lone}, pool: lone}
	}
	for m := range h.members() {
		got = append(got, m.name)
		lone.links.hosts = append(lone.links.hosts, m)
		if !slices.Contains(m.roles, "pool-member") {
			t.Errorf("%s: member %s has roles %v", what, m.name, m.roles)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("%s: members (-brute force +found):\n%s", what, diff)
	}
	if diff := cmp.Diff(poolFindings(ix, lone), poolFindings(ix, h)); diff != "" {
		t.Errorf("%s: pool findings (-alone +with its set):\n%s", what, diff)
	}
}

// TestPoolSetsZoneIsVaried: the random zones of TestPoolSets hold pools
// that share an address set, pools with members, and both pool findings.
func TestPoolSetsZoneIsVaried(t *testing.T) {
	shared, withMembers, found := 0, 0, map[string]bool{}
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 1))
		data := randomPoolZone(r, 10+r.IntN(60))
		z := zone.Read(fstest.MapFS{"db.example": {Data: data}}, "db.example", zone.Options{})
		ix := newIndex([]*zone.Zone{z})
		hosts, _, _ := discover(ix, Options{AllHosts: true})
		byLinks := map[*poolLinks]int{}
		for h := range hosts.all() {
			if h.links != nil {
				withMembers++
				byLinks[h.links]++
				for _, fs := range poolFindings(ix, h) {
					for _, f := range fs {
						found[f.Check] = true
					}
				}
			}
		}
		for _, n := range byLinks {
			if n > 1 {
				shared++
			}
		}
	}
	if shared < 40 || withMembers < 400 || !found["pool-aaaa-mismatch"] || !found["pool-scope-mixed"] {
		t.Errorf("%d shared sets, %d pools with members, findings %v: the zones test too little", shared, withMembers, found)
	}
}
