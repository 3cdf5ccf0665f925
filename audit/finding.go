package audit

import (
	"fmt"
	"slices"

	"github.com/zonegen/zonegen/internal/clip"
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
	return 0, fmt.Errorf("unknown severity %s (want info, warning or error)", clip.Quote(s))
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
	sorted := sortFound([][]Finding{slices.Clone(fs)}, nil, nil)
	for i, r := range sorted.refs {
		fs[i] = sorted.at(r)
	}
}
