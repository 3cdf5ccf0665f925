package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/review"
	"github.com/zonegen/zonegen/zone"
)

const flagBase = "base"

func reviewCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "review a zone change before it is committed: semantic diff, new findings, serial",
		ArgsUsage: "ZONEFILE|DIR ...",
		Flags: concat([]cli.Flag{
			&cli.StringFlag{Name: flagBase, Value: "HEAD", Usage: "git revision to compare with"},
			configFlag(),
		}, readFlags(), auditFlags(), outputFlags()),
		Before: before(zoneArgs, checkReadFlags, applyConfig, checkHosts),
		Action: func(c *cli.Context) error { return runReview(c, env) },
	}
}

// runReview reviews the zone files of the command line against the base
// revision: the semantic diff, the findings the change adds and the serial.
func runReview(c *cli.Context, env *environment) error {
	files, err := reviewFiles(c.App.ErrWriter, c.Args().Slice())
	if err != nil {
		return err
	}
	out, err := outputOptions(c, env)
	if err != nil {
		return err
	}
	if len(files) == 0 { // directories without zone files: an empty report
		return writeReport(c, out, &audit.Result{})
	}
	res, err := review.Run(files, review.Options{
		Base: c.String(flagBase), Index: env.stagedIndex(), Read: readOptions(c), Audit: auditOptions(c),
	})
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	if out.format == "text" {
		if err := writeDiffs(c, res.Files, c.String(flagBase)); err != nil {
			return err
		}
	} else {
		warnBaseErrors(c.App.ErrWriter, res.Files, c.String(flagBase))
	}
	if err := writeReport(c, out, res.Audit); err != nil {
		return err
	}
	// as audit says it, of the zones as they are now
	warnUnknownHosts(c, res.Zones(), res.Audit)
	for _, z := range res.Zones() {
		if z.Err != nil {
			return &exitError{code: exitTrouble}
		}
	}
	return exitStatus(res.Audit, nil, out.failOn)
}

// reviewFiles lists the zone files of the command line: files as they
// are, a directory as the zone files under it, as audit reads them, so
// that a hook or a CI job can review every zone of a directory when an
// $INCLUDEd part of one changed. A directory without zone files has
// nothing to review, which w is told: the hook of a repository whose
// zones were all deleted must not fail (docs/decisions.md).
func reviewFiles(w io.Writer, args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, usageError("review: give the zone files, or a directory of them, to review")
	}
	files, empty := zoneFiles(args)
	for _, dir := range empty {
		fmt.Fprintf(w, "zonegen: %s: no zone files\n", dir)
	}
	return files, nil
}

// writeDiffs prints the semantic diff of each reviewed file that changed,
// each named as the findings name it.
// An unchanged file prints nothing, so that a hook reviewing a directory
// of hundreds of zones shows only what a commit changes; when none
// changed, "no changes" says so once.
func writeDiffs(c *cli.Context, files []review.File, base string) error {
	wd, _ := os.Getwd()
	names := diffNamer(files, wd)
	changed := 0
	for _, f := range files {
		if f.Diff.Empty() && !f.Broken && !f.Added && f.BaseErr == nil {
			continue
		}
		changed++
		if err := writeFileDiff(c, f, names.Name(f.Name), base); err != nil {
			return err
		}
	}
	if changed == 0 {
		_, err := c.App.Writer.Write([]byte("no changes\n\n"))
		return err
	}
	return nil
}

// diffNamer names the reviewed files as the findings name them (the
// report's namer): relative to wd, but a path that is not on disk as the
// user typed it (nosuch/, not nosuch), since it names no file the user
// could know by another name.
func diffNamer(files []review.File, wd string) workpath.Namer {
	n := workpath.Namer{WorkDir: wd, AsGiven: map[string]bool{}}
	for _, f := range files {
		if f.Missing {
			n.AsGiven[f.Name] = true
		}
	}
	return n
}

// writeFileDiff prints the semantic diff of one reviewed file, named name;
// for a file that does not parse, now or at base, only the header that
// says so, and for the base the line of git's version where it stops.
func writeFileDiff(c *cli.Context, f review.File, name, base string) error {
	w := c.App.Writer
	state := ""
	switch {
	case f.Missing:
		state = " (not on disk: no record diff)"
	case f.Broken:
		state = " (does not parse: no record diff)"
	case f.BaseErr != nil:
		state = " (does not parse at " + base + ": no record diff, every finding reported)"
	case f.Added:
		state = " (new file)"
	}
	if _, err := w.Write([]byte("; " + workpath.QuoteControl(name) + state + "\n")); err != nil {
		return err
	}
	if f.BaseErr != nil {
		fmt.Fprintf(w, "; at %s: %s\n", base, baseError(f.BaseErr))
	}
	// A broken file has no diff to write: its empty one would say "no
	// changes" under a header that says the file changed.
	if !f.Broken && f.BaseErr == nil {
		if err := f.Diff.WriteText(w); err != nil {
			return err
		}
	}
	_, err := w.Write([]byte("\n"))
	return err
}

// warnBaseErrors says on w, for the formats that carry findings only, which
// files do not parse at base: their findings are all reported, each with
// a note that says so, and a file with none would otherwise pass without
// a word about it.
func warnBaseErrors(w io.Writer, files []review.File, base string) {
	for _, f := range files {
		if f.BaseErr != nil {
			fmt.Fprintf(w, "zonegen: at %s: %s: nothing to compare with, every finding of the zone is reported\n", base, baseError(f.BaseErr))
		}
	}
}

// baseError formats the syntax error of a file's base version, its file
// named as the findings name files.
func baseError(err error) string {
	var ze *zone.Error
	if !errors.As(err, &ze) {
		return err.Error()
	}
	wd, _ := os.Getwd()
	return fmt.Sprintf("%s:%d: does not parse: %v", workpath.Name(ze.Pos.File, wd), ze.Pos.Line, ze.Err)
}
