package main

import (
	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/review"
)

const flagBase = "base"

func reviewCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "review a zone change before it is committed: semantic diff, new findings, serial",
		ArgsUsage: "ZONEFILE ...",
		Flags: concat([]cli.Flag{
			&cli.StringFlag{Name: flagBase, Value: "HEAD", Usage: "git revision to compare with"},
			configFlag(),
		}, readFlags(), auditFlags(), outputFlags()),
		Before: applyConfig,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError("review: give the zone files to review")
			}
			out, err := outputOptions(c, env)
			if err != nil {
				return err
			}
			res, err := review.Run(c.Args().Slice(), review.Options{
				Base: c.String(flagBase), Read: readOptions(c), Audit: auditOptions(c),
			})
			if err != nil {
				return usageError("review: %v", err)
			}
			if out.format == "text" {
				for _, f := range res.Files {
					if err := writeFileDiff(c, f); err != nil {
						return err
					}
				}
			}
			if err := writeReport(c, out, res.Audit); err != nil {
				return err
			}
			for _, z := range res.Zones() {
				if z.Err != nil {
					return &exitError{code: exitTrouble}
				}
			}
			return exitStatus(res.Audit, nil, out.failOn)
		},
	}
}

// writeFileDiff prints the semantic diff of one reviewed file.
func writeFileDiff(c *cli.Context, f review.File) error {
	w := c.App.Writer
	state := ""
	switch {
	case f.Broken:
		state = " (does not parse: no record diff)"
	case f.Added:
		state = " (new file)"
	}
	if _, err := w.Write([]byte("; " + f.Name + state + "\n")); err != nil {
		return err
	}
	if err := f.Diff.WriteText(w); err != nil {
		return err
	}
	_, err := w.Write([]byte("\n"))
	return err
}
