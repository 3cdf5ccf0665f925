package main

import (
	"fmt"
	"os"
	"strings"

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
// from the config file's hosts, each named by where it came from) have no
// address record in the zones given: a typo, or a name given relative.
// It looks for the names' A and AAAA records in the zones themselves, so
// that a name with other records only is named too, with --all-hosts as
// without (test 10 D2). A name with a CNAME is not named: discovery
// follows its chain and audits the name at its end, or, where the chain
// leaves the zone set, has nothing of it to audit (test 18 D8); nor is one
// that a wildcard's CNAME or a DNAME makes an alias, which the audit's
// hosts' roles say (cname:NAME; test 20e D5). A name whose records lie
// at or below a cut of their zone (audit.Result.Cuts), which the audit
// leaves out as BIND does not serve them, is named so (test 20a #5). A
// name a wildcard gives its addresses (the role wildcard:NAME) is not
// named: the audit judged the wildcard for it (test 20d D8). It says
// nothing when a zone could not be read: the name may be in the part that
// was not read, and the real error is elsewhere (test 5 D4).
func warnUnknownHosts(c *cli.Context, zones []*zone.Zone, res *audit.Result) {
	given := givenHosts(c)
	if len(given) == 0 || !allRead(zones) {
		return
	}
	cuts := res.Cuts()
	missing := map[string]string{} // name -> what is said of it
	for _, h := range given {
		missing[zone.Canonical(h.name)] = "no A, AAAA or CNAME record of that name in the zones given"
	}
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if _, ok := missing[r.Name]; !ok || r.Class != zone.ClassIN ||
				r.Type != zone.TypeA && r.Type != zone.TypeAAAA && r.Type != zone.TypeCNAME {
				continue
			}
			if views, ok := cuts[z]; ok && !zone.Serves(views, r.Name, z.Origin, r.Type) {
				missing[r.Name] = "its records in " + z.Origin + " lie at or below a cut of the zone (a delegation, a DNAME, a child zone given), where BIND does not serve them"
				continue
			}
			delete(missing, r.Name)
		}
	}
	if len(missing) > 0 {
		for h := range res.Hosts() {
			for _, role := range h.Roles {
				// audited through a wildcard, or at the end of its chain
				// (a wildcard's CNAME, a DNAME: test 20e D5)
				if name, ok := strings.CutPrefix(role, "wildcard:"); ok {
					delete(missing, name)
				} else if name, ok := strings.CutPrefix(role, "cname:"); ok {
					delete(missing, name)
				}
			}
		}
	}
	from := hostSources(c)
	for _, h := range given {
		if name := zone.Canonical(h.name); missing[name] != "" {
			fmt.Fprintf(c.App.ErrWriter, "zonegen: %s: %s\n", from[name], missing[name])
			delete(missing, name) // once, as the first source names it
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
