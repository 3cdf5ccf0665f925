package audit

import (
	"fmt"
	"net/netip"
	"sort"
	"strings"

	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/zone"
)

var checkPoolScopeMixed = &Check{
	ID:       "pool-scope-mixed",
	Severity: Error,
	Stage:    "audit",
	Title:    "the IPv6 addresses of a pool span more than one scope",
	Text: "All servers of a Lync pool should have IPv6 addresses of the same scope: global, unique local " +
		"or link-local. A client that resolves a DNS-load-balanced pool tries its addresses in turn; a " +
		"member in another scope is unreachable from part of the network. The pool is its name and every " +
		"name whose addresses all belong to it (its members). zonegen fix writes no address that would give a " +
		"pool a scope its other addresses lack, and reports the host instead.",
	Bad: "pool01  AAAA  fd00:10::11\npool01  AAAA  2001:db8:10::12\nfe01    AAAA  fd00:10::11\n" +
		"fe02    AAAA  2001:db8:10::12",
	Good: "pool01  AAAA  fd00:10::11\npool01  AAAA  fd00:10::12\nfe01    AAAA  fd00:10::11\n" +
		"fe02    AAAA  fd00:10::12",
	Ref:  "Lync Server 2013: Technical requirements for IPv6 (JJ205278), address scopes",
	host: hostPoolScopeMixed,
}

// PoolScopeMixed is the check pool-scope-mixed, which fix applies to the addresses it would give a pool.
func PoolScopeMixed() *Check { return checkPoolScopeMixed.copy() }

func hostPoolScopeMixed(p *pass, c *Check, h *host) {
	if !h.isPool() || !mixedScopes(h) {
		return
	}
	recs := poolAAAA(h)
	scopes := map[string][]*zone.Record{}
	seen := map[netip.Addr]bool{}
	for _, r := range recs {
		if !seen[r.Addr()] {
			seen[r.Addr()] = true
			scopes[addrscope.Of(r.Addr())] = append(scopes[addrscope.Of(r.Addr())], r)
		}
	}
	if len(scopes) < 2 {
		return
	}
	p.report(c, h.name, recs[0].Pos(), fmt.Sprintf("pool %s has IPv6 addresses of %d scopes: %s",
		h.name, len(scopes), describeScopes(scopes)), scopeRelated(recs, h)...)
}

// mixedScopes reports whether the AAAA addresses of a pool name and its
// members are of more than one scope. Most pools' are not, and are spared
// the lists and maps of the finding (4 MB for 24k pools at 1M records). The
// answer is worked out once for the pools that share links: they are all
// among the links, whose addresses are the pool's and its members'.
func mixedScopes(h *host) bool {
	if h.links == nil {
		return scopesDiffer(h)
	}
	l := h.links
	l.mixedOnce.Do(func() { l.mixed = scopesDiffer(h) })
	return l.mixed
}

// scopesDiffer is mixedScopes worked out.
func scopesDiffer(h *host) bool {
	first := ""
	differs := func(rs []*zone.Record) bool {
		for _, r := range rs {
			if s := addrscope.Of(r.Addr()); first == "" {
				first = s
			} else if s != first {
				return true
			}
		}
		return false
	}
	if differs(h.aaaa) {
		return true
	}
	for m := range h.members() {
		if differs(m.aaaa) {
			return true
		}
	}
	return false
}

// poolAAAA returns the AAAA records of a pool name and its members: the
// name's own first, then the members' in name order.
func poolAAAA(h *host) []*zone.Record {
	recs := append([]*zone.Record(nil), h.aaaa...)
	for m := range h.members() {
		recs = append(recs, m.aaaa...)
	}
	return recs
}

func describeScopes(scopes map[string][]*zone.Record) string {
	var parts []string
	for s, rs := range scopes {
		parts = append(parts, fmt.Sprintf("%s (%s)", s, joinAddrs(rs)))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

func scopeRelated(recs []*zone.Record, pool *host) []Related {
	var out []Related
	for _, r := range recs[1:] {
		note := fmt.Sprintf("%s AAAA %s is %s", r.Name, r.Addr(), addrscope.Of(r.Addr()))
		if r.Name != pool.name {
			note += ", pool member of " + pool.name
		}
		out = append(out, Related{Pos: r.Pos(), Note: note})
	}
	return out
}
