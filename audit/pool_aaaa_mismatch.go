package audit

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"
)

var checkPoolAAAAMismatch = &Check{
	ID:       "pool-aaaa-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a pool name's AAAA set is not the union of its members' AAAA addresses",
	Text: "A DNS-load-balanced pool name carries one A and one AAAA per server. When the pool name's " +
		"AAAA records miss a member's address, or list one that no member has, IPv6 clients are sent " +
		"to fewer servers than IPv4 clients, or to none that answers. The members are the servers: another " +
		"pool name at the same addresses (sip beside pool01) is not one, so an AAAA that both kept is " +
		"reported; pool names without any server in the zone set are compared with one another.",
	Bad: "pool01  A     10.0.1.11\npool01  A     10.0.1.12\npool01  AAAA  fd00:10::11\n" +
		"fe01    A     10.0.1.11\nfe01    AAAA  fd00:10::11\nfe02    A     10.0.1.12\nfe02    AAAA  fd00:10::12",
	Good: "pool01  A     10.0.1.11\npool01  A     10.0.1.12\npool01  AAAA  fd00:10::11\npool01  AAAA  fd00:10::12\n" +
		"fe01    A     10.0.1.11\nfe01    AAAA  fd00:10::11\nfe02    A     10.0.1.12\nfe02    AAAA  fd00:10::12",
	Ref:  "Lync Server 2013: DNS load balancing (Gg398634)",
	host: hostPoolAAAAMismatch,
}

// PoolAAAAMismatch is the check pool-aaaa-mismatch, which fix applies to the AAAA sets it would give pool names.
func PoolAAAAMismatch() *Check { return checkPoolAAAAMismatch.copy() }

func hostPoolAAAAMismatch(p *pass, c *Check, h *host) {
	if !h.isPool() || len(h.aaaa) == 0 || !h.hasMembers() {
		return
	}
	missing, extra := h.links.aaaaMismatch(h)
	if len(missing) == 0 && len(extra) == 0 {
		return
	}
	var parts []string
	if !h.links.hasServers() {
		// no server to say who is right: the names of one A set disagree
		// (test 20a D2: "that no member has" blamed the name that kept
		// it). The others are not named: the message is review's key
		// (review 20b #4)
		if len(missing) > 0 {
			parts = append(parts, "lacks "+strings.Join(missing, ", ")+" that another name of its A set has")
		}
		if len(extra) > 0 {
			parts = append(parts, "has "+strings.Join(extra, ", ")+" that another name of its A set lacks")
		}
		p.report(c, h.name, h.aaaa[0].Pos(), fmt.Sprintf("pool %s AAAA set %s (no server of the set in the zones given)",
			h.name, strings.Join(parts, " and ")))
		return
	}
	if len(missing) > 0 {
		parts = append(parts, "lacks "+strings.Join(missing, ", ")+" of its members")
	}
	if len(extra) > 0 {
		parts = append(parts, "has "+strings.Join(extra, ", ")+" that no member has")
	}
	p.report(c, h.name, h.aaaa[0].Pos(), fmt.Sprintf("pool %s AAAA set %s", h.name, strings.Join(parts, " and ")))
}

// aaaaMismatch returns, as text in order, the AAAA addresses that the
// members of pool h have and h lacks (missing), and those that h has and no
// member has (extra). The members it takes the union of are its servers,
// not the other pool names of its addresses (compared): a stale AAAA that
// pool01 and sip share is no member's (test 18 D2). It works them out
// for the first pool that asks: the others that share the links have the
// same A and AAAA sets, hold all of it and are among the links, so the
// answer is theirs too.
func (l *poolLinks) aaaaMismatch(h *host) (missing, extra []string) {
	l.mismatchOnce.Do(func() {
		var union []netip.Addr
		c := l.comparison()
		for _, m := range l.hosts {
			if c.compared(h, m) {
				union = addrs(union, m.aaaa)
			}
		}
		own, union := sortedSet(addrs(nil, h.aaaa)), sortedSet(union)
		l.missing, l.extra = minus(union, own), minus(own, union)
	})
	return l.missing, l.extra
}

// sortedSet sorts addresses and drops repeats: a pool's few addresses
// are compared as sorted lists, where maps for each of 24k pools were 5 MB
// at the end of a 1M audit.
func sortedSet(as []netip.Addr) []netip.Addr {
	slices.SortFunc(as, netip.Addr.Compare)
	return slices.Compact(as)
}

// minus returns the addresses of a that are not in b, both sorted sets,
// as text in order.
func minus(a, b []netip.Addr) []string {
	var out []string
	j := 0
	for _, x := range a {
		for j < len(b) && b[j].Less(x) {
			j++
		}
		if j == len(b) || b[j] != x {
			out = append(out, x.String())
		}
	}
	return out
}
