package plan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
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

// syntaxError turns an error of the YAML library, "yaml: line N: message"
// or "yaml: message", into an *Error with the line. The library counts the
// lines of parser errors (not those of scanner errors) from 0, and gives
// the line where the construct that fails began; it gives no line for a
// problem on the first line, nor for an unknown anchor.
func syntaxError(file string, data []byte, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, after
			}
		}
	}
	switch {
	case parserProblem(msg):
		line++
	case strings.HasPrefix(msg, "unknown anchor '"):
		line = aliasLine(data, strings.TrimSuffix(strings.TrimPrefix(msg, "unknown anchor '"), "' referenced"))
	case line == 0:
		line = 1
	}
	return &Error{File: file, Line: line, Err: errors.New("invalid YAML: " + msg)}
}

// parserProblem reports whether msg is one of the YAML parser's problems,
// whose line the library counts from 0.
func parserProblem(msg string) bool {
	switch msg {
	case "did not find expected <stream-start>",
		"did not find expected <document start>",
		"did not find expected node content",
		"did not find expected key",
		"did not find expected '-' indicator",
		"did not find expected ',' or ']'",
		"did not find expected ',' or '}'",
		"found duplicate %YAML directive",
		"found duplicate %TAG directive",
		"found incompatible YAML document",
		"found undefined tag handle":
		return true
	}
	return false
}

// aliasLine returns the line of the first alias *name in data, or 0.
func aliasLine(data []byte, name string) int {
	i := bytes.Index(data, []byte("*"+name))
	if i < 0 {
		return 0
	}
	return 1 + bytes.Count(data[:i], []byte("\n"))
}
