package report

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/zonegen/zonegen/audit"
)

// ANSI colours for the severity word of the text format.
const (
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiReset  = "\x1b[0m"
)

// oneLine keeps a message on its line: a finding is one line of text, so a
// carriage return or line feed inside a message is written as \r or \n.
var oneLine = strings.NewReplacer("\r", `\r`, "\n", `\n`)

// writeText writes the findings gcc style, one line each, with a line
// per related record after it, and ends with a summary line that has no
// colon, so that problem matchers do not take it for a finding.
func writeText(w *bufio.Writer, res *audit.Result, color bool) {
	for f := range res.AllFindings() {
		line(w, f.Pos.String(), ": ", severityWord(f.Severity, color), ": ", oneLine.Replace(f.Message), " [", f.Check, "]\n")
		for _, r := range f.Related {
			line(w, r.Pos.String(), ": note: ", oneLine.Replace(r.Note), "\n")
		}
	}
	w.WriteString(summary(res))
	w.WriteByte('\n')
}

// line writes the parts of a line.
func line(w *bufio.Writer, parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// severityWord returns the name of s, coloured when color is set.
func severityWord(s audit.Severity, color bool) string {
	if !color {
		return s.String()
	}
	code := ansiCyan
	switch s {
	case audit.Error:
		code = ansiRed
	case audit.Warning:
		code = ansiYellow
	}
	return code + s.String() + ansiReset
}

// summary counts the findings and zones: "3 errors, 1 warning, 0 info in
// 2 zones".
func summary(res *audit.Result) string {
	n := res.Count()
	return fmt.Sprintf("%s, %s, %d info in %s",
		plural(n[audit.Error], "error"), plural(n[audit.Warning], "warning"),
		n[audit.Info], plural(len(res.Zones), "zone"))
}

// plural returns n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
