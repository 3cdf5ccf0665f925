package zone

import "errors"

// Error is a problem with a zone file at a position: a syntax error, an
// $INCLUDE that leaves the include root, a limit that was reached.
type Error struct {
	Pos Pos
	Err error
}

// Error formats the error gcc style: file:line: message.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// errorAt wraps err with pos unless it already carries a position.
func errorAt(pos Pos, err error) error {
	var ze *Error
	if errors.As(err, &ze) {
		return err
	}
	return &Error{Pos: pos, Err: err}
}
