package fix

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"sort"
	"time"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// Options says what to fix and how.
type Options struct {
	Read   zone.Options
	Audit  audit.Options // which hosts count (--host, --all-hosts, --view)
	Plan   *plan.Plan
	Serial string    // a zone.NextSerial scheme
	Now    time.Time // the clock for date and unixtime serials
}

// Result is what fix would change.
type Result struct {
	Changes []zone.Change // edited files
	Added   []Addition    // the new records, in file order
	// Left says why each host that needs an AAAA gets none: a no-plan or
	// aaaa-collision finding, reported or not, in file order. The
	// fragment lists them all.
	Left []audit.Finding
	// Findings are the findings to report, in file order: those of Left
	// that --disable and zonegen:ignore comments leave, and a ptr-mismatch
	// warning for each PTR of a new address that names another host,
	// which fix leaves as it is (stalePTRs).
	Findings []audit.Finding
	Zones    []*zone.Zone // the zones as read
}

// Addition is one new record and where it goes.
type Addition struct {
	Zone   *zone.Zone  // the zone it belongs to
	Record zone.Record // the record (Pos: the record it follows)
	Line   string      // the line as written into the file
	Source string      // the plan entry it came from
	// reads is how many times the zone reads the record the new line goes
	// after, and so the new line: twice in a file the zone $INCLUDEs twice
	// under one origin (readings). 0 stands for once.
	reads int32
	// lineTTL is the TTL of the A record the new AAAA follows, whose line
	// is its model (zone.Editor.Sibling); Record.TTL is the TTL BIND
	// serves the A records with (zone.RRsetTTL), which may differ.
	lineTTL uint32
	// ownTTL: the zone reads that A line with several TTLs (a file
	// $INCLUDEd twice under two $TTLs), so the new line writes its TTL.
	ownTTL bool
	// completes marks a pool name's AAAA for the new address of a member
	// of its pool (completeSets), which its AAAA set lacks: the pool name
	// is no host that needs an AAAA.
	completes bool
	// afterAAAA: a completion that goes after its pool name's last AAAA
	// record (placeAfterAAAA), not after an A record.
	afterAAAA bool
}

// HostsLeft reports whether a finding reported leaves a host without an
// AAAA: fix's exit status 1, as DESIGN says. A stale PTR does not; the
// audit reports it as a warning, below its default --fail-on.
func (r *Result) HostsLeft() bool {
	return slices.ContainsFunc(r.Findings, func(f audit.Finding) bool { return f.Check != checkPTRMismatch })
}

// Run computes the edits for the zone files named on the command line. The
// error is for zones that do not parse, a plan that cannot derive an
// address, or edits that do not read back as intended; nothing is written
// in any case.
func Run(paths []string, opt Options) (*Result, error) {
	zones := zone.ReadPaths(paths, opt.Read)
	for _, z := range zones {
		if z.Err != nil {
			return &Result{Zones: zones}, z.Err
		}
	}
	f := &fixer{opt: opt, zones: zones, ed: zone.NewEditor(opt.Read.Limits), res: &Result{Zones: zones}}
	if err := f.run(); err != nil {
		return f.res, err
	}
	return f.res, nil
}

// fixer holds the state of one run.
type fixer struct {
	opt   Options
	zones []*zone.Zone
	ed    *zone.Editor
	res   *Result
	names map[string][]ref // the A records of the hosts to fix and every PTR record, by owner
	// sources holds each plan entry's description: a subnet is the
	// source of thousands of additions.
	sources map[plan.Source]string
	// reverses holds the ip6.arpa zones of the set by origin, several of
	// one origin with views; view gives each zone of an origin given more
	// than once its place among them (its view), made by reverseZones.
	reverses map[string][]*reverseZone
	view     map[*zone.Zone]int
	// from holds, for each new AAAA record in res.Added, the IPv4 address
	// the plan gave it for, until the collisions are found.
	from [][4]byte
	// v4 and at are fixHost's lists of a host's A addresses, reused from
	// host to host (the plan keeps neither): two allocations fewer for
	// each of 100k hosts.
	v4   []netip.Addr
	at   []int
	cuts *cuts // nil when no zone of the set has a cut
	// external is set when the zones are the external view (--view
	// external) and external-local-aaaa is on: no address that the
	// outside cannot reach is written (notExternal).
	external bool
	// pools are the audit's pools when pool-scope-mixed or
	// pool-aaaa-mismatch is on: no address that would leave one of mixed
	// scopes is written (dropMixedScopes, when scopes is set), and no pool
	// name is left with an AAAA set that is not its members' (completeSets
	// and oddHeads, when poolSets is set).
	pools    []audit.Pool
	scopes   bool
	poolSets bool
	// vp indexes the new records of the pools' names by view, made once
	// the collisions are decided (viewPlaces) and kept in step as
	// completeSets adds to Added; settle reads it before it takes
	// anything out. One index where each step made its own took 0.1 s
	// at 1M records (24k pools).
	vp *viewPlaces
	// stalePTR is set when ptr-mismatch is on: addPTRs then reports in
	// stale each PTR of a new address that names another host (stalePTRs),
	// with origins, the zones of the set by origin, for inSet.
	stalePTR bool
	stale    []audit.Finding
	origins  map[string][]*zone.Zone
}

// ref is a record and the zone that holds it.
type ref struct {
	r *zone.Record
	z *zone.Zone
}

func (f *fixer) run() error {
	report, err := audit.Selected(f.opt.Audit, "fix")
	if err != nil {
		return err
	}
	f.external = f.opt.Audit.View == "external" && auditOn(f.opt.Audit, checkExternal)
	report[checkExternal] = f.external
	f.scopes = auditOn(f.opt.Audit, checkPoolScope)
	f.poolSets = auditOn(f.opt.Audit, checkPoolMismatch)
	report[checkPoolScope], report[checkPoolMismatch] = f.scopes, f.poolSets
	f.stalePTR = auditOn(f.opt.Audit, checkPTRMismatch)
	hosts, err := f.needAAAA()
	if err != nil {
		return err
	}
	hosts, as := f.index(hosts)
	f.res.Added = make([]Addition, 0, as) // an AAAA for each A, as a rule
	f.from = make([][4]byte, 0, as)
	for _, h := range hosts {
		if err := f.fixHost(h); err != nil {
			return err
		}
	}
	f.dropCollisions()
	seeds := f.dropMixedScopes()
	if err := f.completeSets(seeds); err != nil {
		return err
	}
	f.settle(seeds)
	f.pools, f.vp = nil, nil
	f.from = nil
	if err := f.insertAAAA(); err != nil {
		return err
	}
	audit.SortFindings(f.res.Left)
	if err := f.addPTRs(); err != nil {
		return err
	}
	f.res.Findings = f.reported(report)
	f.names = nil // read by fixHost and addPTRs only: the verification reuses its memory
	if err := f.bumpSerials(); err != nil {
		return err
	}
	f.res.Changes = f.ed.Changes()
	return f.verify()
}

// index gathers the records fix reads: the A and AAAA records of the hosts
// that need an AAAA and of the pool names that completeSets may give a
// member's address, and the PTR records that tell which addresses have
// one. Indexing only these keeps a zone of millions of records cheap.
// It returns the hosts, each once (with views, the audit reports a host
// once in each view that lacks its AAAA), and the number of A records
// indexed.
func (f *fixer) index(hosts []string) ([]string, int) {
	once, filter := f.needed(hosts)
	f.cuts = newCuts(f.zones)
	as := 0
	var ptrOnly map[string]bool // owners of PTR records only, which f.names holds but fix needs no A of
	for _, z := range f.zones {
		for i := range z.Records {
			r := &z.Records[i]
			f.cuts.note(z, r)
			if r.Class != z.Class {
				continue // no address: BIND refuses it, the audit leaves it out
			}
			switch {
			case r.Type == zone.TypePTR:
				ptrOnly = f.addPTRRecord(ref{r, z}, ptrOnly)
			case (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && filter.mayHold(r.Name):
				if refs, ok := f.names[r.Name]; ok && !ptrOnly[r.Name] {
					f.names[r.Name] = append(refs, ref{r, z})
					if r.Type == zone.TypeA {
						as++
					}
				}
			}
		}
	}
	if f.cuts.any() {
		as -= f.dropOccluded()
	} else {
		f.cuts = nil
	}
	return once, as
}

// needed makes f.names with an empty list for each name whose A and AAAA
// records index gathers: the hosts, each once, and the pool names that
// completeSets may give a member's address. It returns the hosts, each
// once, and a filter of those names, which spares index a lookup in
// f.names for most of the records it passes over (nameFilter).
func (f *fixer) needed(hosts []string) ([]string, *nameFilter) {
	heads := f.fullHeads()
	f.names = make(map[string][]ref, len(hosts)+len(heads))
	filter := newNameFilter(len(hosts) + len(heads))
	once := hosts[:0]
	for _, h := range hosts {
		if _, ok := f.names[h]; !ok {
			f.names[h] = nil
			filter.add(h)
			once = append(once, h)
		}
	}
	for _, n := range heads {
		if _, ok := f.names[n]; !ok {
			f.names[n] = nil
			filter.add(n)
		}
	}
	return once, filter
}

// addPTRRecord adds a PTR record to f.names, whose owner need not be a
// name that index needs, and returns ptrOnly with that owner in it when
// f.names held no list of it before: its A and AAAA records are then
// not gathered.
func (f *fixer) addPTRRecord(x ref, ptrOnly map[string]bool) map[string]bool {
	refs, ok := f.names[x.r.Name]
	if !ok {
		if ptrOnly == nil {
			ptrOnly = map[string]bool{}
		}
		ptrOnly[x.r.Name] = true
	}
	f.names[x.r.Name] = append(refs, x)
	return ptrOnly
}

// dropOccluded leaves out of f.names the records of zones that are not
// authoritative for them (see cuts), and returns how many A records went.
func (f *fixer) dropOccluded() int {
	as := 0
	for name, refs := range f.names {
		kept := refs[:0]
		for _, x := range refs {
			switch {
			case !f.cuts.occluded(x.z, name):
				kept = append(kept, x)
			case x.r.Type == zone.TypeA:
				as++
			}
		}
		f.names[name] = kept
	}
	return as
}

// needAAAA asks the audit which hosts have A records and no AAAA, in the
// order of their first A record; with views (see audit.Run), a host once
// in each view that lacks its AAAA.
func (f *fixer) needAAAA() ([]string, error) {
	opt := f.opt.Audit
	opt.Pools = f.scopes || f.poolSets
	opt.Disable, opt.Enable = []string{"all"}, []string{"missing-aaaa"}
	res, err := audit.Run(f.zones, opt)
	if err != nil {
		return nil, err
	}
	f.pools = res.Pools
	var hosts []string
	var fd audit.Finding
	var msg []byte // unread: the messages of 100k findings are not made into strings
	for i := range res.NumFindings() {
		if msg = res.AppendFinding(i, &fd, msg[:0]); fd.Check == "missing-aaaa" {
			hosts = append(hosts, fd.Name)
		}
	}
	return hosts, nil
}

// fixHost queues the AAAA records of one host (queueAAAA), in the zones
// that lack them. Each zone's records are edited in that zone: the
// address derived from an A record goes after the host's last A record in
// the zone of that A record, so that an internal view's address never
// lands in the external view's file. An A record written twice is one address (an
// RRset is a set, RFC 2181 5): the plan derives it once, and each zone
// gets its AAAA once.
func (f *fixer) fixHost(name string) error {
	as := f.lackingAAAA(name)
	if len(as) == 0 {
		return nil
	}
	v4, at := distinctAddrs(as, f.v4[:0], f.at[:0])
	f.v4, f.at = v4, at
	addrs, err := f.opt.Plan.Derive(name, v4)
	if nc := (*plan.NotCoveredError)(nil); errors.As(err, &nc) {
		f.noPlan(name, as[0].r, nc)
		return nil
	}
	if err != nil {
		return err
	}
	if f.external && f.notExternal(name, as[0].r, addrs) {
		return nil
	}
	// Derive maps the distinct addresses one to one, and records lists
	// each zone's records together.
	for start := 0; start < len(as); {
		end := start + 1
		for end < len(as) && as[end].z == as[start].z {
			end++
		}
		reads, err := f.readings(as[start:end], as[end-1])
		if err != nil {
			return err
		}
		if err := f.queueAAAA(name, as[start:end], reads, v4, addrs, at[start:end]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// lackingAAAA returns the A records of name in the zones that hold no AAAA
// of it. Without views that is every A record: the audit reported the name
// for having no AAAA in the whole set. With views (two zones of one origin,
// see audit.Run), the audit reports a name when one view lacks its AAAA,
// and the view whose zone has an AAAA of the name already gets no other.
func (f *fixer) lackingAAAA(name string) []ref {
	as, aaaas := f.records(name, zone.TypeA), f.records(name, zone.TypeAAAA)
	if len(aaaas) == 0 {
		return as
	}
	return slices.DeleteFunc(as, func(a ref) bool {
		return slices.ContainsFunc(aaaas, func(x ref) bool { return x.z == a.z })
	})
}

// distinctAddrs appends to v4 the distinct addresses of the A records
// as, in the order of their first record, and to at, for each record,
// the place of its address among them. A host has a few A records as a
// rule; a long list is looked up in a map rather than searched.
func distinctAddrs(as []ref, v4 []netip.Addr, at []int) ([]netip.Addr, []int) {
	var seen map[netip.Addr]int
	if len(as) > 16 {
		seen = make(map[netip.Addr]int, len(as))
	}
	for _, a := range as {
		addr := a.r.Addr()
		j, ok := seen[addr]
		if seen == nil {
			j = slices.Index(v4, addr)
			ok = j >= 0
		}
		if !ok {
			j = len(v4)
			v4 = append(v4, addr)
			if seen != nil {
				seen[addr] = j
			}
		}
		at = append(at, j)
	}
	return v4, at
}

// readings returns how many times the zone reads the A record last, one
// of the host's A records of that zone as: once for each record of as at
// its place with its address. A file $INCLUDEd twice under one origin is
// read twice, each of its records with it, and so is the new line that
// goes after last (the file gets the line once, see zone.Editor.InsertAfter):
// the verification expects it as many times. A $GENERATE may make one
// record twice in one reading: its line counts once, as before, so a
// $GENERATE in a file read twice still reads back wrong and is refused.
func (f *fixer) readings(as []ref, last ref) (int, error) {
	n := 0
	for _, a := range as {
		if a.r.Pos() == last.r.Pos() && a.r.Addr() == last.r.Addr() {
			n++
		}
	}
	if n < 2 {
		return 1, nil // the editor is asked only in the rare case
	}
	gen, err := f.ed.Generates(last.r.Pos())
	if err != nil || gen {
		return 1, err
	}
	return n, nil
}

// queueAAAA queues the AAAA records of host name for its A records as in
// one zone, in reading order, the last read that many times (readings),
// whose addresses are at the places at of v4 (addrs: what the plan gives
// each), each address once. insertAAAA writes each after the A record
// that anchors says (the last, as a rule), with the TTL BIND serves the A
// records with (aTTL).
func (f *fixer) queueAAAA(name string, as []ref, reads int, v4 []netip.Addr, addrs []plan.Address, at []int) error {
	ttl := aTTL(as)
	an, err := f.anchors(as, reads)
	if err != nil {
		return err
	}
	var taken []bool // only when a place may come twice
	if !consecutive(at) {
		taken = make([]bool, len(addrs))
	}
	for _, j := range at {
		if taken != nil {
			if taken[j] {
				continue
			}
			taken[j] = true
		}
		after, n, own := an.anchor(v4[j])
		rec := zone.Record{Name: name, Type: zone.TypeAAAA, Class: after.r.Class, TTL: ttl}
		rec.SetAddr(addrs[j].Addr)
		rec.SetPos(after.r.Pos())
		f.res.Added = append(f.res.Added, Addition{Zone: after.z, Record: rec, Source: f.source(addrs[j].Source),
			reads: int32(n), lineTTL: after.r.TTL, ownTTL: own})
		f.from = append(f.from, v4[j].As4())
	}
	return nil
}

// anchors holds what anchor asks of the A records as of one host in one
// zone, found once for them all: a pool of 32k addresses in a file
// $INCLUDEd twice is 32k AAAA records, and asking as for each was
// quadratic.
type anchors struct {
	as        []ref
	reads     int  // how many times the zone reads the last A record (readings)
	mixedLast bool // the zone reads the last A line with several TTLs (mixedReadings)
	// The rest is made when reads >= 2 only.
	n     map[posAddr]int    // the readings of each place and address: its records in as
	final map[netip.Addr]int // the index in as of each address's last A record
	once  map[netip.Addr]int // and of its last A record whose line is read once
	mixed map[zone.Pos]bool  // the places read with several TTLs (mixedReadings)
}

// posAddr is an A record's place and address.
type posAddr struct {
	pos  zone.Pos
	addr netip.Addr
}

// anchors gathers what anchor needs for the A records as of one zone, the
// last of them read reads times (readings). The $GENERATE check is made
// once for each place read two or more times, as readings makes it.
func (f *fixer) anchors(as []ref, reads int) (*anchors, error) {
	an := &anchors{as: as, reads: reads, mixedLast: mixedReadings(as, as[len(as)-1])}
	if reads < 2 {
		return an, nil
	}
	an.n = make(map[posAddr]int, len(as))
	an.final = make(map[netip.Addr]int, len(as))
	an.once = make(map[netip.Addr]int, len(as))
	an.mixed = make(map[zone.Pos]bool)
	ttls := make(map[zone.Pos]uint32, len(as)) // the first TTL read at each place
	for _, a := range as {
		pos := a.r.Pos()
		an.n[posAddr{pos, a.r.Addr()}]++
		if t, ok := ttls[pos]; !ok {
			ttls[pos] = a.r.TTL
		} else if t != a.r.TTL {
			an.mixed[pos] = true
		}
	}
	gen := map[zone.Pos]bool{} // f.ed.Generates of the places read twice or more
	for i, a := range as {
		pos, addr := a.r.Pos(), a.r.Addr()
		an.final[addr] = i
		k := posAddr{pos, addr}
		if an.n[k] < 2 {
			an.once[addr] = i
			continue
		}
		g, ok := gen[pos]
		if !ok {
			var err error
			if g, err = f.ed.Generates(pos); err != nil {
				return nil, err
			}
			gen[pos] = g
		}
		if g {
			an.n[k] = 1 // a $GENERATE's line counts once (readings)
			an.once[addr] = i
		}
	}
	return an, nil
}

// anchor returns the A record that the AAAA derived from addr goes after,
// how many times the zone reads it (readings) and whether the zone reads
// its line with several TTLs (mixedReadings), so the new line writes its
// own: the last A record, read reads times, as a rule. When the zone reads
// the last A line more than once (a part $INCLUDEd twice), it is the last
// A record of addr whose line is read once, else the last A record of
// addr: the AAAA goes beside the A it comes from, in that A's file, and is
// read as few times as one of its A lines is. In the part, each reading
// would add it again, a duplicate-record that the zone's own A line does
// not have (test 5, defect 6; retest N2).
func (an *anchors) anchor(addr netip.Addr) (ref, int, bool) {
	if an.reads < 2 {
		return an.as[len(an.as)-1], an.reads, an.mixedLast
	}
	i, ok := an.once[addr]
	if !ok {
		i = an.final[addr]
	}
	after := an.as[i]
	pos := after.r.Pos()
	return after, an.n[posAddr{pos, addr}], an.mixed[pos]
}

// aTTL returns the TTL BIND serves the A records as of one zone with
// (zone.RRsetTTL), the TTL of their new AAAA: the audit's
// aaaa-ttl-mismatch compares with it too. Copying the last A line's TTL
// made a new finding where the A records' TTLs differ.
func aTTL(as []ref) uint32 {
	if len(as) == 1 {
		return as[0].r.TTL
	}
	rs := make([]*zone.Record, len(as))
	for i, a := range as {
		rs[i] = a.r
	}
	return zone.RRsetTTL(rs).TTL
}

// mixedReadings reports whether the zone reads the line of after, one of
// the A records as, with more than one TTL: a file $INCLUDEd twice under
// two $TTLs. A new line there that writes no TTL would read with each
// reading's, where BIND serves one (aTTL), so it writes its own.
func mixedReadings(as []ref, after ref) bool {
	for _, a := range as {
		if a.r.Pos() == after.r.Pos() && a.r.TTL != after.r.TTL {
			return true
		}
	}
	return false
}

// consecutive reports whether at counts up by one from its first place.
func consecutive(at []int) bool {
	for k, j := range at {
		if j != at[0]+k {
			return false
		}
	}
	return true
}

// insertAAAA writes the new AAAA records into the zones: each host's
// records of one zone go after its last A record there (their Pos), in
// the A line's layout, in one insertion.
func (f *fixer) insertAAAA() error {
	added := f.res.Added
	for start := 0; start < len(added); {
		first := &added[start].Record
		end := start + 1
		for end < len(added) && sameInsertion(&added[start], &added[end]) {
			end++
		}
		lines := make([]string, 0, end-start)
		for i := start; i < end; i++ {
			line, err := f.ed.Sibling(&added[i].Record, added[i].lineTTL, added[i].ownTTL, "AAAA", added[i].Record.Addr().String())
			if err != nil {
				return err
			}
			added[i].Line = line
			lines = append(lines, line)
		}
		if err := f.ed.InsertAfter(first.Pos(), lines...); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// sameInsertion reports whether new records a and b are of one host and
// go after the same A record of one zone.
func sameInsertion(a, b *Addition) bool {
	return a.Zone == b.Zone && a.Record.Name == b.Record.Name && a.Record.Pos() == b.Record.Pos()
}

// source returns s.String(), made once for each plan entry.
func (f *fixer) source(s plan.Source) string {
	text, ok := f.sources[s]
	if !ok {
		if f.sources == nil {
			f.sources = map[plan.Source]string{}
		}
		text = s.String()
		f.sources[s] = text
	}
	return text
}

// reported returns the findings of f.res.Left and f.stale that the
// checks on (by --disable and --enable, as audit.Selected reads them for
// fix) and the zones' zonegen:ignore comments (as audit reads them) leave
// to report.
// A host left out stays left out: suppressing the finding only says
// that the engineer knows.
func (f *fixer) reported(on map[string]bool) []audit.Finding {
	var fs []audit.Finding
	for _, fd := range f.res.Left {
		if on[fd.Check] {
			fs = append(fs, fd)
		}
	}
	if len(f.stale) == 0 {
		return audit.Suppress(fs, f.zones)
	}
	fs = audit.Suppress(append(fs, f.stale...), f.zones)
	audit.SortFindings(fs)
	return fs
}

// noPlan leaves host name, whose first A record is first, without an
// AAAA: no plan entry covers it (err says which address).
func (f *fixer) noPlan(name string, first *zone.Record, err *plan.NotCoveredError) {
	f.res.Left = append(f.res.Left, audit.Finding{
		Check: audit.NoPlan().ID, Severity: audit.NoPlan().Severity, Name: name, Pos: first.Pos(),
		Message: fmt.Sprintf("%s needs an AAAA and no address-plan entry covers %s", name, err.What()),
	})
}

// records returns the indexed records of a name and type in file order.
func (f *fixer) records(name string, t zone.Type) []ref {
	var out []ref
	for _, x := range f.names[name] {
		if x.r.Type == t {
			out = append(out, x)
		}
	}
	return out
}

// bumpSerials sets a new serial in every zone that has an edit.
func (f *fixer) bumpSerials() error {
	touched := map[*zone.Zone]bool{}
	for _, a := range f.res.Added {
		touched[a.Zone] = true
	}
	zs := make([]*zone.Zone, 0, len(touched))
	for z := range touched {
		zs = append(zs, z)
	}
	sort.Slice(zs, func(i, j int) bool { return zs[i].File < zs[j].File })
	for _, z := range zs {
		if z.SOA == nil {
			continue
		}
		next, err := zone.NextSerial(z.SOA.Serial, f.opt.Serial, f.opt.Now)
		if err != nil {
			return err
		}
		if next != z.SOA.Serial {
			if err := f.ed.SetSerial(z.SOA.Pos, next); err != nil {
				return err
			}
		}
	}
	return nil
}
