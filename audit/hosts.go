package audit

import (
	"hash/maphash"
	"slices"
	"sort"

	"github.com/zonegen/zonegen/zone"
)

// host is a name the host checks look at.
type host struct {
	name    string
	id      int32        // owner id in the index; -1 for a --host name without records
	head    *zone.Record // the first record of the name, nil for a --host name without records
	roles   []string
	a, aaaa []*zone.Record
	links   *poolLinks // nil but for a pool with members
	// memberOf holds the links of the first pool that took the host as a
	// member (links.pool), nil for a host that is no pool member.
	memberOf *poolLinks
}

// addRole adds a role to h, once. A short role list is searched; a long
// one, such as the "cname:" roles of 80k aliases of one name, gets a set
// beside it in roleSets.
func (d *discovery) addRole(h *host, role string) {
	if len(h.roles) < manyRoles {
		if !slices.Contains(h.roles, role) {
			h.roles = append(h.roles, role)
		}
		return
	}
	set := d.roleSets[h]
	if set == nil {
		set = make(map[string]bool, len(h.roles))
		for _, r := range h.roles {
			set[r] = true
		}
		d.roleSets[h] = set
	}
	if !set[role] {
		set[role] = true
		h.roles = append(h.roles, role)
	}
}

// manyRoles is the length from which a role list gets a set.
const manyRoles = 16

// isPool reports whether the host is a DNS-load-balanced pool: two or
// more distinct A (or AAAA) addresses. An RRset is a set, so a record
// written twice is one address (and a duplicate-record finding), not a pool.
func (h *host) isPool() bool { return severalAddrs(h.a) || severalAddrs(h.aaaa) }

// severalAddrs reports whether address records hold two or more distinct
// addresses. It compares each with the first: two addresses that differ
// are all it takes, and most names have one record.
func severalAddrs(rs []*zone.Record) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i].Addr() != rs[0].Addr() {
			return true
		}
	}
	return false
}

// discovery finds the Lync hosts of a zone set (DESIGN.md, "Which hosts
// are Lync hosts"): SRV targets, well-known names, --host names, then the
// closure over CNAME chains and pool membership.
type discovery struct {
	ix       *index
	allHosts bool
	ids      []int32          // with --all-hosts: the address names that are hosts
	byID     []*host          // hosts made, by owner id (index.heads)
	absent   map[string]*host // --host names without records
	queue    []*host
	domains  []string
	byDomain map[string]*domainNames   // Lync names under each name, by findDomains
	sets     map[uint64][]*poolSet     // the address sets of the pools, by the hash of setKey
	seed     maphash.Seed              // of that hash
	roleSets map[*host]map[string]bool // the roles of the hosts with manyRoles or more
	block    []host                    // room for the next hosts (room)
	// aliasBlock is room for the next aliases, which dropAliases lets go.
	aliasBlock []host
	// names holds every name discovery met: hosts, the aliases on their
	// CNAME chains, the Lync SRV owners. The record checks look at these
	// names only; nil with --all-hosts, where every name counts.
	names *nameSet
	// ends holds the end of the chain from each owner that a chain
	// reached after its first step (chainEnd), so that many aliases into
	// one long chain walk it once between them. Made at the first such
	// chain: most have one step.
	ends map[int32]chainEndAt
}

// nameSet is a set of names: by owner id for the names of the index, in a
// map for the others.
type nameSet struct {
	ix    *index
	byID  []bool
	other map[string]bool
}

func newNameSet(ix *index) *nameSet {
	return &nameSet{ix: ix, byID: make([]bool, len(ix.heads)), other: map[string]bool{}}
}

func (s *nameSet) has(name string) bool {
	if id, ok := s.ix.id(name); ok {
		return s.byID[id]
	}
	return s.other[name]
}

func discover(ix *index, opt Options) (hosts hostList, domains []string, names *nameSet) {
	d := &discovery{ix: ix, allHosts: opt.AllHosts, byID: make([]*host, len(ix.heads)), absent: map[string]*host{},
		sets: map[uint64][]*poolSet{}, seed: maphash.MakeSeed(), roleSets: map[*host]map[string]bool{}}
	if !opt.AllHosts {
		d.names = newNameSet(ix)
	}
	d.lyncNames(opt.Hosts)
	lync := len(d.queue)
	if opt.AllHosts {
		d.addressNames()
	}
	d.closure(lync)
	d.dropAliases()
	return d.list(), d.domains, d.names
}

// addressRoles are roles that hosts share: with --all-hosts, every host's
// first (addressRoles[:1:1]) and a pool member's two (addressRoles[:2:2]);
// in Lync discovery, a pool member's one (addressRoles[1:2:2]: 750k
// members at 5M records). Their capacity makes an added role copy them.
var addressRoles = []string{"address", "pool-member"}

// addressNames finds the hosts of --all-hosts: every name with an A or
// AAAA record that is no alias. Only the pools among them are made into
// hosts and queued for the closure, which finds their members; the others
// stay ids (hostList). The owners are shared out among the cores by
// ranges of ids.
func (d *discovery) addressNames() {
	n := d.ix.ownerShares()
	// Each core writes the ids of its range into that range of one list,
	// which is then closed up: lists grown by append made some five times
	// their length in copies (13 MB at 1M records).
	ids, counts, pools := make([]int32, len(d.ix.heads)), make([]int, n), make([][]int32, n)
	d.ix.eachOwnerRange(n, func(w int, lo, hi int32) { counts[w], pools[w] = d.addressRange(lo, ids[lo:hi]) })
	at := 0
	for w := range n {
		lo, _ := d.ix.ownerRange(w, n)
		at += copy(ids[at:], ids[lo:int(lo)+counts[w]])
	}
	d.ids = ids[:at:at] // the list keeps its room, 4 bytes an owner
	for _, id := range slices.Concat(pools...) {
		d.addID(id, "")
	}
}

// addressRange puts into out the hosts among the owners with ids from lo
// on, one for each place of out, and returns how many it put there, and
// the pools (aliases among them too: closure drops them at the end).
func (d *discovery) addressRange(lo int32, out []int32) (n int, pools []int32) {
	for id := lo; id < lo+int32(len(out)); id++ {
		rs := d.ix.allOf(id)
		a, aaaa := ofType(rs, zone.TypeA), ofType(rs, zone.TypeAAAA)
		if len(a) == 0 && len(aaaa) == 0 {
			continue
		}
		if len(ofType(rs, zone.TypeCNAME)) == 0 {
			out[n] = id
			n++
		}
		if severalAddrs(a) || severalAddrs(aaaa) {
			pools = append(pools, id)
		}
	}
	return n, pools
}

// add makes a name a host (or adds a role to it) and queues it for the
// closure.
func (d *discovery) add(name, role string) *host {
	if id, ok := d.ix.id(name); ok {
		return d.addID(id, role)
	}
	if d.names != nil {
		d.names.other[name] = true
	}
	h := d.absent[name]
	if h == nil {
		h = &host{name: name, id: -1}
		d.absent[name] = h
		d.queue = append(d.queue, h)
	}
	if role != "" {
		d.addRole(h, role)
	}
	return h
}

// addID is add for an owner of the index, by id.
func (d *discovery) addID(id int32, role string) *host {
	if d.names != nil {
		d.names.byID[id] = true
	}
	h := d.byID[id]
	if h == nil {
		h = d.hostRoom(id)
		switch {
		case !d.allHosts:
			*h = newHost(d.ix, id)
			if role == "pool-member" {
				h.roles = addressRoles[1:2:2]
			}
		case role == "pool-member": // a role each for 100k members, shared
			*h = addressHost(d.ix, id)
			h.roles = addressRoles[:2:2]
		default:
			*h = addressHost(d.ix, id)
		}
		d.byID[id] = h
		d.queue = append(d.queue, h)
	}
	if role != "" {
		d.addRole(h, role)
	}
	return h
}

// hostRoom returns room for the host of owner id: in a block (room), an
// alias's in blocks of aliases only, since dropAliases lets every alias
// go at the end of discovery and a block that also held a host would
// stay (67k aliases, 8 MB at 1M records, which Lync discovery makes with
// --all-hosts too); one allocation each was 67k allocations.
func (d *discovery) hostRoom(id int32) *host {
	if d.ix.hasCNAME(id) {
		return room(&d.aliasBlock)
	}
	return room(&d.block)
}

// room returns room for a host in *block: hosts are made in blocks, a
// hundred thousand pool members are not a hundred thousand allocations.
func room(block *[]host) *host {
	if len(*block) == cap(*block) {
		*block = make([]host, 0, min(max(2*cap(*block), 16), 4096))
	}
	*block = (*block)[:len(*block)+1]
	return &(*block)[len(*block)-1]
}

// list returns the hosts in the order their names first appear in the
// zone set (then the --host names without records, by name). With
// --all-hosts they are the address names only: a Lync name without an
// address of its own, in the zone set or not, only had its roles worked
// out, and the command line finds a --host without records in the zones
// themselves (warnUnknownHosts).
func (d *discovery) list() hostList {
	l := hostList{ix: d.ix, ids: d.ids, byID: d.byID}
	if !d.allHosts {
		for id, h := range d.byID {
			if h != nil {
				l.ids = append(l.ids, int32(id))
			}
		}
		for _, h := range d.absent {
			l.absent = append(l.absent, h)
		}
	}
	sort.Slice(l.absent, func(i, j int) bool { return l.absent[i].name < l.absent[j].name })
	return l
}
