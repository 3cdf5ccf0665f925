package topology

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// annotation is an expectation written in a test topology: on line Line,
// a finding "CHECK:SEVERITY" (after "# want") or an error message prefix
// (after "# error:").
type annotation struct {
	Line int
	Text string
}

var (
	wantComment  = regexp.MustCompile(`#\s*want\s+(.+)$`)
	errorComment = regexp.MustCompile(`#\s*error:\s*`)
)

// wants reads the "# want CHECK:SEVERITY ..." comments of a file.
func wants(t *testing.T, file string) []annotation {
	t.Helper()
	var out []annotation
	eachLine(t, file, func(n int, line string) {
		if m := wantComment.FindStringSubmatch(line); m != nil {
			for _, w := range strings.Fields(m[1]) {
				out = append(out, annotation{Line: n, Text: w})
			}
		}
	})
	return out
}

// errorWants reads the "# error: MESSAGE" comments of a file; a line may
// hold several.
func errorWants(t *testing.T, file string) []annotation {
	t.Helper()
	var out []annotation
	eachLine(t, file, func(n int, line string) {
		parts := errorComment.Split(line, -1)
		for _, p := range parts[1:] {
			out = append(out, annotation{Line: n, Text: strings.TrimSpace(p)})
		}
	})
	return out
}

// eachLine calls f with every line of a file and its 1-based number.
func eachLine(t *testing.T, file string, f func(n int, line string)) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		f(n, sc.Text())
	}
}
