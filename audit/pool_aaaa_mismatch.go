package audit

import (
	"fmt"
	"net/netip"
	"sort"
	"strings"
)

var checkPoolAAAAMismatch = &Check{
	ID:       "pool-aaaa-mismatch",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a pool name's AAAA set is not the union of its members' AAAA addresses",
	Text: "A DNS-load-balanced pool name carries one A and one AAAA per server. When the pool name's " +
		"AAAA records miss a member's address, or list one that no member has, IPv6 clients are sent " +
		"to fewer servers than IPv4 clients, or to none that answers.",
	Bad: "pool01  A     10.0.1.11\npool01  A     10.0.1.12\npool01  AAAA  fd00:10::11\n" +
		"fe01    A     10.0.1.11\nfe01    AAAA  fd00:10::11\nfe02    A     10.0.1.12\nfe02    AAAA  fd00:10::12",
	Good: "pool01  A     10.0.1.11\npool01  A     10.0.1.12\npool01  AAAA  fd00:10::11\npool01  AAAA  fd00:10::12\n" +
		"fe01    A     10.0.1.11\nfe01    AAAA  fd00:10::11\nfe02    A     10.0.1.12\nfe02    AAAA  fd00:10::12",
	Ref:  "Lync Server 2013: DNS load balancing (Gg398634)",
	host: hostPoolAAAAMismatch,
}

func hostPoolAAAAMismatch(p *pass, c *Check, h *host) {
	if !h.isPool() || len(h.aaaa) == 0 || len(h.members()) == 0 {
		return
	}
	own, union := addrSet(h.aaaa), map[netip.Addr]bool{}
	for _, m := range h.members() {
		for _, r := range m.aaaa {
			union[r.Addr()] = true
		}
	}
	missing, extra := diffSets(union, own), diffSets(own, union)
	if len(missing) == 0 && len(extra) == 0 {
		return
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "lacks "+strings.Join(missing, ", ")+" of its members")
	}
	if len(extra) > 0 {
		parts = append(parts, "has "+strings.Join(extra, ", ")+" that no member has")
	}
	p.report(c, h.name, h.aaaa[0].Pos(), fmt.Sprintf("pool %s AAAA set %s", h.name, strings.Join(parts, " and ")))
}

// diffSets returns the addresses in a and not in b, sorted.
func diffSets(a, b map[netip.Addr]bool) []string {
	var out []netip.Addr
	for x := range a {
		if !b[x] {
			out = append(out, x)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	s := make([]string, len(out))
	for i, x := range out {
		s[i] = x.String()
	}
	return s
}
