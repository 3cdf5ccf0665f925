package audit

import (
	"slices"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// ptrCase is one address of a Lync host that a reverse zone of the set
// covers, with the PTR records that answer for its reverse name.
type ptrCase struct {
	name string // the host's
	rec  *zone.Record
	rev  string
	at   string // where the PTR is looked for: rev, or the end of its CNAME chain
	ptrs []*zone.Record
	// member is the host's pool record when it is a pool member
	// (memberRelated), for the findings about it.
	member []Related
}

// ptrCases lists the host addresses whose reverse zone is in the set (a
// reverse zone that delegates the address's name does not cover it, and
// one with a DNAME above it covers it where the DNAME sends it). An
// address shared by a pool and its member is listed once, for the member:
// the PTR names the server, not the pool. An address whose reverse name
// is an alias to a name outside the set is left out: its PTR is not ours
// to judge.
func (p *pass) ptrCases() []ptrCase {
	reverse := map[string]bool{}
	for _, o := range p.ix.origins {
		if strings.HasSuffix(o, ".in-addr.arpa.") || strings.HasSuffix(o, ".ip6.arpa.") {
			reverse[o] = true
		}
	}
	if len(reverse) == 0 {
		return nil
	}
	var out []ptrCase
	done := map[string]bool{}
	kept := ptrEnds{}
	for _, pools := range []bool{false, true} {
		for h := range p.hosts.all() {
			if h.isPool() != pools || zone.IsWildcard(h.name) {
				continue // a wildcard's addresses name no one host (test 20a #2's wildcard hosts)
			}
			for _, r := range append(append([]*zone.Record(nil), h.a...), h.aaaa...) {
				rev, err := zone.ReverseName(r.Addr().String())
				if err != nil || done[rev] || !under(rev, reverse) {
					continue
				}
				done[rev] = true
				if ptrs, at, judged := p.ix.ptrsFor(rev, kept); judged {
					out = append(out, ptrCase{name: h.name, rec: r, rev: rev, at: at, ptrs: ptrs, member: h.memberRelated()})
				}
			}
		}
	}
	return out
}

// under reports whether a reverse name lies at or below one of the
// origins, looking up the name and each of its parents: a directory of a
// thousand reverse zones is not read through for each address. Names and
// origins are canonical, so this finds what zone.IsSubdomain would.
func under(name string, origins map[string]bool) bool {
	for name != "" {
		if origins[name] {
			return true
		}
		_, name, _ = zone.CutLabel(name)
	}
	return false
}

// ptrsFor returns the PTR records that answer for a reverse name, and the
// name that holds them or should: its own, or those at the end of its
// chain (step), where RFC 2317 classless delegation puts them
// (5.2.0.192.in-addr.arpa. CNAME 5.0/26.2.0.192.in-addr.arpa., the PTR in
// the zone 0/26.2.0.192.in-addr.arpa.; or a DNAME above the name, RFC
// 6672). judged is false when the name, or the chain, is outside the zone
// set (outside), where the PTR would be. A wildcard's records answer for
// a name without records, and a chain that loops ends without a PTR, at
// the first name the walk meets again.
//
// What a walk of two names or more finds, it keeps in kept for each name
// it went past, so that the reverse names of many addresses whose chains
// join walk the shared part once between them (10,000 addresses whose
// reverse names each CNAME to the next took 21 s for each PTR check). On
// a loop, the names before it end where the walk met a name again, and
// each name of the loop ends at itself, as a walk from it would.
func (ix *index) ptrsFor(rev string, kept ptrEnds) (ptrs []*zone.Record, at string, judged bool) {
	var seen chainSeen
	var walked []string
	end := ptrEnd{judged: true}
	for at = rev; ; {
		if e, ok := kept[at]; ok {
			end = e
			break
		}
		if seen.again(at) {
			end.at = at
			loop := slices.Index(walked, at)
			for _, n := range walked[loop:] {
				kept[n] = ptrEnd{at: n, judged: true}
			}
			walked = walked[:loop]
			break
		}
		walked = append(walked, at)
		next, ok := ix.ptrStep(at, &end)
		if !ok {
			break
		}
		at = next
	}
	if len(walked) > 1 || len(walked) == 1 && walked[0] != end.at {
		for _, n := range walked {
			kept[n] = end
		}
	}
	return end.ptrs, end.at, end.judged
}

// ptrStep is one step of ptrsFor's walk at name: it returns the next name
// of the chain, or fills end where the chain ends (ok false).
func (ix *index) ptrStep(name string, end *ptrEnd) (next string, ok bool) {
	end.at = name
	if ix.outside(name) {
		end.judged = false
		return "", false
	}
	if found := ofType(ix.answering(name), zone.TypePTR); len(found) > 0 {
		end.ptrs = found
		return "", false
	}
	next, _, ok = ix.step(-1, name)
	return next, ok
}

// ptrEnds holds, for the names of reverse chains that ptrsFor walked past,
// where their chain ends.
type ptrEnds map[string]ptrEnd

// ptrEnd is where a reverse name's chain ends (ptrsFor).
type ptrEnd struct {
	ptrs   []*zone.Record
	at     string
	judged bool
}
