package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/internal/workpath"
)

// Options tunes how Write renders a result.
type Options struct {
	// Color colours the severity word of the text format with ANSI
	// escapes; the caller sets it only for a terminal without NO_COLOR.
	// The other formats ignore it.
	Color bool
	// ToolVersion is the zonegen version recorded in SARIF output.
	ToolVersion string
	// Checks is the rule metadata for SARIF output; callers pass
	// audit.Checks(). A finding whose check is not listed still gets a
	// minimal rule, so that every result has one.
	Checks []*audit.Check
	// WorkDir, when set, is the directory zonegen runs in: every format
	// names a file below it by its path relative to it, a file outside it
	// by its absolute path (workpath.Name), so that code scanning and
	// annotations find the repository's files and one file has one name
	// throughout a report. Unset, file names are only cleaned.
	WorkDir string
}

// Formats returns the names of the output formats that Write accepts,
// the default one first.
func Formats() []string {
	return []string{"text", "json", "sarif", "github"}
}

// Write renders res to w in the named format (one of Formats), findings
// in the order given. The text and JSON reports are streamed through a
// buffer; SARIF and GitHub annotations are built in memory first.
func Write(w io.Writer, format string, res *audit.Result, opt Options) error {
	if res == nil {
		res = &audit.Result{}
	}
	var (
		out []byte
		err error
	)
	switch format {
	case "text", "json":
		// streamed: a million findings are not held twice
		bw := bufio.NewWriterSize(w, 64<<10)
		if format == "text" {
			writeText(bw, res, opt.Color, opt.WorkDir)
		} else {
			writeJSON(bw, res, opt.WorkDir)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write %s report: %w", format, err)
		}
		return nil
	case "sarif":
		out, err = renderSARIF(res, opt)
	case "github":
		out = renderGitHub(res, opt.WorkDir)
	default:
		return fmt.Errorf("unknown format %s (want %s)", clip.Quote(format), strings.Join(Formats(), ", "))
	}
	if err != nil {
		return fmt.Errorf("render %s report: %w", format, err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write %s report: %w", format, err)
	}
	return nil
}

// namer names the files of res as every format names them: relative to
// wd (workpath.Name), but a zone path that does not exist as the user
// typed it (ZoneSummary.Missing).
func namer(res *audit.Result, wd string) workpath.Namer {
	n := workpath.Namer{WorkDir: wd}
	for _, z := range res.Zones {
		if z.Missing {
			if n.AsGiven == nil {
				n.AsGiven = map[string]bool{}
			}
			n.AsGiven[z.File] = true
		}
	}
	return n
}
