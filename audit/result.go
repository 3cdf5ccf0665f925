package audit

import (
	"iter"
	"net/netip"
	"slices"

	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/zone"
)

// Host is a Lync host (or, with --all-hosts, any name with an address):
// how it was found and what addresses it has.
type Host struct {
	Name   string
	Roles  []string // shared with other hosts: read, never change
	A      []netip.Addr
	AAAA   []netip.Addr
	Scopes []string // the scopes of the AAAA addresses (internal/addrscope)
}

// ZoneSummary describes one zone file of the set.
type ZoneSummary struct {
	File      string
	Origin    string
	Records   int
	LyncHosts int
	// Missing is set when no file or directory has the path File, as
	// given: it names no file of the repository, and reports name it as
	// the user typed it (nosuch/, not nosuch).
	Missing bool
}

// Result is what an audit of a zone set found.
type Result struct {
	Zones []ZoneSummary
	// Findings holds the findings of a Result built by hand; an audit's own
	// stay where its checks put them (found). Read them all through
	// NumFindings and Finding, or AllFindings.
	Findings []Finding
	found    found
	// HostList holds the hosts of a Result built by hand; an audit's own
	// hosts are made one at a time by Hosts, not held all at once.
	HostList []Host
	hosts    hostList
	// Pools holds the pools of the audited hosts when Options.Pools asks.
	Pools []Pool
	cuts  []viewCuts // each view's cuts, for Cuts
}

// Hosts yields the audited hosts (every Lync host, or every address name
// with --all-hosts), in the order their names first appear.
func (r *Result) Hosts() iter.Seq[Host] {
	return func(yield func(Host) bool) {
		for i := range r.NumHosts() {
			if !yield(r.Host(i)) {
				return
			}
		}
	}
}

// Host returns host i of the NumHosts in Hosts, for reports that write
// them side by side.
func (r *Result) Host(i int) Host {
	var h Host
	r.HostInto(i, &h)
	return h
}

// HostInto is Host for a report that writes each host at once: it fills
// h and reuses the room of h's slices, which h's next use overwrites.
func (r *Result) HostInto(i int, h *Host) {
	if i < len(r.HostList) {
		src := r.HostList[i]
		a, aaaa := append(h.A[:0], src.A...), append(h.AAAA[:0], src.AAAA...)
		*h = src
		h.A, h.AAAA = a, aaaa // h's own room, never src's
		return
	}
	var scratch host
	summarize(r.hosts.at(i-len(r.HostList), &scratch), h)
}

// GivenOnly reports whether h is a host only because it was given
// (--host, the config file's hosts: "host" is its one role) and has no A
// or AAAA record in the zones: no host that the zones show. The command
// line names it on standard error, and the JSON report's hosts, which
// describe the zones' hosts, leave it out (docs/decisions.md).
func (h *Host) GivenOnly() bool {
	return givenOnly(h.Roles, len(h.A)+len(h.AAAA))
}

// givenOnly is GivenOnly for a host's roles and its number of addresses.
func givenOnly(roles []string, addrs int) bool {
	return addrs == 0 && len(roles) == 1 && roles[0] == "host"
}

// GivenOnlyHosts returns the places in Hosts, in order, of the hosts for
// which GivenOnly holds. A plain address name (--all-hosts) has an
// address, so only the hosts discovery made are looked at.
func (r *Result) GivenOnlyHosts() []int {
	var out []int
	for i := range r.HostList {
		if r.HostList[i].GivenOnly() {
			out = append(out, i)
		}
	}
	for i := range r.hosts.len() {
		h := r.hosts.made(i)
		if h != nil && givenOnly(h.roles, len(h.a)+len(h.aaaa)) {
			out = append(out, len(r.HostList)+i)
		}
	}
	return out
}

// NumHosts returns the number of audited hosts.
func (r *Result) NumHosts() int { return len(r.HostList) + r.hosts.len() }

// NumFindings returns the number of findings.
func (r *Result) NumFindings() int { return len(r.Findings) + len(r.found.refs) }

// Finding returns finding i of NumFindings, in report order. A finding an
// audit keeps as a note gets its message now, a new string each call.
func (r *Result) Finding(i int) Finding {
	if i < len(r.Findings) {
		return r.Findings[i]
	}
	return r.found.at(r.found.refs[i-len(r.Findings)])
}

// AppendFinding is Finding for a report that writes a million findings
// one at a time: it fills f but for its Message, which it appends to msg
// instead of making a string of it.
func (r *Result) AppendFinding(i int, f *Finding, msg []byte) []byte {
	if i < len(r.Findings) {
		*f = r.Findings[i]
	} else {
		msg = r.found.appendAt(r.found.refs[i-len(r.Findings)], f, msg)
	}
	msg = append(msg, f.Message...)
	f.Message = ""
	return msg
}

// severity is Finding(i).Severity, without making a message.
func (r *Result) severity(i int) Severity {
	if i < len(r.Findings) {
		return r.Findings[i].Severity
	}
	return r.found.severity(r.found.refs[i-len(r.Findings)])
}

// AllFindings yields the findings in report order, as Finding does.
func (r *Result) AllFindings() iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for i := range r.NumFindings() {
			if !yield(r.Finding(i)) {
				return
			}
		}
	}
}

// FindingList returns the findings in report order.
func (r *Result) FindingList() []Finding {
	out := make([]Finding, 0, r.NumFindings())
	for f := range r.AllFindings() {
		out = append(out, f)
	}
	return out
}

// SetFindings makes fs the result's findings, in place of any it had.
func (r *Result) SetFindings(fs []Finding) { r.Findings, r.found = fs, found{} }

// Count returns the number of findings of each severity.
func (r *Result) Count() map[Severity]int {
	n := map[Severity]int{Info: 0, Warning: 0, Error: 0}
	for i := range r.NumFindings() {
		n[r.severity(i)]++
	}
	return n
}

// Worst returns the highest severity among the findings, and false when
// there are none.
func (r *Result) Worst() (Severity, bool) {
	worst, any := Info, false
	for i := range r.NumFindings() {
		if s := r.severity(i); !any || s > worst {
			worst, any = s, true
		}
	}
	return worst, any
}

// result assembles what the run found.
func (p *pass) result(zones []*zone.Zone) *Result {
	res := &Result{}
	res.hosts = p.hosts
	// The hosts of each top-level file, by their first records: hosts with
	// records are owners of the index, and those of one file mostly follow
	// one another, so the file of the host before is tried first.
	count := map[string]int{}
	file, top := "", ""
	for _, id := range p.hosts.ids {
		if f := p.ix.heads[id].Pos().File; f != file {
			file, top = f, p.topFile[f]
		}
		if top != "" {
			count[top]++
		}
	}
	for _, z := range zones {
		res.Zones = append(res.Zones, ZoneSummary{File: z.File, Origin: z.Origin, Records: len(z.Records), LyncHosts: count[z.File], Missing: missing(z)})
	}
	return res
}

// summarize fills out with the summary of h, reusing the room of its
// address slices: a report writes a million hosts without making a
// million. Only a host with AAAA addresses of several scopes makes a list.
func summarize(h *host, out *Host) {
	out.Name, out.Roles = h.name, h.roles
	out.A, out.AAAA = addrs(out.A[:0], h.a), addrs(out.AAAA[:0], h.aaaa)
	var seen [8]string
	scopes := seen[:0]
	for _, a := range out.AAAA {
		if s := addrscope.Of(a); !slices.Contains(scopes, s) {
			scopes = append(scopes, s)
		}
	}
	switch len(scopes) {
	case 0:
		out.Scopes = nil
	case 1:
		out.Scopes = oneScope[scopes[0]] // shared: most hosts have one scope
	default:
		out.Scopes = slices.Sorted(slices.Values(scopes))
	}
}

// oneScope holds a shared one-element list per scope.
var oneScope = map[string][]string{
	addrscope.Global: {addrscope.Global}, addrscope.UniqueLocal: {addrscope.UniqueLocal}, addrscope.LinkLocal: {addrscope.LinkLocal},
	addrscope.Documentation: {addrscope.Documentation}, addrscope.Reserved: {addrscope.Reserved},
}

func addrs(out []netip.Addr, rs []*zone.Record) []netip.Addr {
	if out == nil {
		out = make([]netip.Addr, 0, len(rs))
	}
	for _, r := range rs {
		out = append(out, r.Addr())
	}
	return out
}
