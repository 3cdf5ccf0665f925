package main

import (
	"encoding/json"
	"maps"
	"os"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestHostRefusalSpeaksAsGiven: a --host name or a config host that can be
// no host's name is refused naming the name as the user wrote it and the
// character that is wrong: it named the escaped form's backslash (`label
// "\\@" holds '\\'`), split a label at an escaped dot, and showed "" as
// the root "." (black-box tester).
func TestHostRefusalSpeaksAsGiven(t *testing.T) {
	workDir(t, lyncZone)
	tests := []struct{ host, want string }{
		{"@", `zonegen: --host @: not a host name: label "@" holds '@' (want letters, digits, - and _)`},
		{"wéb.contoso.com", `zonegen: --host wéb.contoso.com: not a host name: label "wéb" holds 'é', not ASCII (write an internationalized name in its xn-- form)`},
		{`a\.b.contoso.com.`, `zonegen: --host a\.b.contoso.com.: not a host name: label "a\.b" holds '.' (want letters, digits, - and _)`},
		{"", `zonegen: --host "": not a host name: empty name`},
		{"x y.contoso.com", `zonegen: --host "x y.contoso.com": not a host name: label "x y" holds ' ' (want letters, digits, - and _)`},
	}
	for _, tt := range tests {
		code, out, stderr := zonegen(t, nil, "audit", "--host", tt.host, "mz")
		if code != 2 || out != "" || stderr != tt.want+"\n" {
			t.Errorf("--host %q: exit %d, stdout %q, stderr %q; want 2 and %q", tt.host, code, out, stderr, tt.want)
		}
	}
	os.WriteFile(".zonegen.yaml", []byte("hosts:\n  - pool01.contoso.com\n  - wéb.contoso.com\n"), 0o644)
	want := `zonegen: .zonegen.yaml:3: host wéb.contoso.com: not a host name: label "wéb" holds 'é', not ASCII (write an internationalized name in its xn-- form)` + "\n"
	if code, _, stderr := zonegen(t, nil, "audit", "mz"); code != 2 || stderr != want {
		t.Errorf("config host: exit %d, stderr %q; want 2 and %q", code, stderr, want)
	}
}

// TestConfigHostsAreText: a config host that YAML reads as no text (null,
// an empty item, true, a number) is refused at its line, as "" is; it was
// audited as the host null. or true. A quoted "123" is the name 123.
func TestConfigHostsAreText(t *testing.T) {
	workDir(t, lyncZone)
	tests := []struct{ text, want string }{
		{"hosts: [null]\n", "zonegen: .zonegen.yaml:1: hosts: want a host name, got nothing\n"},
		{"hosts:\n  - pool01.contoso.com\n  -\n", "zonegen: .zonegen.yaml:3: hosts: want a host name, got nothing\n"},
		{"hosts: [true]\n", `zonegen: .zonegen.yaml:1: hosts: want a host name, got true, which YAML reads as a boolean (quote it: "true")` + "\n"},
		{"view: internal\nhosts:\n  - 123\n", `zonegen: .zonegen.yaml:3: hosts: want a host name, got 123, which YAML reads as a number (quote it: "123")` + "\n"},
		{"hosts:\n  - &x a.contoso.com\n  - *x\n", "zonegen: .zonegen.yaml:3: hosts: want a value, got an alias (aliases are not supported)\n"},
		{"hosts:\n  - a.contoso.com\n  - [b]\n", "zonegen: .zonegen.yaml:3: hosts: want a list of single values\n"},
	}
	for _, tt := range tests {
		os.WriteFile(".zonegen.yaml", []byte(tt.text), 0o644)
		if code, out, stderr := zonegen(t, nil, "audit", "mz"); code != 2 || out != "" || stderr != tt.want {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.text, code, stderr, tt.want)
		}
	}
	os.WriteFile(".zonegen.yaml", []byte(`hosts: ["123"]`+"\n"), 0o644)
	want := "zonegen: .zonegen.yaml:1: host 123.: no A, AAAA or CNAME record of that name in the zones given\n"
	if code, _, stderr := zonegen(t, nil, "audit", "mz"); code != 1 || stderr != want {
		t.Errorf(`"123": exit %d, stderr %q; want 1 and %q`, code, stderr, want)
	}
}

// TestJSONHostsLeaveOutGivenOnly: a --host name or config host with no A
// or AAAA record in the zones is no host of the zones: the JSON hosts
// leave it out (standard error names it), while a given name the zones
// have stays, with its role (docs/decisions.md).
func TestJSONHostsLeaveOutGivenOnly(t *testing.T) {
	workDir(t, lyncZone)
	os.WriteFile(".zonegen.yaml", []byte("hosts: [pchat01.contoso.com]\n"), 0o644)
	_, out, stderr := zonegen(t, nil, "audit", "--format", "json", "--host", "typo.contoso.com", "--host", "ns1.contoso.com", "mz")
	var doc struct {
		Hosts []struct {
			Name  string
			Roles []string
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	var names []string
	for _, h := range doc.Hosts {
		names = append(names, h.Name+" "+strings.Join(h.Roles, ","))
	}
	if got, want := strings.Join(names, "; "), "ns1.contoso.com. host; pool01.contoso.com. srv:_sipinternaltls._tcp"; got != want {
		t.Errorf("hosts %q, want %q", got, want)
	}
	for _, w := range []string{"--host typo.contoso.com.", ".zonegen.yaml:1: host pchat01.contoso.com."} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q lacks %q", stderr, w)
		}
	}
}

// TestMissingPathAsGiven: a path that does not exist is named as the user
// typed it, in every format: `audit nosuch/` said "nosuch", as if a file
// had been asked for (black-box tester).
func TestMissingPathAsGiven(t *testing.T) {
	workDir(t, lyncZone)
	for format, want := range map[string]string{
		"text":   "nosuch/: error: no such file or directory [syntax]",
		"json":   `"file": "nosuch/"`,
		"github": "file=nosuch/,",
		"sarif":  `"uri": "nosuch/"`,
	} {
		code, out, _ := zonegen(t, nil, "audit", "--format", format, "mz", "nosuch/")
		if code != 2 || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, output lacks %q:\n%s", format, code, want, out)
		}
	}
	// a file that exists is still named relative to the directory run in
	if _, out, _ := zonegen(t, nil, "audit", "./mz//db.contoso.com", "nosuch"); !strings.Contains(out, "\nmz/db.contoso.com:") && !strings.HasPrefix(out, "mz/db.contoso.com:") {
		t.Errorf("existing file not named mz/db.contoso.com:\n%s", out)
	}
}

// TestHostSourcesReadConfigOnce: where each host came from is kept when
// the config file is read, not found by reading it again and counting
// back from the end of the --host list: a config file gone (or changed)
// by the time of the message made its hosts typed --host names
// (reviewer).
func TestHostSourcesReadConfigOnce(t *testing.T) {
	workDir(t, lyncZone)
	os.WriteFile(".zonegen.yaml", []byte("hosts: [pchat01.contoso.com]\n"), 0o644)
	var got map[string]string
	app := &cli.App{Commands: []*cli.Command{{
		Name:   "t",
		Flags:  concat(auditFlags(), []cli.Flag{configFlag()}),
		Before: applyConfig,
		Action: func(c *cli.Context) error {
			os.Remove(".zonegen.yaml")
			got = hostSources(c)
			return nil
		},
	}}}
	if err := app.Run([]string{"zonegen", "t", "--host", "TYPO.contoso.com"}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"typo.contoso.com.":    "--host typo.contoso.com.",
		"pchat01.contoso.com.": ".zonegen.yaml:1: host pchat01.contoso.com.",
	}
	if !maps.Equal(got, want) {
		t.Errorf("hostSources = %q, want %q", got, want)
	}
}
