package audit

import (
	"cmp"
	"hash/maphash"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

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

// lyncNames finds the SIP domains and makes hosts of the Lync names of the
// first three rules: SRV targets, well-known names, --host names. With
// --all-hosts too, where every address name is a host anyway: the roles
// then say which are Lync hosts, and how they were found.
func (d *discovery) lyncNames(hosts []string) {
	d.findDomains()
	for _, names := range d.gatherLyncNames() {
		for _, n := range names {
			switch {
			case n.srvOwner:
				if d.names != nil {
					d.names.byID[n.id] = true
				}
			case n.id < 0:
				d.add(n.name, n.role)
			default:
				d.addID(n.id, n.role)
			}
		}
	}
	for _, name := range hosts {
		d.add(zone.Canonical(name), "host")
	}
}

// lyncName is a name that the Lync SRV owners and well-known names of a
// SIP domain lead to, with the role that found it: an owner (id), or a
// name without records (id -1); or, with srvOwner, a Lync SRV owner.
type lyncName struct {
	id       int32
	name     string
	role     string
	srvOwner bool
}

// gatherLyncNames returns the Lync names of the SIP domains (srvTargets,
// wellKnown), in the order of d.domains, in lists that the cores gather
// side by side: looking the SRV targets up, and reading the SRV owners'
// records, are most of the work (0.2 s at 5M records, where the other
// core idled), and making the hosts is left to one core, in order.
func (d *discovery) gatherLyncNames() [][]lyncName {
	n := runtime.GOMAXPROCS(0)
	if len(d.domains) < 1024 {
		n = 1
	}
	out := make([][]lyncName, n)
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			for _, dom := range d.domains[w*len(d.domains)/n : (w+1)*len(d.domains)/n] {
				out[w] = d.srvTargets(dom, out[w])
				out[w] = d.wellKnown(dom, out[w])
			}
		})
	}
	wg.Wait()
	return out
}

// findDomains lists the SIP domains that show a Lync deployment. In the
// same pass over the names it notes the Lync SRV owners and well-known
// names under every parent name (domainNames), so that srvTargets and
// wellKnown look nothing up: 13k SIP domains would be 260k lookups in a
// map of a million names. Every core takes a range of the owners; their
// maps then merge without conflict, since each place of a domainNames
// belongs to one name, which is one owner (3.7M owners at 5M records).
func (d *discovery) findDomains() {
	found := make([]domainsFound, d.ix.ownerShares())
	d.ix.eachOwnerRange(len(found), func(w int, lo, hi int32) { found[w] = d.domainsIn(lo, hi) })
	d.byDomain = found[0].byDomain
	for _, f := range found[1:] {
		for dom, dn := range f.byDomain {
			if have := d.byDomain[dom]; have != nil {
				have.merge(dn)
			} else {
				d.byDomain[dom] = dn
			}
		}
	}
	for _, f := range found {
		d.domains = append(d.domains, f.domains...)
	}
	slices.Sort(d.domains)
	d.domains = slices.Compact(d.domains)
}

// domainsFound is what findDomains finds in a range of owners.
type domainsFound struct {
	byDomain map[string]*domainNames
	domains  []string // the SIP domains, each once
}

// domainsIn is findDomains for the owners with ids in [lo, hi).
func (d *discovery) domainsIn(lo, hi int32) domainsFound {
	f := domainsFound{byDomain: map[string]*domainNames{}}
	seen := map[string]bool{}
	for id := lo; id < hi; id++ {
		name := d.ix.name(id)
		dom := ""
		if i, D, ok := serviceOf(name); ok {
			f.names(D).srv[i] = id + 1
			if len(ofType(d.ix.allOf(id), zone.TypeSRV)) > 0 {
				dom = D
			}
		}
		if label, parent, ok := zone.CutLabel(name); ok {
			if j := wellKnownIndex(label); j >= 0 {
				f.names(parent).wellKnown[j] = id + 1
				if label == "lyncdiscover" || label == "lyncdiscoverinternal" {
					dom = cmp.Or(dom, parent)
				}
			}
		}
		if dom != "" && !seen[dom] {
			seen[dom] = true
			f.domains = append(f.domains, dom)
		}
	}
	return f
}

// names returns the domainNames of dom, made when new.
func (f domainsFound) names(dom string) *domainNames {
	dn := f.byDomain[dom]
	if dn == nil {
		dn = &domainNames{}
		f.byDomain[dom] = dn
	}
	return dn
}

// domainNames holds the owners, as id+1 (0: none), of the Lync SRV names
// (by lyncServices) and the well-known names (by wellKnownLabels) under
// one name.
type domainNames struct {
	srv       [len(lyncServices)]int32
	wellKnown [len(wellKnownLabels)]int32
}

// merge takes the owners o has: the two never have one place both.
func (dn *domainNames) merge(o *domainNames) {
	for i, id := range o.srv {
		dn.srv[i] = max(dn.srv[i], id)
	}
	for j, id := range o.wellKnown {
		dn.wellKnown[j] = max(dn.wellKnown[j], id)
	}
}

// wellKnownIndex returns the place of label in wellKnownLabels, or -1.
func wellKnownIndex(label string) int {
	for j, l := range wellKnownLabels {
		if len(l) == len(label) && l == label {
			return j
		}
	}
	return -1
}

// srvTargets appends to out the Lync SRV owners of domain dom and their
// targets ("." means no service, RFC 2782). It only reads.
func (d *discovery) srvTargets(dom string, out []lyncName) []lyncName {
	dn := d.byDomain[dom]
	if dn == nil {
		return out
	}
	for i, owner := range dn.srv {
		if owner == 0 {
			continue
		}
		id := owner - 1
		out = append(out, lyncName{id: id, srvOwner: true})
		for _, r := range ofType(d.ix.allOf(id), zone.TypeSRV) {
			if r.Data == "." {
				continue
			}
			t, ok := d.ix.id(r.Data)
			if !ok {
				t = -1
			}
			out = append(out, lyncName{id: t, name: r.Data, role: srvRoles[i]})
		}
	}
	return out
}

// srvRoles holds the role of the targets of each of lyncServices.
var srvRoles = func() []string {
	out := make([]string, len(lyncServices))
	for i, s := range lyncServices {
		out[i] = "srv:" + strings.TrimSuffix(s.prefix, ".")
	}
	return out
}()

// wellKnown appends to out the well-known names of domain dom that have
// records. It only reads.
func (d *discovery) wellKnown(dom string, out []lyncName) []lyncName {
	if dn := d.byDomain[dom]; dn != nil {
		for j, owner := range dn.wellKnown {
			if owner != 0 {
				out = append(out, lyncName{id: owner - 1, role: wellKnownLabels[j]})
			}
		}
	}
	return out
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
