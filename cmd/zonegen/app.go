package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/zonegen/zonegen/internal/clip"
)

// Exit statuses (DESIGN.md, Commands).
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitTrouble  = 2 // usage error, unreadable file, zone that does not parse
)

// exitError carries an exit status out of a command action. Its message,
// when there is one, has already been printed or is printed by run.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// run builds the app, runs it and turns its result into an exit status:
// the one place where errors become exit codes.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	app := newApp(args, stdout, stderr, getenv)
	err := app.Run(args)
	var ee *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(stderr, "zonegen:", ee.msg)
		}
		return ee.code
	default:
		fmt.Fprintln(stderr, "zonegen:", err)
		return exitTrouble
	}
}

// newApp builds the app for the command line args. Every usage error,
// of the app or of a command, goes through onUsageError; a command has no
// help subcommand (it has no subcommands to list).
func newApp(args []string, stdout, stderr io.Writer, getenv func(string) string) *cli.App {
	env := &environment{getenv: getenv}
	app := &cli.App{
		Name:           "zonegen",
		Usage:          "audit and fix Lync / Skype for Business DNS zones for dual stack",
		Version:        version(),
		Writer:         stdout,
		ErrWriter:      stderr,
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError(args),
		Action:         noCommand,
		Commands: []*cli.Command{
			auditCommand(env),
			fixCommand(env),
			generateCommand(env),
			reviewCommand(env),
			diffCommand(env),
			checksCommand(),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError(args)
		c.HideHelpCommand = true
		if c.Before != nil {
			c.Before = before(noEmptyValues(args), c.Before)
		} else {
			c.Before = noEmptyValues(args)
		}
	}
	return app
}

// environment is what the commands read from the process environment.
type environment struct {
	getenv func(string) string
}

// stagedIndex returns the index file of the commit whose hook runs
// zonegen, or "" outside a commit's hooks: git gives them GIT_INDEX_FILE
// (".git/index", relative to the top of the work tree, or a file of its
// own for git commit -a or git commit PATH), and review then reads the
// files as the commit takes them, not as the working tree has them (test
// 19a D1; review.Options.Index).
func (e *environment) stagedIndex() string { return e.getenv("GIT_INDEX_FILE") }

// now is the time date and unixtime serials are made from. It honours
// SOURCE_DATE_EPOCH (seconds since 1970), the reproducible-builds
// convention, so that a run can be repeated byte for byte; a value that
// is not as `date +%s` writes one (digits, no sign, no leading zero), or
// that no serial can hold (after 2106, where unixtime passes 2^32 and a
// date serial long before), is an error, as that convention asks (it was
// ignored without a word, review 18 #8; test 18b D7).
func (e *environment) now() (time.Time, error) {
	s := e.getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Now(), nil
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || s[0] == '+' || len(s) > 1 && s[0] == '0' {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %s is not a number of seconds since 1970 that a serial can hold", clip.Quote(s))
	}
	return time.Unix(int64(n), 0).UTC(), nil
}

// version returns the module version zonegen was built as.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// usageError reports a bad command line with exit status 2. An error of
// another kind is returned as it is (wrapped with %w), which run prints
// with the same status.
func usageError(format string, args ...any) error {
	return &exitError{code: exitTrouble, msg: fmt.Sprintf(format, args...)}
}
