package audit

import (
	"slices"

	"github.com/zonegen/zonegen/zone"
)

// closure follows CNAME chains and adds pool members, round by round,
// until nothing new turns up. It follows the chains of the first lync hosts
// of the queue, the Lync names: the other hosts of the first round are
// --all-hosts pools, which are not followed, and later rounds add only
// final names and pool members, which are no aliases. Aliases then leave
// the host set (dropAliases): their final name stands for them.
func (d *discovery) closure(lync int) {
	for len(d.queue) > 0 {
		round := d.queue
		d.queue = nil
		var pools []*host
		for i, h := range round {
			if i < lync {
				d.follow(h)
			}
			if h.isPool() {
				d.addRole(h, "pool")
				pools = append(pools, h)
			}
		}
		d.addMembers(pools)
		lync = 0
	}
}

// follow makes the final name of an alias's chain a host, with the role
// "cname:" and the alias.
func (d *discovery) follow(h *host) {
	if d.isAlias(h) {
		if final, ok := d.chainEnd(h); ok && final != h.id {
			d.addID(final, "cname:"+h.name)
		}
	}
}

// isAlias reports whether a host is an alias: it has a CNAME, or, a name
// without records, a wildcard's CNAME covers it or a DNAME above it
// redirects it (aliasOf).
func (d *discovery) isAlias(h *host) bool {
	if h.id >= 0 {
		return d.ix.hasCNAME(h.id)
	}
	_, _, ok := d.ix.aliasOf(h.name)
	return ok
}

// dropAliases removes the hosts that are aliases. No pool keeps one as a
// member: membersOf never takes an alias.
func (d *discovery) dropAliases() {
	d.aliasBlock = nil
	for id, h := range d.byID {
		if h != nil && d.isAlias(h) {
			d.byID[id] = nil
		}
	}
	for name, h := range d.absent {
		if d.isAlias(h) {
			delete(d.absent, name)
		}
	}
}

// chainEnd follows the CNAME chain from host h, an alias, to the owner at
// its end, by ids: a name is looked up once, when the chain reaches it. A
// name without records on the chain goes on by the CNAME of the wildcard
// that covers it or by the DNAME above it (aliasOf). ok is false for a
// loop and for a chain that leaves the zone set or ends at a name without
// records.
func (d *discovery) chainEnd(h *host) (int32, bool) {
	// Chains are short: the owners met are kept in a list, and in a map
	// only when a chain is long (a zone made to be slow).
	var room [8]int32
	seen, long := room[:0], map[int32]bool(nil)
	var bare []string // the names without records met
	id, name := h.id, h.name
	for {
		var next string
		if id >= 0 {
			c := ofType(d.ix.allOf(id), zone.TypeCNAME)
			if len(c) == 0 {
				return id, true
			}
			if slices.Contains(seen, id) || long[id] {
				return -1, false
			}
			if len(seen) < cap(room) {
				seen = append(seen, id)
			} else {
				if long == nil {
					long = map[int32]bool{}
				}
				long[id] = true
			}
			d.metAlias(id) // an alias on the chain
			next = c[0].Data
		} else {
			target, via, ok := d.ix.aliasOf(name)
			if !ok || slices.Contains(bare, name) {
				return -1, false
			}
			bare = append(bare, name)
			if w, ok := d.ix.id(via.Name); ok {
				d.metAlias(w) // the wildcard, or the DNAME's owner
			}
			next = target
		}
		name = next
		var ok bool
		if id, ok = d.ix.id(name); !ok {
			id = -1
		}
	}
}

// metAlias notes owner id, an alias on a chain (or the wildcard or DNAME
// owner that makes one), among the names the record checks look at.
func (d *discovery) metAlias(id int32) {
	if d.names != nil {
		d.names.byID[id] = true
	}
}
