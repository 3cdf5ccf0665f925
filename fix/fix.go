package fix

import (
	"net/netip"
	"slices"
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
	// UnknownHosts says why a name of Options.Audit.Hosts is no host in
	// the zones (audit.Unknown), and Unused which hosts entries of the
	// plan give nothing, and why: a typo, a name written relative, an
	// alias (test 21 #2, #3: a command that writes records said nothing of
	// them).
	UnknownHosts map[string]string
	Unused       []Unused
}

// Unused is a hosts entry of the plan that names no host of the zones.
type Unused struct {
	Entry plan.Source
	Why   string
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
	ptr := audit.PTRMismatch().ID
	return slices.ContainsFunc(r.Findings, func(f audit.Finding) bool { return f.Check != ptr })
}

// Run computes the edits for zones, read as audit reads them
// (zone.ReadFiles, with opt.Read). The error is for zones that do not
// parse, a plan that cannot derive an address, or edits that do not read
// back as intended; nothing is written in any case.
func Run(zones []*zone.Zone, opt Options) (*Result, error) {
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
	ptr     ptrStage // addPTRs'
	// from holds, for each new AAAA record in res.Added, the IPv4 address
	// the plan gave it for, until the collisions are found.
	from [][4]byte
	// v4 and at are fixHost's lists of a host's A addresses, reused from
	// host to host (the plan keeps neither): two allocations fewer for
	// each of 100k hosts.
	v4 []netip.Addr
	at []int
	// cuts holds the audit's cuts of each zone, one for each view that
	// reads it (serves, inSet).
	cuts map[*zone.Zone][]*zone.Cuts
	// external is set when the zones are the external view (--view
	// external) and external-local-aaaa is on: no address that the
	// outside cannot reach is written (notExternal).
	external bool
	pool     poolStage // the pool rules'
}

// poolStage is what the pool rules keep, until settle is done.
type poolStage struct {
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
}

// ptrStage is what addPTRs keeps: the reverse zones, and the stale PTRs
// it finds where it would write one.
type ptrStage struct {
	// reverses holds the ip6.arpa zones of the set by origin, several of
	// one origin with views; view gives each zone of an origin given more
	// than once its place among them (its view), made by reverseZones.
	reverses map[string][]*reverseZone
	view     map[*zone.Zone]int
	// stalePTR is set when ptr-mismatch is on: addPTRs then reports in
	// stale each PTR of a new address that names another host (stalePTRs).
	stalePTR  bool
	stale     []audit.Finding
	staleSeen map[staleKey]bool // the stale findings, each once: a PTR that two views read
}

// ref is a record and the zone that holds it.
type ref struct {
	r *zone.Record
	z *zone.Zone
}

// run is fix's one way through, in this order: the hosts the audit finds
// without an AAAA (needAAAA) and the records around them (index); an AAAA
// for each from the plan (fixHost); then the rules that leave hosts out,
// each before the next can see what it left (collisions, mixed scopes,
// pool sets, and settle, which works out what follows until nothing
// does); the AAAA lines written (insertAAAA), the PTRs (addPTRs), the
// serials; and last the edited files read back (verify).
func (f *fixer) run() error {
	report, err := audit.Selected(f.opt.Audit, "fix")
	if err != nil {
		return err
	}
	external, scopes, poolSets := audit.ExternalLocalAAAA().ID, audit.PoolScopeMixed().ID, audit.PoolAAAAMismatch().ID
	f.external = f.opt.Audit.View == "external" && auditOn(f.opt.Audit, external)
	f.pool.scopes, f.pool.poolSets = auditOn(f.opt.Audit, scopes), auditOn(f.opt.Audit, poolSets)
	report[external], report[scopes], report[poolSets] = f.external, f.pool.scopes, f.pool.poolSets
	f.ptr.stalePTR = auditOn(f.opt.Audit, audit.PTRMismatch().ID)
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
	f.pool.pools, f.pool.vp = nil, nil
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
	changes, err := f.ed.Changes()
	if err != nil {
		return err
	}
	f.res.Changes = changes
	return f.verify()
}

// reported returns the findings of f.res.Left and f.ptr.stale that the
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
	if len(f.ptr.stale) == 0 {
		return audit.Suppress(fs, f.zones)
	}
	fs = audit.Suppress(append(fs, f.ptr.stale...), f.zones)
	audit.SortFindings(fs)
	return fs
}
