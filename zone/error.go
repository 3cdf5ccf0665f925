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

// tokenError is an error about the token at offset at of an entry's text.
// The feed positions it at that token's physical line (entry.lineAt), so
// that an error in a record over several lines names the line an editor
// must go to, while the record keeps its first line.
type tokenError struct {
	at  int
	err error
}

func (e *tokenError) Error() string { return e.err.Error() }

// entryError positions err, an error about entry e read at pos: at the
// line of its token when it is a tokenError, else at pos.
func entryError(e *entry, pos Pos, err error) error {
	var te *tokenError
	if errors.As(err, &te) {
		pos.Line = e.lineAt(te.at)
		err = te.err
	}
	return errorAt(pos, err)
}
