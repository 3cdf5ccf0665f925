package audit

import (
	"fmt"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
)

// Options selects what an audit looks at.
type Options struct {
	View     string   // "" or "internal": internal rules; "external": the public view
	Hosts    []string // --host: more Lync hosts
	AllHosts bool     // audit every name with an address instead of the Lync hosts
	Enable   []string // check IDs to turn on again after Disable ("all" for every check)
	Disable  []string // check IDs to turn off ("all" for every check)
	// Pools asks for Result.Pools, which fix reads to keep each pool's
	// addresses of one scope.
	Pools bool
}

// external reports whether the audit is of the public view.
func (o Options) external() bool { return o.View == "external" }

// pass is the state of one audit run.
type pass struct {
	opt      Options
	zones    []*zone.Zone
	ix       *index
	hosts    hostList
	domains  []string
	findings chunkList[Finding]
	notes    chunkList[note] // of one check's pass: the notes of noteCheck
	// noteCheck is the check whose notes a check's pass holds; each
	// check runs in a pass of its own (fresh), so a note need not say.
	noteCheck *Check
	noteLists []noteList        // the notes of every check's pass, after runChecks
	topFile   map[string]string // file of a record -> the top-level file that reads it
	lync      *nameSet          // the names the record checks look at; nil: every name
	broken    bool              // a zone of the view did not parse, and is not in zones
}

// isLync reports whether the record checks look at a name: one that
// discovery met (a host, an alias on its chain, a Lync SRV owner), or any
// name with --all-hosts. A finding never names a host that is not a Lync
// host.
func (p *pass) isLync(name string) bool {
	return p.lync == nil || p.lync.has(name)
}

// isLyncID is isLync for an owner of the index, by id.
func (p *pass) isLyncID(id int32) bool {
	return p.lync == nil || p.lync.byID[id]
}

// Run audits a zone set. Zones that did not parse give a syntax finding and
// are left out of the rest; the others form one namespace, unless two or
// more have the same origin: then the set holds views of that zone, each
// audited as a namespace of its own (see splitViews). The error is for bad
// options only.
func Run(zones []*zone.Zone, opt Options) (*Result, error) {
	enabled, err := Selected(opt, "audit")
	if err != nil {
		return nil, err
	}
	if opt.View != "" && opt.View != "internal" && opt.View != "external" {
		return nil, fmt.Errorf("unknown view %s (want internal or external)", clip.Quote(opt.View))
	}
	enabled = running(enabled, opt)
	views := splitViews(zones)
	if views == nil {
		res, _ := runView(zones, opt, enabled, nil)
		return res, nil
	}
	results := make([]*Result, len(views))
	used, judged := suppressions{}, lookedSet{}
	for i, v := range views {
		var u suppressions
		results[i], u = runView(v, opt, enabled, judged)
		for k, hit := range u {
			used[k] = used[k] || hit
		}
	}
	res := mergeViews(zones, views, results)
	if enabled[checkBadSuppression.ID] {
		if unused := unusedSuppressions(zones, used, judged, enabled, chunkHeads([][]Finding{res.Findings}, nil, nil)); len(unused) > 0 {
			res.Findings = append(res.Findings, unused...)
			SortFindings(res.Findings)
		}
	}
	return res, nil
}

// running returns the checks of enabled that an audit with opt runs: those
// of the audit stage, and the checks that look at the external view only
// with --view external. A suppression is judged by the checks that ran
// (unusedSuppressions).
func running(enabled map[string]bool, opt Options) map[string]bool {
	on := make(map[string]bool, len(enabled))
	for _, c := range allChecks() {
		on[c.ID] = enabled[c.ID] && c.Stage == "audit" && (!c.externalOnly || opt.external())
	}
	return on
}

// runView audits zones as one namespace: one view of a zone set, or a
// whole set without views. Zones that did not parse give a syntax finding
// and are left out of the rest. Without views (judged nil) it reports the
// suppressions that suppressed nothing; with them, it adds to judged the
// suppressions it looked at (lookedAt), and the caller reports them with
// those of the other views, from the suppressions returned.
func runView(zones []*zone.Zone, opt Options, enabled map[string]bool, judged lookedSet) (*Result, suppressions) {
	p := &pass{opt: opt}
	for _, z := range zones {
		if z.Err == nil {
			p.zones = append(p.zones, z)
		}
	}
	p.broken = len(p.zones) < len(zones)
	p.ix = newIndex(p.zones)
	p.topFile = map[string]string{}
	for _, z := range p.zones {
		p.topFile[z.File] = z.File
		for _, inc := range z.Includes {
			p.topFile[inc] = z.File
		}
	}
	p.hosts, p.domains, p.lync = discover(p.ix, opt)
	p.runChecks(enabled)
	for _, z := range zones {
		if z.Err != nil && enabled[checkSyntax.ID] {
			p.syntax(z)
		}
	}
	res := p.result(zones)
	res.cuts = []viewCuts{{p.zones, p.ix.cuts}}
	chunks, notes, used := applySuppressions(p.findings.chunks(), p.noteLists, p.ix, zones, enabled)
	if enabled[checkBadSuppression.ID] {
		if judged == nil { // no views: this view judges its own
			j := lookedSet{}
			p.lookedAt(used, j)
			chunks = append(chunks, unusedSuppressions(zones, used, j, enabled, chunkHeads(chunks, notes, p.ix)))
		} else {
			p.lookedAt(used, judged)
		}
	}
	res.found = sortFound(chunks, notes, p.ix)
	res.found.hosts = p.hosts.byID
	if opt.Pools {
		res.Pools = pools(p.hosts.byID, p.zones)
	}
	return res, used
}

// runChecks runs the enabled checks side by side: they only read the
// index and the hosts, and each reports into a copy of the pass of its own.
// The checks that look at one host at a time run together, host by host,
// on every core a share of the hosts: each host is made once (with
// --all-hosts most are made as they are reached, see hostList), and each
// check still reports into a pass of its own, in host order.
func (p *pass) runChecks(enabled map[string]bool) {
	var runs, hostRuns []*pass
	var perHost []*Check
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, c := range allChecks() {
		switch {
		case !enabled[c.ID]:
		case c.host != nil:
			perHost = append(perHost, c)
		case c.run != nil:
			q := p.fresh(p.hosts)
			runs = append(runs, q)
			g.Go(func() error { c.run(q, c); return nil })
		}
	}
	if len(perHost) > 0 {
		for _, hosts := range p.shares() {
			qs := make([]*pass, len(perHost))
			for i := range qs {
				qs[i] = p.fresh(hosts)
			}
			hostRuns = append(hostRuns, qs...)
			g.Go(func() error {
				for h := range hosts.all() {
					for i, c := range perHost {
						c.host(qs[i], c, h)
					}
				}
				return nil
			})
		}
	}
	g.Wait()
	for _, q := range append(runs, hostRuns...) {
		p.findings.full = append(p.findings.full, q.findings.chunks()...)
		for _, ns := range q.notes.chunks() {
			p.noteLists = append(p.noteLists, noteList{check: q.noteCheck, notes: ns})
		}
	}
}

// fresh returns a copy of the pass for one check run on the hosts given,
// with no findings yet.
func (p *pass) fresh(hosts hostList) *pass {
	q := *p
	q.hosts, q.findings, q.notes, q.noteCheck = hosts, chunkList[Finding]{}, chunkList[note]{}, nil
	return &q
}

// shares splits the hosts among the cores for the checks that look at each
// on its own (missing-aaaa alone has a finding for most of a million
// hosts).
func (p *pass) shares() []hostList {
	const least = 1 << 14
	n := min(runtime.GOMAXPROCS(0), p.hosts.len()/least)
	if n < 2 {
		return []hostList{p.hosts}
	}
	return p.hosts.split(n)
}

// Selected turns --disable, then --enable, into the set of checks to run
// in a stage ("audit", or "review" for the checks review adds): a check of
// the stage is on unless disabled, any other only when enabled. syntax is
// always on: a zone that does not parse makes the exit status 2, and its
// finding is what says why (docs/decisions.md).
func Selected(opt Options, stage string) (map[string]bool, error) {
	on := map[string]bool{}
	for _, c := range allChecks() {
		on[c.ID] = c.Stage == stage
	}
	set := func(ids []string, v bool) error {
		for _, id := range ids {
			if id == "all" {
				for k := range on {
					on[k] = v
				}
				continue
			}
			if _, ok := Lookup(id); !ok {
				return fmt.Errorf("unknown check %s (zonegen checks lists them)", clip.Quote(id))
			}
			on[id] = v
		}
		return nil
	}
	if err := set(opt.Disable, false); err != nil {
		return nil, err
	}
	err := set(opt.Enable, true)
	on[checkSyntax.ID] = true
	return on, err
}

// report adds a finding with the check's default severity.
func (p *pass) report(c *Check, name string, pos zone.Pos, msg string, related ...Related) {
	p.reportAs(c, c.Severity, name, pos, msg, related...)
}

// reportHost adds a finding about host h, with the record of its pool
// after the others related when h is a pool member (memberRelated).
func (p *pass) reportHost(c *Check, sev Severity, h *host, pos zone.Pos, msg string, related ...Related) {
	if m := h.memberRelated(); m != nil {
		related = append(related[:len(related):len(related)], m...)
	}
	p.reportAs(c, sev, h.name, pos, msg, related...)
}

func (p *pass) reportAs(c *Check, sev Severity, name string, pos zone.Pos, msg string, related ...Related) {
	f := p.findings.add()
	f.Check, f.Severity, f.Name, f.Pos, f.Message, f.Related = c.ID, sev, name, pos, msg, related
}

// note adds a finding about an owner of the index that c.describe makes
// the message of when it is read; rec is the place in the index's records
// of the record it points at. The notes of a pass are one check's.
func (p *pass) note(c *Check, rec, owner int32) {
	if p.noteCheck == nil {
		p.noteCheck = c
	} else if p.noteCheck != c {
		panic("audit: notes of " + c.ID + " in the pass of " + p.noteCheck.ID)
	}
	n := p.notes.add()
	n.rec, n.owner = rec, owner
}
