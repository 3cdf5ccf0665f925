package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/topology"
)

func checksCommand() *cli.Command {
	return &cli.Command{
		Name:      "checks",
		Usage:     "list the checks, or explain one",
		ArgsUsage: "[ID]",
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usageError("checks: give one check ID at most (see zonegen checks --help)")
			}
			var b strings.Builder
			if c.NArg() == 0 {
				listChecks(&b)
			} else {
				ch, ok := lookupCheck(c.Args().First())
				if !ok {
					return usageError("no check %s (zonegen checks lists them)", clip.Quote(c.Args().First()))
				}
				explainCheck(&b, ch)
			}
			// One write, whose error is the command's: a full disk is
			// exit 2, as for the other commands.
			_, err := io.WriteString(c.App.Writer, b.String())
			return err
		},
	}
}

// allChecks returns the checks of audit, fix, review and generate, by ID.
func allChecks() []*audit.Check {
	all := append(audit.Checks(), topology.Checks()...)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

func lookupCheck(id string) (*audit.Check, bool) {
	for _, c := range allChecks() {
		if c.ID == id {
			return c, true
		}
	}
	return nil, false
}

// listChecks lists the checks, one a line, in columns as wide as the
// longest ID.
func listChecks(w io.Writer) {
	all, width := allChecks(), 0
	for _, ch := range all {
		width = max(width, len(ch.ID))
	}
	for _, ch := range all {
		fmt.Fprintf(w, "%-*s %-8s %s\n", width, ch.ID, ch.Severity, ch.Title)
	}
}

func explainCheck(w io.Writer, ch *audit.Check) {
	fmt.Fprintf(w, "%s (%s by default)\n\n%s.\n\n%s\n\nBad:\n%s\n\nFixed:\n%s\n\nReference: %s\n",
		ch.ID, ch.Severity, ch.Title, wrap(ch.Text, 78), indent(ch.Bad), indent(ch.Good), ch.Ref)
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// wrap breaks text into lines of at most width columns.
func wrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for _, word := range strings.Fields(text) {
		if col > 0 && col+1+len(word) > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += len(word)
	}
	return b.String()
}
