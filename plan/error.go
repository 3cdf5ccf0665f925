package plan

import (
	"errors"
	"strconv"
)

// ErrNotCovered is wrapped by the error Derive returns when no hosts entry
// and no subnet of the plan covers an address of the host. The caller turns
// it into a no-plan finding: zonegen never invents an address.
var ErrNotCovered = errors.New("not covered by the address plan")

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
