package audit

import (
	"cmp"
	"fmt"
	"iter"
	"net/netip"
	"runtime"
	"slices"
	"strings"
	"sync"

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
	copy(fs, joinSorted([][]Finding{fs}))
}

// joinSorted puts the findings of all chunks into one slice in report
// order. The checks report mostly in file order (missing-aaaa, with most of
// a million findings, always does), so it sorts references to the findings
// chunk by chunk, where a chunk in order costs one pass, and merges the
// ascending runs the chunks make, the two shortest first: about one
// comparison a finding instead of twenty. Each finding is copied once.
func joinSorted(chunks [][]Finding) []Finding {
	type ref struct{ c, i int32 }
	n := 0
	for _, c := range chunks {
		n += len(c)
	}
	compare := func(a, b ref) int { return compareFindings(&chunks[a.c][a.i], &chunks[b.c][b.i]) }
	refs := make([]ref, 0, n)
	for c, fs := range chunks {
		start := len(refs)
		for i := range fs {
			refs = append(refs, ref{int32(c), int32(i)})
		}
		if part := refs[start:]; !slices.IsSortedFunc(part, compare) {
			slices.SortFunc(part, compare)
		}
	}
	refs = mergeRuns(refs, compare)
	out := make([]Finding, n)
	parts := 1 // a copy on each core for long lists: 566k findings are 56 MB
	if n >= 1<<14 {
		parts = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*n/parts, (w+1)*n/parts
		wg.Go(func() {
			for k, r := range refs[lo:hi] {
				out[lo+k] = chunks[r.c][r.i]
			}
		})
	}
	wg.Wait()
	return out
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
	Zones    []ZoneSummary
	Findings []Finding
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

// Count returns the number of findings of each severity.
func (r *Result) Count() map[Severity]int {
	n := map[Severity]int{Info: 0, Warning: 0, Error: 0}
	for _, f := range r.Findings {
		n[f.Severity]++
	}
	return n
}

// Worst returns the highest severity among the findings, and false when
// there are none.
func (r *Result) Worst() (Severity, bool) {
	worst, any := Info, false
	for _, f := range r.Findings {
		if !any || f.Severity > worst {
			worst, any = f.Severity, true
		}
	}
	return worst, any
}
