// Package yamlpos reads the YAML files of zonegen (the address plan, the
// topology, the config file) the one way they share: one UTF-8 document,
// every problem of the text with its line, so that each reader reports it
// as FILE:LINE: message and only words what its file is.
package yamlpos

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// The problems Document finds in a file's text. An *Error's Err is or
// wraps one of them, so that a reader can say which file it is about.
var (
	ErrNotUTF8        = errors.New("not UTF-8")
	ErrControl        = errors.New("control character")
	ErrSyntax         = errors.New("invalid YAML")
	ErrSecondDocument = errors.New("more than one YAML document")
)

// Error is a problem of a file's YAML text at Line (1-based).
type Error struct {
	Line int
	Err  error
}

// Error formats the problem as line N: message.
func (e *Error) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the problem, for errors.Is with the Err variables.
func (e *Error) Unwrap() error { return e.Err }

// Document decodes data, which holds at most one YAML document, and
// returns the root node of that document, or nil when data holds none
// (it is empty, or comments only). A document with nothing in it ("---",
// "~") is a null scalar, which the reader judges. Every error is an
// *Error: a byte that is not UTF-8 or a character YAML forbids (checkText),
// a syntax error (SyntaxError), or a second document (at its start).
func Document(data []byte) (*yaml.Node, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, next yaml.Node
	for _, n := range []*yaml.Node{&doc, &next} {
		if err := dec.Decode(n); err != nil && !errors.Is(err, io.EOF) {
			line, msg := SyntaxError(data, err)
			return nil, &Error{Line: line, Err: fmt.Errorf("%w: %s", ErrSyntax, msg)}
		}
	}
	if next.Kind != 0 { // a second document would be read by no one
		return nil, &Error{Line: next.Line, Err: ErrSecondDocument}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}
