package main

import (
	"errors"
	"strings"
	"testing"
)

// TestUsageErrors: a bad command line exits 2 with nothing on standard
// output (CI redirects a SARIF report to a file) and, on standard error,
// one line that names the flag as it was typed, and at most a hint (a
// tester found the whole help on standard output, and -bogus for --bogus).
func TestUsageErrors(t *testing.T) {
	t.Chdir("../..")
	zone := "examples/internal/db.contoso.com"
	tests := []struct {
		name string
		args []string
		want string // in standard error
	}{
		{"unknown flag", []string{"audit", "--format", "json", "--bogus", zone}, "zonegen: audit: unknown flag --bogus"},
		{"unknown flag, one dash", []string{"audit", "-bogus", zone}, "unknown flag -bogus"},
		{"flag without value", []string{"audit", "--format"}, "zonegen: audit: flag --format needs a value"},
		{"bad number", []string{"audit", "--max-line", "2MiB", zone}, `zonegen: audit: --max-line: invalid value "2MiB"`},
		{"bad number, =", []string{"audit", "--max-line=2MiB", zone}, `zonegen: audit: --max-line: invalid value "2MiB"`},
		{"bad boolean", []string{"audit", "--all-hosts=maybe", zone}, `zonegen: audit: --all-hosts: invalid value "maybe"`},
		{"review without value", []string{"review", "--base"}, "zonegen: review: flag --base needs a value"},
		{"diff without value", []string{"diff", "--format"}, "zonegen: diff: flag --format needs a value"},
		{"fix unknown flag", []string{"fix", "--bogus", zone}, "zonegen: fix: unknown flag --bogus"},
		{"generate without topology", []string{"generate"}, "zonegen: generate: --topology is required"},
		{"fix without plan", []string{"fix", zone}, "zonegen: fix: --plan is required"},
		{"fix without plan or files", []string{"fix"}, "zonegen: fix: --plan is required"},
		{"app flag", []string{"--bogus"}, "zonegen: unknown flag --bogus"},
		{"unknown command", []string{"bogus"}, `zonegen: unknown command "bogus"`},
		{"flag after the files", []string{"audit", zone, "--format", "json"}, "zonegen: --format: flags go before the zone files"},
		{"flag after the files, diff", []string{"diff", zone, zone, "--format=json"}, "zonegen: --format=json: flags go before the zone files"},
		{"flag after the files, review", []string{"review", zone, "-base"}, "zonegen: -base: flags go before the zone files"},
		{"flag after the files, fix", []string{"fix", "--plan", "examples/plan.yaml", zone, "--write"}, "zonegen: --write: flags go before the zone files"},
		{"checks, two arguments", []string{"checks", "missing-aaaa", "extra"}, "zonegen: checks: give one check ID at most"},
		// test 13 D11: an empty argument was a finding of the file ""
		{"empty file name", []string{"audit", zone, ""}, "zonegen: audit: an empty file name"},
		{"empty file name, fix", []string{"fix", "--plan", "examples/plan.yaml", ""}, "zonegen: fix: an empty file name"},
		{"empty file name, diff", []string{"diff", "", zone}, "zonegen: diff: an empty file name"},
		{"empty file name, review", []string{"review", ""}, "zonegen: review: an empty file name"},
		// test 13 D8: refused before reading, not a syntax finding of the zone
		{"origin with a space", []string{"audit", "--origin", "contoso com", zone}, `zonegen: audit: --origin "contoso com": not a domain name`},
		{"origin not a name", []string{"audit", "--origin", "contoso..com", zone}, "zonegen: audit: --origin contoso..com: not a domain name"},
		{"include root missing", []string{"audit", "--include-root", "/nonexistent", zone}, "zonegen: audit: --include-root /nonexistent: no such directory"},
		{"include root a file", []string{"fix", "--plan", "examples/plan.yaml", "--include-root", zone, zone}, "zonegen: fix: --include-root " + zone + ": not a directory"},
		{"include root, review", []string{"review", "--include-root", "/nonexistent", zone}, "zonegen: review: --include-root /nonexistent: no such directory"},
		{"origin, diff", []string{"diff", "--origin", "a..b", zone, zone}, "zonegen: diff: --origin a..b: not a domain name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := zonegen(t, nil, tt.args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, want 2 and nothing on standard output; stdout:\n%s", code, out)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if !strings.Contains(stderr, tt.want) || len(lines) > 2 {
				t.Errorf("stderr:\n%s\nwant one line with %q, and at most a hint", stderr, tt.want)
			}
		})
	}
}

// TestUsageHint: a flag error ends with a pointer to the command's help.
func TestUsageHint(t *testing.T) {
	_, _, stderr := zonegen(t, nil, "audit", "--bogus", "x")
	if !strings.Contains(stderr, "see zonegen audit --help") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

// TestNoCommand: zonegen alone is a usage error: the help goes to standard
// error and the exit status is 2 (it was 0, with the help on standard
// output); --help still prints it on standard output with exit 0.
func TestNoCommand(t *testing.T) {
	code, out, stderr := zonegen(t, nil)
	if code != 2 || out != "" || !strings.Contains(stderr, "COMMANDS:") {
		t.Errorf("zonegen: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	code, out, _ = zonegen(t, nil, "--help")
	if code != 0 || !strings.Contains(out, "COMMANDS:") {
		t.Errorf("zonegen --help: exit %d\nstdout:\n%s", code, out)
	}
}

// TestCommandHelpHasNoCommands: a command without subcommands has no
// hidden help subcommand either, whose help listed "COMMANDS: help, h":
// "checks help" and "checks h" ask for a check of that name.
func TestCommandHelpHasNoCommands(t *testing.T) {
	for _, cmd := range []string{"audit", "fix", "generate", "review", "diff", "checks"} {
		code, out, _ := zonegen(t, nil, cmd, "--help")
		if code != 0 || strings.Contains(out, "COMMANDS:") || !strings.Contains(out, "zonegen "+cmd+" - ") {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, out)
		}
	}
	for _, name := range []string{"help", "h"} {
		if code, out, stderr := zonegen(t, nil, "checks", name); code != 2 || !strings.Contains(stderr, "no check \""+name+"\"") {
			t.Errorf("checks %s: exit %d\nstdout:\n%s\nstderr:\n%s", name, code, out, stderr)
		}
	}
}

// TestChecksWriteError: a failed write of the checks list is exit 2 with
// the error, as for every other command (it was exit 0).
func TestChecksWriteError(t *testing.T) {
	for _, args := range [][]string{{"checks"}, {"checks", "missing-aaaa"}} {
		var errOut strings.Builder
		code := run(append([]string{"zonegen"}, args...), failingWriter{}, &errOut, func(string) string { return "" })
		if code != 2 || !strings.Contains(errOut.String(), "no space left") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) {
	return 0, errors.New("write /dev/stdout: no space left on device")
}

// TestEmptyValues: one rule for an empty value of a flag that takes one:
// a usage error, one line, exit 2, nothing on standard output. --view=,
// --disable=, --include-root=, --serial=, --out-dir= and --base "" were
// taken for the flag not given, where --format= and --fail-on= were
// refused (test 13 D13).
func TestEmptyValues(t *testing.T) {
	t.Chdir("../..")
	zone := "examples/internal/db.contoso.com"
	fix := []string{"fix", "--plan", "examples/plan.yaml"}
	tests := [][]string{
		{"audit", "--view=", zone},
		{"audit", "--disable=", zone},
		{"audit", "--disable", "missing-aaaa,", zone},
		{"audit", "--enable", "", zone},
		{"audit", "--include-root=", zone},
		{"audit", "--origin", "", zone},
		{"audit", "--format=", zone},
		{"audit", "--fail-on=", zone},
		{"audit", "--config=", zone},
		{"diff", "--format=", zone, zone},
		append(fix, "--serial=", zone),
		append(fix, "--fragment", "", zone),
		{"fix", "--plan", "", zone},
		{"generate", "--topology", "examples/topology.yaml", "--out-dir="},
		{"generate", "--topology", "examples/topology.yaml", "--view="},
		{"generate", "--topology", ""},
		{"review", "--base", "", zone},
	}
	for _, args := range tests {
		code, out, stderr := zonegen(t, nil, args...)
		flag := ""
		for _, a := range args[1:] {
			if strings.HasPrefix(a, "-") {
				flag, _, _ = strings.Cut(a, "=")
			}
		}
		// the flag named is the last one given, the one with the empty value
		want := "zonegen: " + args[0] + ": " + flag + ": empty value (see zonegen " + args[0] + " --help)\n"
		if code != 2 || out != "" || stderr != want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and %q", args, code, out, stderr, want)
		}
	}
}
