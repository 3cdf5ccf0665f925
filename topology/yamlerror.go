package topology

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zonegen/zonegen/zone"
)

// checkText refuses what the YAML reader would refuse without saying
// where: bytes that are not UTF-8 and control characters. It returns the
// line of the first.
func checkText(data []byte) (int, error) {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line, fmt.Errorf("the topology is not UTF-8 (byte %#02x)", data[i])
		case isControl(r):
			return line, fmt.Errorf("control character %U in the topology", r)
		case r == '\n':
			line++
		}
		i += size
	}
	return 0, nil
}

// isControl reports whether YAML forbids r in a document (YAML 1.2 §5.1).
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	}
	return r == 0xfffe || r == 0xffff
}

// yamlLine finds the line in a message of the YAML parser.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

// yamlError turns an error of the YAML parser into a positioned error.
// The parser leaves the line out of its message when the problem is on the
// first line, and gives the line of the construct that failed 0-based for
// the errors of its parser stage (those starting "did not find expected"
// or "found" plus a directive or tag problem); yamlError makes them all
// 1-based.
func (d *decoder) yamlError(err error) *zone.Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
		if isParserError(msg) {
			line++
		}
	}
	return &zone.Error{Pos: zone.Pos{File: d.file, Line: line}, Err: fmt.Errorf("bad YAML: %s", msg)}
}

// isParserError reports whether a message comes from the parser stage of
// the YAML library (parserc.go), whose lines are 0-based.
func isParserError(msg string) bool {
	for _, p := range []string{"did not find expected", "found undefined tag handle", "found duplicate %", "found incompatible YAML document"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
