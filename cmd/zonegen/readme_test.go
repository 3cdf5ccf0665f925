package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadmeConsole runs every command of the README's console blocks
// (`$ zonegen ...   # exit N`) from the repository root and compares its
// output and exit status with what the README shows.
func TestReadmeConsole(t *testing.T) {
	t.Chdir("../..")
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds := consoleCommands(string(b))
	if len(cmds) == 0 {
		t.Fatal("no console blocks in README.md")
	}
	for _, c := range cmds {
		t.Run(c.line, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(append([]string{"zonegen"}, c.args...), &out, &errOut, c.getenv)
			if code != c.exit {
				t.Errorf("exit status %d, README says %d; stderr:\n%s", code, c.exit, errOut.String())
			}
			if diff := cmp.Diff(c.output, strings.TrimRight(out.String(), "\n")); diff != "" {
				t.Errorf("output differs from the README (-readme +got):\n%s", diff)
			}
		})
	}
}

type consoleCommand struct {
	line   string
	args   []string
	env    map[string]string
	exit   int
	output string
}

func (c consoleCommand) getenv(k string) string { return c.env[k] }

var commandLine = regexp.MustCompile(`^\$ ((?:[A-Z_]+=\S+ )*)zonegen (.*?)\s+# exit (\d+)$`)

// consoleCommands reads the console blocks of a markdown text.
func consoleCommands(md string) []consoleCommand {
	var out []consoleCommand
	in := false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case line == "```console":
			in = true
		case line == "```":
			in = false
		case in && strings.HasPrefix(line, "$ "):
			m := commandLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			c := consoleCommand{line: line, args: strings.Fields(m[2]), env: map[string]string{}}
			c.exit, _ = strconv.Atoi(m[3])
			for _, kv := range strings.Fields(m[1]) {
				k, v, _ := strings.Cut(kv, "=")
				c.env[k] = v
			}
			out = append(out, c)
		case in && len(out) > 0:
			c := &out[len(out)-1]
			if c.output != "" {
				c.output += "\n"
			}
			c.output += line
		}
	}
	return out
}

// TestReadmeChecksTable asserts that the README lists every check with its
// default severity and title, as the registry has them.
func TestReadmeChecksTable(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if table := checksTable(); !strings.Contains(string(b), table) {
		t.Errorf("README.md lacks the checks table; put this in it:\n%s", table)
	}
}

// checksTable renders the checks as a markdown table.
func checksTable() string {
	var b strings.Builder
	b.WriteString("| ID | Default | What it flags |\n|---|---|---|\n")
	for _, c := range allChecks() {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", c.ID, c.Severity, strings.ReplaceAll(c.Title, "|", "\\|"))
	}
	return strings.TrimSuffix(b.String(), "\n")
}
