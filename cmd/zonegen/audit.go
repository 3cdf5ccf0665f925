package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/report"
	"github.com/zonegen/zonegen/zone"
)

func auditCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "report the dual-stack gaps of the Lync hosts in zone files",
		ArgsUsage: "ZONEFILE|DIR ...",
		Flags:     concat(readFlags(), auditFlags(), outputFlags(), []cli.Flag{configFlag()}),
		Before:    before(zoneArgs, checkReadFlags, applyConfig, checkHosts),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError("audit: give at least one zone file or directory")
			}
			out, err := outputOptions(c, env)
			if err != nil {
				return err
			}
			zones, err := readZones(c, env, readOptions(c))
			if err != nil {
				return err
			}
			res, err := audit.Run(zones, auditOptions(c))
			if err != nil {
				return err
			}
			if err := writeReport(c, out, res); err != nil {
				return err
			}
			warnUnknownHosts(c, zones, res)
			return exitStatus(res, zones, out.failOn)
		},
	}
}

// readZones reads the zone files of the command line, showing progress on
// a terminal for long runs. A directory without zone files is an error.
func readZones(c *cli.Context, env *environment, opt zone.Options) ([]*zone.Zone, error) {
	files, empty := zoneFiles(c.Args().Slice())
	if err := noZoneFiles(empty); err != nil {
		return nil, err
	}
	useHugePages(heapRoom(files))
	p := startProgress(c.App.ErrWriter, env, len(files))
	defer p.end()
	opt.Progress = p.hook()
	return zone.ReadFiles(files, opt), nil
}

// warnUnknownHosts says on standard error which --host names (typed, or
// from the config file's hosts, each named by where it came from) are no
// host in the zones given, and why (audit.Unknown): a typo, or a name
// given relative. It says nothing when a zone could not be read: the name
// may be in the part that was not read, and the real error is elsewhere
// (test 5 D4).
func warnUnknownHosts(c *cli.Context, zones []*zone.Zone, res *audit.Result) {
	given := givenHosts(c)
	if len(given) == 0 || !allRead(zones) {
		return
	}
	names := make([]string, len(given))
	for i, h := range given {
		names[i] = zone.Canonical(h.name)
	}
	why, _ := audit.Unknown(zones, res, names)
	sayUnknown(c, why)
}

// sayUnknown says on standard error what why says of each given host,
// named by where it came from, once.
func sayUnknown(c *cli.Context, why map[string]string) {
	from := hostSources(c)
	for _, h := range givenHosts(c) {
		if name := zone.Canonical(h.name); why[name] != "" {
			fmt.Fprintf(c.App.ErrWriter, "zonegen: %s: %s\n", from[name], why[name])
			delete(why, name) // once, as the first source names it
		}
	}
}

// allRead reports whether there are zones and every one was read without
// error.
func allRead(zones []*zone.Zone) bool {
	for _, z := range zones {
		if z.Err != nil {
			return false
		}
	}
	return len(zones) > 0
}

// writeReport prints a result in the chosen format, its files named
// relative to the working directory when they lie below it, as fix's diff
// names them (workpath.Name).
func writeReport(c *cli.Context, out output, res *audit.Result) error {
	return writeReportOf(c, out, res, audit.Checks())
}

// writeReportOf is writeReport for a command whose findings come from
// checks (generate's: audit's and the topology's).
func writeReportOf(c *cli.Context, out output, res *audit.Result, checks []*audit.Check) error {
	wd, _ := os.Getwd() // unknown: file names are cleaned only
	return report.Write(c.App.Writer, out.format, res, report.Options{
		Color:       out.color,
		ToolVersion: version(),
		Checks:      checks,
		WorkDir:     wd,
	})
}

// exitStatus is 2 when a zone could not be read, 1 when a finding reaches
// failOn, else 0.
func exitStatus(res *audit.Result, zones []*zone.Zone, failOn audit.Severity) error {
	for _, z := range zones {
		if z.Err != nil {
			return &exitError{code: exitTrouble}
		}
	}
	if worst, ok := res.Worst(); ok && worst >= failOn {
		return &exitError{code: exitFindings}
	}
	return nil
}

func concat(lists ...[]cli.Flag) []cli.Flag {
	var out []cli.Flag
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
