package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// Flags of zonegen fix.
const (
	flagPlan     = "plan"
	flagFragment = "fragment"
	flagWrite    = "write"
	flagSerial   = "serial"
)

func fixCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "add the missing AAAA (and PTR) records from an address plan: a diff, a fragment, or in place",
		ArgsUsage: "ZONEFILE|DIR ...",
		Flags: concat([]cli.Flag{
			&cli.StringFlag{Name: flagPlan, Usage: "the address plan (YAML, see docs/plan.md)"},
			&cli.StringFlag{Name: flagFragment, Usage: "write only the new records to `FILE` (- for standard output) instead of a diff"},
			&cli.BoolFlag{Name: flagWrite, Usage: "change the zone files in place (atomically)"},
			&cli.StringFlag{Name: flagSerial, Value: zone.SerialAuto, Usage: "serial scheme: " + strings.Join(zone.SerialSchemes(), ", ")},
			configFlag(),
		}, readFlags(), auditFlags()),
		Before: before(required(flagPlan), zoneArgs, checkReadFlags, applyConfig, checkHosts),
		Action: func(c *cli.Context) error { return runFix(c, env) },
	}
}

func runFix(c *cli.Context, env *environment) error {
	if c.NArg() == 0 {
		return usageError("fix: give at least one zone file or directory")
	}
	if c.Bool(flagWrite) && c.String(flagFragment) != "" {
		return usageError("fix: --write and --fragment do not go together")
	}
	p, err := plan.Load(c.String(flagPlan))
	if err != nil {
		return err
	}
	now, err := env.now()
	if err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	if _, err := zone.NextSerial(0, c.String(flagSerial), now); err != nil {
		return usageError("--serial: %v", err)
	}
	read := readOptions(c)
	zones, err := readZones(c, env, read)
	if err != nil {
		return err
	}
	res, err := fix.Run(zones, fix.Options{
		Read: read, Audit: auditOptions(c), Plan: p,
		Serial: c.String(flagSerial), Now: now,
	})
	if err != nil {
		return err
	}
	defer res.Close()
	if frag := c.String(flagFragment); frag != "" && frag != "-" {
		if err := res.CheckFragmentFile(frag, c.String(flagPlan), configFile(c)); err != nil {
			return fmt.Errorf("fix: %w", err)
		}
	}
	printFindings(c.App.ErrWriter, res.Findings)
	sayUnknown(c, res.UnknownHosts)
	for _, u := range res.Unused {
		fmt.Fprintf(c.App.ErrWriter, "zonegen: %s:%d: hosts entry %s: %s; the entry is not used\n", u.Entry.File, u.Entry.Line, u.Entry.Host, u.Why)
	}
	if err := fixOutput(c, res); err != nil {
		return err
	}
	if res.HostsLeft() {
		return &exitError{code: exitFindings}
	}
	return nil
}

// printFindings prints fix's findings, one line each, their files named
// as the diff and the reports name them (workpath.Name).
func printFindings(w io.Writer, findings []audit.Finding) {
	wd, _ := os.Getwd()
	names := workpath.Namer{WorkDir: wd}
	for _, f := range findings {
		f.Pos.File = names.Name(f.Pos.File)
		fmt.Fprintln(w, f)
	}
}

// fixOutput prints the diff or the fragment, or writes the files.
func fixOutput(c *cli.Context, res *fix.Result) error {
	switch frag := c.String(flagFragment); {
	case c.Bool(flagWrite):
		if err := res.Write(); err != nil {
			return err
		}
		for _, name := range res.Names() { // named as the diff and the reports name them
			fmt.Fprintf(c.App.ErrWriter, "zonegen: wrote %s\n", workpath.QuoteControl(name))
		}
		return nil
	case frag == "-":
		return res.WriteFragment(c.App.Writer, c.String(flagPlan))
	case frag != "":
		return writeFragmentFile(frag, res, c.String(flagPlan))
	default:
		return res.WriteDiff(c.App.Writer)
	}
}

func writeFragmentFile(name string, res *fix.Result, planFile string) error {
	var b strings.Builder
	if err := res.WriteFragment(&b, planFile); err != nil {
		return err
	}
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		return clip.PathError(err)
	}
	return nil
}

// configFile returns the config file the command read its defaults from:
// --config's, else .zonegen.yaml (which may not exist), as loadConfig
// reads them.
func configFile(c *cli.Context) string {
	if name := c.String(flagConfig); name != "" {
		return name
	}
	return defaultConfig
}
