package main

import (
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/internal/clip"
)

// The errors of Go's flag package that name a flag, which urfave/cli
// passes on: the flag's name is written with one dash whatever was typed.
var (
	undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -(.+)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -(.+)$`)
	flagBadValue  = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-([^:]+):`)
)

// onUsageError returns the OnUsageError of the app and its commands: a
// flag that cannot be parsed is a usage error of one line on standard
// error, the flag named as args typed it, with a pointer to the help.
// (urfave/cli's default prints the error and the whole help on standard
// output, where a report redirected to a file would hold it.)
func onUsageError(args []string) cli.OnUsageErrorFunc {
	return func(c *cli.Context, err error, isSubcommand bool) error {
		help := "zonegen --help"
		prefix := ""
		if isSubcommand {
			help = "zonegen " + c.Command.Name + " --help"
			prefix = c.Command.Name + ": "
		}
		return usageError("%s%s (see %s)", prefix, flagErrorMessage(err.Error(), args), help)
	}
}

// flagErrorMessage rewords an error of the flag package, naming the flag
// as args typed it (--bogus, not the package's -bogus).
func flagErrorMessage(msg string, args []string) string {
	if m := undefinedFlag.FindStringSubmatch(msg); m != nil {
		return "unknown flag " + typedFlag(m[1], args)
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		return "flag " + typedFlag(m[1], args) + " needs a value"
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		return typedFlag(m[2], args) + ": invalid value " + m[1]
	}
	return msg
}

// typedFlag returns the flag called name as args wrote it, with one dash
// or two; --name when args does not have it.
func typedFlag(name string, args []string) string {
	for _, a := range args {
		a, _, _ = strings.Cut(a, "=")
		if a == "-"+name || a == "--"+name {
			return a
		}
	}
	return "--" + name
}

// noCommand is the app's action, run when no command was named: an
// unknown command, or none, is a usage error. Without a command the help
// goes to standard error, since standard output is for what a command
// writes.
func noCommand(c *cli.Context) error {
	if c.Args().Present() {
		return usageError("unknown command %s (see zonegen --help)", clip.Quote(c.Args().First()))
	}
	cli.HelpPrinter(c.App.ErrWriter, cli.AppHelpTemplate, c.App)
	return &exitError{code: exitTrouble}
}

// before runs the Before functions of a command in turn, up to the first
// error.
func before(funcs ...cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		for _, f := range funcs {
			if err := f(c); err != nil {
				return err
			}
		}
		return nil
	}
}

// noEmptyValues returns the first Before of every command: an empty value
// of a flag that takes one (--view=, --disable=, --base "", an item of a
// list such as --disable a,) is a usage error, as --format= and
// --fail-on= were. Some flags took it for the flag not given (--view,
// --disable, --include-root, --origin, --serial, --out-dir, --config,
// --base), others refused it (test 13 D13). --host "" keeps its own
// message (checkHosts: not a host name: empty name).
func noEmptyValues(args []string) cli.BeforeFunc {
	return func(c *cli.Context) error {
		for _, f := range c.Command.Flags {
			name := f.Names()[0]
			if !c.IsSet(name) || name == flagHost {
				continue
			}
			var empty bool
			switch f.(type) {
			case *cli.StringFlag:
				empty = c.String(name) == ""
			case *cli.StringSliceFlag:
				empty = slices.Contains(c.StringSlice(name), "")
			}
			if empty {
				return usageError("%s: %s: empty value (see zonegen %s --help)", c.Command.Name, typedFlag(name, args), c.Command.Name)
			}
		}
		return nil
	}
}

// required returns a Before that refuses a command line without the flag
// name. urfave/cli's own check (Required) prints the help on standard
// output.
func required(name string) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if !c.IsSet(name) {
			return usageError("%s: --%s is required (see zonegen %s --help)", c.Command.Name, name, c.Command.Name)
		}
		return nil
	}
}

// zoneArgs refuses an argument that starts with a dash and is no file:
// urfave/cli reads flags up to the first argument only, so in "audit db.x
// --format json" the --format would be read as a file name. An empty
// argument is refused too: it was a finding of the file "" (a line that
// started with a colon, test 13 D11).
func zoneArgs(c *cli.Context) error {
	for _, a := range c.Args().Slice() {
		if a == "" {
			return usageError("%s: an empty file name (see zonegen %s --help)", c.Command.Name, c.Command.Name)
		}
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		if _, err := os.Lstat(a); err != nil {
			return usageError("%s: flags go before the zone files", a)
		}
	}
	return nil
}
