package audit

import (
	"cmp"
	"fmt"
	"iter"
	"net/netip"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// Severity ranks a finding. The zero value is Info.
type Severity int

// The severities, lowest first.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s < Info || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if n == s {
			return Severity(i), nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Related points from a finding to another record that explains it.
type Related struct {
	Pos  zone.Pos
	Note string
}

// Finding is one problem found in a zone set: which check found it, how
// bad it is, the name it is about, and the record it points at.
type Finding struct {
	Check    string
	Severity Severity
	Name     string
	Pos      zone.Pos
	Message  string
	Related  []Related
}

// String formats the finding gcc style: file:line: severity: message [check].
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s: %s [%s]", f.Pos, f.Severity, f.Message, f.Check)
}

// SortFindings orders findings by file, line, check, name and message, so
// that reports are the same from run to run.
func SortFindings(fs []Finding) {
	sorted := sortFound([][]Finding{slices.Clone(fs)})
	for i := range fs {
		fs[i] = *sorted.at(i)
	}
}

// found is an audit's findings where the checks put them, in chunks, with
// references to them in report order: the findings of a million records
// (56 MB at 1M) are not copied into one list beside their chunks.
type found struct {
	chunks [][]Finding
	refs   []findingRef
}

// findingRef is a finding's place in found.chunks.
type findingRef struct{ c, i int32 }

func (f *found) at(k int) *Finding { r := f.refs[k]; return &f.chunks[r.c][r.i] }

// sortFound puts references to the findings of all chunks in report
// order. The checks report mostly in file order (missing-aaaa, with most
// of a million findings, always does), so it sorts the references chunk by
// chunk, where a chunk in order costs one pass, and merges the ascending
// runs the chunks make, the two shortest first: about one comparison a
// finding instead of twenty.
func sortFound(chunks [][]Finding) found {
	n := 0
	for _, c := range chunks {
		n += len(c)
	}
	compare := func(a, b findingRef) int { return compareFindings(&chunks[a.c][a.i], &chunks[b.c][b.i]) }
	refs := make([]findingRef, 0, n)
	for c, fs := range chunks {
		start := len(refs)
		for i := range fs {
			refs = append(refs, findingRef{int32(c), int32(i)})
		}
		if part := refs[start:]; !slices.IsSortedFunc(part, compare) {
			slices.SortFunc(part, compare)
		}
	}
	return found{chunks: chunks, refs: mergeRuns(refs, compare)}
}

func compareFindings(a, b *Finding) int {
	if a.Pos.File != b.Pos.File { // most often one string: no bytes compared
		return strings.Compare(a.Pos.File, b.Pos.File)
	}
	if c := cmp.Compare(a.Pos.Line, b.Pos.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Check, b.Check); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// Host is a Lync host (or, with --all-hosts, any name with an address):
// how it was found and what addresses it has.
type Host struct {
	Name   string
	Roles  []string
	A      []netip.Addr
	AAAA   []netip.Addr
	Scopes []string // the scopes of the AAAA addresses, see Scope
}

// ZoneSummary describes one zone file of the set.
type ZoneSummary struct {
	File      string
	Origin    string
	Records   int
	LyncHosts int
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

// NumHosts returns the number of audited hosts.
func (r *Result) NumHosts() int { return len(r.HostList) + r.hosts.len() }

// NumFindings returns the number of findings.
func (r *Result) NumFindings() int { return len(r.Findings) + len(r.found.refs) }

// Finding returns finding i of NumFindings, in report order. It points
// into the result: a caller reads it and does not change it.
func (r *Result) Finding(i int) *Finding {
	if i < len(r.Findings) {
		return &r.Findings[i]
	}
	return r.found.at(i - len(r.Findings))
}

// AllFindings yields the findings in report order, as Finding does.
func (r *Result) AllFindings() iter.Seq[*Finding] {
	return func(yield func(*Finding) bool) {
		for i := range r.NumFindings() {
			if !yield(r.Finding(i)) {
				return
			}
		}
	}
}

// FindingList returns a copy of the findings in report order.
func (r *Result) FindingList() []Finding {
	out := make([]Finding, 0, r.NumFindings())
	for f := range r.AllFindings() {
		out = append(out, *f)
	}
	return out
}

// SetFindings makes fs the result's findings, in place of any it had.
func (r *Result) SetFindings(fs []Finding) { r.Findings, r.found = fs, found{} }

// Count returns the number of findings of each severity.
func (r *Result) Count() map[Severity]int {
	n := map[Severity]int{Info: 0, Warning: 0, Error: 0}
	for f := range r.AllFindings() {
		n[f.Severity]++
	}
	return n
}

// Worst returns the highest severity among the findings, and false when
// there are none.
func (r *Result) Worst() (Severity, bool) {
	worst, any := Info, false
	for f := range r.AllFindings() {
		if !any || f.Severity > worst {
			worst, any = f.Severity, true
		}
	}
	return worst, any
}
