package main

import (
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
			old, now := zone.ReadPair(c.Args().Get(0), c.Args().Get(1), readOptions(c))
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
