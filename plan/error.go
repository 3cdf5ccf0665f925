package plan

import (
	"errors"
	"net/netip"
	"strconv"
	"strings"
)

// ErrNotCovered is wrapped by the error Derive returns when no hosts entry
// and no subnet of the plan covers an address of the host. The caller turns
// it into a no-plan finding: zonegen never invents an address.
var ErrNotCovered = errors.New("not covered by the address plan")

// NotCoveredError is the error Derive returns for a host the plan does not
// cover: the IPv4 addresses of its A records that no subnet holds, none
// when it has no A records and no hosts entry. It is ErrNotCovered
// (errors.Is), and its What says what is not covered, so that a caller
// words its finding without taking the message apart.
type NotCoveredError struct {
	Host      string // canonical: lower case, fully qualified
	Uncovered []netip.Addr
}

// What says what the plan does not cover: the addresses, or that the
// host has no A records and no hosts entry.
func (e *NotCoveredError) What() string {
	if len(e.Uncovered) == 0 {
		return "no A records and no hosts entry"
	}
	s := make([]string, len(e.Uncovered))
	for i, a := range e.Uncovered {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

func (e *NotCoveredError) Error() string {
	return e.Host + ": " + e.What() + ": " + ErrNotCovered.Error()
}

// Is reports whether target is ErrNotCovered.
func (e *NotCoveredError) Is(target error) bool { return target == ErrNotCovered }

// Error is a problem in a plan file at a line: a YAML syntax error, an
// unknown key, a bad prefix, an address that cannot be derived.
type Error struct {
	File string
	Line int // 1-based; 0 when the YAML library gave no line
	Err  error
}

// Error formats the error as file:line: message, or file: message when the
// line is unknown.
func (e *Error) Error() string {
	if e.Line <= 0 {
		return e.File + ": " + e.Err.Error()
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
