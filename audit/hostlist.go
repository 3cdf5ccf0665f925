package audit

import (
	"iter"

	"github.com/zonegen/zonegen/zone"
)

// hostList is the audited hosts in report order: the owners that are
// hosts, by id in first-seen order, then the --host names without records.
//
// Discovery makes a host struct only for a host with more to it than its
// records: a role, a pool and its members. With --all-hosts the rest, most
// of a million address names, stay ids and are made into a host when a
// check or a report asks (at): 70 MB less at 1M records, and no time spent
// making them.
type hostList struct {
	ix     *index
	ids    []int32 // owners that are hosts
	byID   []*host // the hosts discovery made, by owner id; nil for a plain address name
	absent []*host // --host names without records, by name
}

// len returns the number of hosts.
func (l hostList) len() int { return len(l.ids) + len(l.absent) }

// at returns host i. A plain address name is made in *scratch, which the
// next call may overwrite: a caller keeps what it needs of a host, never
// the host.
func (l hostList) at(i int, scratch *host) *host {
	if i >= len(l.ids) {
		return l.absent[i-len(l.ids)]
	}
	id := l.ids[i]
	if h := l.byID[id]; h != nil {
		return h
	}
	*scratch = addressHost(l.ix, id)
	return scratch
}

// made returns host i when discovery made it (a --host name without
// records, or an owner with a role, pool or members), else nil: a plain
// address name is made only when asked for (at).
func (l hostList) made(i int) *host {
	if i >= len(l.ids) {
		return l.absent[i-len(l.ids)]
	}
	return l.byID[l.ids[i]]
}

// all yields the hosts in order, with at's rule: the host yielded is good
// until the next.
func (l hostList) all() iter.Seq[*host] {
	return func(yield func(*host) bool) {
		var scratch host
		for i := range l.len() {
			if !yield(l.at(i, &scratch)) {
				return
			}
		}
	}
}

// split shares the hosts out in n parts of about equal length, in order.
func (l hostList) split(n int) []hostList {
	out := make([]hostList, n)
	for i := range out {
		out[i] = l
		out[i].ids = l.ids[i*len(l.ids)/n : (i+1)*len(l.ids)/n]
		if i < n-1 {
			out[i].absent = nil
		}
	}
	return out
}

// newHost makes the host of an owner of the index, without roles.
func newHost(ix *index, id int32) host {
	rs := ix.allOf(id)
	return host{name: ix.name(id), id: id, head: ix.heads[id],
		a: ofType(rs, zone.TypeA), aaaa: ofType(rs, zone.TypeAAAA)}
}

// addressHost makes the host of an --all-hosts address name.
func addressHost(ix *index, id int32) host {
	h := newHost(ix, id)
	h.roles = addressRoles[:1:1]
	return h
}
