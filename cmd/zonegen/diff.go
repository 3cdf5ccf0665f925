package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/rrdiff"
	"github.com/zonegen/zonegen/zone"
)

func diffCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "semantic diff of two zone files, RRset by RRset",
		ArgsUsage: "OLD NEW",
		Flags: concat(readFlags(), []cli.Flag{
			&cli.StringFlag{Name: flagFormat, Value: "text", Usage: "output format: text or json"},
		}),
		Before: before(zoneArgs, checkReadFlags),
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageError("diff: give two zone files, OLD and NEW")
			}
			format := c.String(flagFormat)
			if format != "text" && format != "json" {
				return usageError("diff: unknown --format %s (want text or json)", clip.Quote(format))
			}
			old, now := readPair(c.Args().Get(0), c.Args().Get(1), readOptions(c))
			for _, z := range []*zone.Zone{old, now} {
				if z.Err != nil {
					return z.Err
				}
			}
			d := rrdiff.Compare(old.Records, now.Records)
			write := d.WriteText
			if format == "json" {
				write = d.WriteJSON
			}
			if err := write(c.App.Writer); err != nil {
				return err
			}
			if !d.Empty() {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
}

// readPair reads two versions of one zone. A file whose origin can only
// come from its name takes the other's when its name is the other's with
// a label that names a copy (db.contoso.com.new against db.contoso.com or
// a file with $ORIGIN contoso.com.), or when its name gives a single
// label, no zone's name (/tmp/x, c.zone); two zones of unrelated names
// (db.contoso.com, db.fabrikam.net, db.contoso.com.au) keep their own
// origins.
func readPair(oldFile, newFile string, opt zone.Options) (old, now *zone.Zone) {
	old, now = zone.ReadFile(oldFile, opt), zone.ReadFile(newFile, opt)
	if old.Err != nil || now.Err != nil || old.Origin == now.Origin {
		return old, now
	}
	switch {
	case now.OriginGuessed && adopts(now.Origin, old.Origin):
		opt.Origin = old.Origin
		now = zone.ReadFile(newFile, opt)
	case old.OriginGuessed && adopts(old.Origin, now.Origin):
		opt.Origin = now.Origin
		old = zone.ReadFile(oldFile, opt)
	}
	return old, now
}

// adopts reports whether a file whose origin guessed came from its name
// takes the origin other of the file it is compared with: guessed is
// other with one more label that names a copy (contoso.com.new. of
// contoso.com.; copyLabel), or a single label. contoso.com.au. is another
// zone than contoso.com., whatever the names say.
func adopts(guessed, other string) bool {
	rest, ok := strings.CutPrefix(guessed, strings.TrimSuffix(other, ".")+".")
	label := strings.TrimSuffix(rest, ".")
	return ok && copyLabel(label) || strings.Count(guessed, ".") == 1
}

// copyLabel reports whether the last label of a file's name says it is a
// copy of another: new, orig, old, bak and the like, or a number or date.
func copyLabel(label string) bool {
	switch label {
	case "new", "orig", "old", "bak", "backup", "save", "saved", "prev", "tmp", "dist", "rej", "work", "edit":
		return true
	}
	return label != "" && strings.Trim(label, "0123456789-_") == ""
}
