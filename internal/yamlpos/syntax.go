package yamlpos

import (
	"bytes"
	"strconv"
	"strings"
)

// SyntaxError turns an error of the YAML library, "yaml: line N: message"
// or "yaml: message", into its 1-based line and its message. The library
// gives the line where the construct that fails began, counted from 0 for
// the problems of its parser (parserProblem) and from 1 for those of its
// scanner, some of which also start "did not find expected" (an anchor's
// name, a tag, a directive); it gives no line for a problem on the first
// line, nor for an unknown anchor.
func SyntaxError(data []byte, err error) (line int, msg string) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
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
	return line, msg
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
