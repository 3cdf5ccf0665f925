package audit

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
// "cname:" and the alias; and the wildcard that gives a name without
// records its addresses (RFC 4592), with the role "wildcard:" and the
// name: clients get the wildcard's A records for a Lync name it covers,
// and no AAAA when it has none (test 20a #2; fix writes the AAAA beside
// the wildcard's A, for every name it covers).
func (d *discovery) follow(h *host) {
	switch {
	case d.isAlias(h):
		if final, ok := d.chainEnd(h); ok && final != h.id {
			d.addID(final, "cname:"+h.name)
		}
	case h.id < 0:
		if w, r := d.ix.wildcardRecord(h.name, isAddress); r != nil {
			d.addID(w, "wildcard:"+h.name)
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

// dropAliases removes the hosts that are aliases, and the names without
// records that a wildcard gives addresses (covered): the wildcard stands
// for those, as the final name of its chain for an alias. No pool keeps
// one as a member: membersOf never takes an alias.
func (d *discovery) dropAliases() {
	d.aliasBlock = nil
	for id, h := range d.byID {
		if h != nil && d.isAlias(h) {
			d.byID[id] = nil
		}
	}
	for name, h := range d.absent {
		if d.isAlias(h) || d.covered(h) {
			delete(d.absent, name)
		}
	}
}

// chainEnd follows the chain from host h, an alias, step by step (step:
// CNAMEs, and for a name without records the wildcard's CNAME or the DNAME
// above it) to the owner at its end, and notes the aliases on the way,
// and the wildcards and DNAME owners that make them. A name is looked up
// once, when the chain reaches it. ok is false for a loop and for a chain
// that ends at a name without records (outside the zone set, mostly). It
// goes on wherever the set has records, outside the zone set too: the
// names of other domains that a fragment holds are data like any other.
func (d *discovery) chainEnd(h *host) (int32, bool) {
	var seen chainSeen
	var room [8]int32
	walked := room[:0] // the owners met after the first step, whose end this walk finds
	id, name := h.id, h.name
	for hop := 0; ; hop++ {
		if hop > 0 && id >= 0 {
			if end, ok := d.ends[id]; ok { // walked before, the aliases beyond noted then
				return d.settle(walked, end)
			}
			walked = append(walked, id)
		}
		next, via, ok := d.ix.step(id, name)
		if !ok && id < 0 { // a name without records: a wildcard's addresses may answer for it
			id, _ = d.ix.wildcardRecord(name, isAddress)
		}
		if !ok {
			return d.settle(walked, chainEndAt{id, id >= 0})
		}
		if seen.again(name) {
			return d.settle(walked, chainEndAt{-1, false})
		}
		alias := id
		if alias < 0 {
			alias = d.ix.idOf(via.Name) // the wildcard, or the DNAME's owner
		}
		d.metAlias(alias)
		name, id = next, d.ix.idOf(next)
	}
}

// chainEndAt is where a chain ends: an owner, and whether the chain
// reached it (chainEnd's results).
type chainEndAt struct {
	id int32
	ok bool
}

// settle notes end as the end of the chains from the owners walked, and
// returns it: 10,000 aliases into one chain of 10,000 CNAMEs walked it each
// (test 18c D1: 4.6 s at 1111060, 7.8 s after the walkers took one step).
func (d *discovery) settle(walked []int32, end chainEndAt) (int32, bool) {
	if len(walked) > 0 && d.ends == nil {
		d.ends = map[int32]chainEndAt{}
	}
	for _, id := range walked {
		d.ends[id] = end
	}
	return end.id, end.ok
}

// metAlias notes owner id, an alias on a chain (or the wildcard or DNAME
// owner that makes one), among the names the record checks look at.
func (d *discovery) metAlias(id int32) {
	if d.names != nil && id >= 0 {
		d.names.byID[id] = true
	}
}

// covered reports whether host h, a name without records, has the
// addresses of the wildcard that answers for it.
func (d *discovery) covered(h *host) bool {
	if h.id >= 0 {
		return false
	}
	_, r := d.ix.wildcardRecord(h.name, isAddress)
	return r != nil
}
