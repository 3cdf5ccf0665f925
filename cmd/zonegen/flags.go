package main

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/report"
	"github.com/zonegen/zonegen/topology"
	"github.com/zonegen/zonegen/zone"
)

// Flag names shared by several commands.
const (
	flagOrigin      = "origin"
	flagIncludeRoot = "include-root"
	flagMaxLine     = "max-line"
	flagMaxGenerate = "max-generate"
	flagMaxRecords  = "max-records"
	flagMaxDepth    = "max-include-depth"
	flagMaxIncludes = "max-includes"
	flagFormat      = "format"
	flagFailOn      = "fail-on"
	flagView        = "view"
	flagHost        = "host"
	flagAllHosts    = "all-hosts"
	flagEnable      = "enable"
	flagDisable     = "disable"
)

// readFlags are the flags that say how zone files are read.
func readFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagOrigin, Usage: "origin of every file (default: $ORIGIN, SOA owner, file name)"},
		&cli.StringFlag{Name: flagIncludeRoot, Usage: "directory that $INCLUDE may not leave (default: the zone file's directory)"},
		// The flags' value stays 0, which tells zone to use its own limit;
		// DefaultText shows that limit instead of the 0.
		&cli.IntFlag{Name: flagMaxLine, Usage: "longest line accepted, in bytes", DefaultText: "1 MiB"},
		&cli.IntFlag{Name: flagMaxGenerate, Usage: "most records one $GENERATE may make", DefaultText: "65536"},
		&cli.IntFlag{Name: flagMaxRecords, Usage: "most records one zone file may hold", DefaultText: "10 million"},
		&cli.IntFlag{Name: flagMaxDepth, Usage: "deepest $INCLUDE nesting", DefaultText: "7"},
		&cli.IntFlag{Name: flagMaxIncludes, Usage: "most $INCLUDEs one zone file may open, nested ones counted", DefaultText: "10000"},
	}
}

// checkReadFlags refuses, before any file is read, a limit flag of 0 or
// less (the flags raise or lower a limit, and zone would take 0 or less
// for "the default"), an --origin that is no domain name as a zone file
// would write it, and an --include-root that is no directory. The last
// two were a syntax finding of every zone, on standard output, which
// blamed the zone (test 13 D8).
func checkReadFlags(c *cli.Context) error {
	for _, name := range []string{flagMaxLine, flagMaxGenerate, flagMaxRecords, flagMaxDepth, flagMaxIncludes} {
		if v := c.Int(name); c.IsSet(name) && v <= 0 {
			return usageError("%s: --%s: %d is not a positive number (see zonegen %s --help)", c.Command.Name, name, v, c.Command.Name)
		}
	}
	if o := c.String(flagOrigin); o != "" {
		if !zone.IsOrigin(o) {
			return usageError("%s: --origin %s: not a domain name", c.Command.Name, shownName(o))
		}
	}
	if root := c.String(flagIncludeRoot); root != "" {
		fi, err := os.Stat(root)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return usageError("%s: --include-root %s: no such directory", c.Command.Name, shownPath(root, nil))
		case err != nil:
			return usageError("%s: --include-root %s: %v", c.Command.Name, shownPath(root, err), errors.Unwrap(err))
		case !fi.IsDir():
			return usageError("%s: --include-root %s: not a directory", c.Command.Name, shownPath(root, nil))
		}
	}
	return nil
}

func readOptions(c *cli.Context) zone.Options {
	return zone.Options{
		Origin:      c.String(flagOrigin),
		IncludeRoot: c.String(flagIncludeRoot),
		Limits: zone.Limits{
			MaxLine:     c.Int(flagMaxLine),
			MaxGenerate: c.Int(flagMaxGenerate),
			MaxRecords:  c.Int(flagMaxRecords),
			MaxDepth:    c.Int(flagMaxDepth),
			MaxIncludes: c.Int(flagMaxIncludes),
		},
	}
}

// auditFlags select the hosts and checks.
func auditFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagView, Usage: "internal or external: the DNS view the zones are for"},
		&cli.StringSliceFlag{Name: flagHost, Usage: "also audit this `NAME` as a Lync host (repeatable)"},
		&cli.BoolFlag{Name: flagAllHosts, Usage: "audit every name with an A or AAAA record"},
		&cli.StringSliceFlag{Name: flagEnable, Usage: "turn these check `IDs` on (after --disable; all for every check)"},
		&cli.StringSliceFlag{Name: flagDisable, Usage: "turn these check `IDs` off (all for every check)"},
	}
}

func auditOptions(c *cli.Context) audit.Options {
	return audit.Options{
		View:     c.String(flagView),
		Hosts:    c.StringSlice(flagHost),
		AllHosts: c.Bool(flagAllHosts),
		Enable:   withoutGenerateOnly(splitIDs(c.StringSlice(flagEnable))),
		Disable:  withoutGenerateOnly(splitIDs(c.StringSlice(flagDisable))),
	}
}

// withoutGenerateOnly leaves out of ids those of the checks that only
// generate runs (topology.Checks). zonegen checks lists them, so a user
// or a shared config file may name them; audit, fix and review, which
// never run them, take them as they take another stage's checks, where
// they were refused as unknown (test 12 D1).
func withoutGenerateOnly(ids []string) []string {
	out := ids[:0]
	for _, id := range ids {
		if !slices.ContainsFunc(topology.Checks(), func(c *audit.Check) bool { return c.ID == id }) {
			out = append(out, id)
		}
	}
	return out
}

// splitIDs accepts both --disable a,b and --disable a --disable b.
func splitIDs(in []string) []string {
	var out []string
	for _, s := range in {
		for _, id := range strings.Split(s, ",") {
			if id = strings.TrimSpace(id); id != "" {
				out = append(out, id)
			}
		}
	}
	return out
}

// outputFlags say how findings are printed and when they fail the run.
func outputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagFormat, Value: "text", Usage: "output format: " + strings.Join(report.Formats(), ", ")},
		failOnFlag(),
	}
}

// failOnFlag is --fail-on, of every command that reports findings.
func failOnFlag() cli.Flag {
	return &cli.StringFlag{Name: flagFailOn, Value: "error", Usage: "exit 1 when a finding reaches this severity: error, warning or info"}
}

// failOn reads --fail-on.
func failOn(c *cli.Context) (audit.Severity, error) {
	sev, err := audit.ParseSeverity(c.String(flagFailOn))
	if err != nil {
		return sev, usageError("--fail-on: %v", err)
	}
	return sev, nil
}

// output holds the parsed output flags.
type output struct {
	format string
	failOn audit.Severity
	color  bool
}

func outputOptions(c *cli.Context, env *environment) (output, error) {
	o := output{format: c.String(flagFormat)}
	if !contains(report.Formats(), o.format) {
		return o, usageError("unknown --format %s (want %s)", clip.Quote(o.format), strings.Join(report.Formats(), ", "))
	}
	sev, err := failOn(c)
	if err != nil {
		return o, err
	}
	o.failOn = sev
	o.color = o.format == "text" && env.getenv("NO_COLOR") == "" && isTerminal(c.App.Writer)
	return o, nil
}

// isTerminal reports whether w is a terminal, for colour and progress.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
