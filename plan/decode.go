package plan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// decode turns data into a YAML node tree and returns its root node. It
// accepts one UTF-8 document, and reports syntax errors with their line.
func decode(file string, data []byte) (*yaml.Node, error) {
	if err := checkText(file, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: file, Line: 1, Err: errors.New("empty plan (want version: 1)")}
		}
		return nil, syntaxError(file, data, err)
	}
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &Error{File: file, Line: next.Line, Err: errors.New("more than one YAML document")}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(file, data, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, &Error{File: file, Line: doc.Line, Err: errors.New("empty plan (want version: 1)")}
	}
	return doc.Content[0], nil
}

// checkText reports the first byte that is not UTF-8 or is a character
// YAML does not allow, with its line. The YAML library rejects them too, but
// without saying where.
func checkText(file string, data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{File: file, Line: line, Err: errors.New("invalid UTF-8 (a plan is UTF-8 text)")}
		case r == '\n':
			line++
		case !allowedRune(r):
			return &Error{File: file, Line: line, Err: fmt.Errorf("control character %U", r)}
		}
		i += size
	}
	return nil
}

// allowedRune reports whether YAML 1.1 allows r in a document.
func allowedRune(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r < 0x20, r == 0x7f, r < 0xa0 && r > 0x7f:
		return false
	}
	return r < 0xd800 || 0xe000 <= r && r <= 0xfffd || r >= 0x10000
}

// syntaxError turns an error of the YAML library into an *Error with its
// line (yamlpos.SyntaxError).
func syntaxError(file string, data []byte, err error) error {
	line, msg := yamlpos.SyntaxError(data, err)
	return &Error{File: file, Line: line, Err: errors.New("invalid YAML: " + msg)}
}
