package report

import (
	"bufio"
	"fmt"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/zone"
)

// ANSI colours for the severity word of the text format.
const (
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiReset  = "\x1b[0m"
)

// writeText writes the findings gcc style, one line each, with a line
// per related record after it, and ends with a summary line that has no
// colon, so that problem matchers do not take it for a finding. The lines
// are made in chunks on every core (writeChunks): a directory of zones may
// have a million findings. Files are named as workpath.Name names them
// relative to wd.
func writeText(w *bufio.Writer, res *audit.Result, color bool, wd string) {
	base := namer(res, wd)
	writeChunks(w, res.NumFindings(), func(b []byte, lo, hi int) []byte {
		var f audit.Finding
		var msg []byte
		names := base // a Namer per chunk: each is for one goroutine
		for i := lo; i < hi; i++ {
			msg = res.AppendFinding(i, &f, msg[:0])
			b = appendPos(b, f.Pos, &names)
			b = append(append(append(b, ": "...), severityWord(f.Severity, color)...), ": "...)
			b = append(append(append(appendOneLine(b, msg), " ["...), f.Check...), "]\n"...)
			for _, r := range f.Related {
				b = append(appendOneLine(append(appendPos(b, r.Pos, &names), ": note: "...), r.Note), '\n')
			}
		}
		return b
	})
	w.WriteString(summary(res))
	w.WriteByte('\n')
}

// appendPos appends p as file:line (file alone for line 0), the file
// named by names, in quotes as git quotes it when the name holds a
// control character (workpath.QuoteControl): a newline in it broke the
// line, and a GitHub Actions log ran what followed as a command (test 13
// D14).
func appendPos(b []byte, p zone.Pos, names *workpath.Namer) []byte {
	p.File = workpath.QuoteControl(names.Name(p.File))
	return p.AppendTo(b)
}

// appendOneLine appends s kept on its line: a finding is one line of
// text, so a carriage return or line feed inside it is written as \r or
// \n.
func appendOneLine[S string | []byte](b []byte, s S) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		esc := byte(0)
		switch s[i] {
		case '\r':
			esc = 'r'
		case '\n':
			esc = 'n'
		default:
			continue
		}
		b = append(append(b, s[start:i]...), '\\', esc)
		start = i + 1
	}
	return append(b, s[start:]...)
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
