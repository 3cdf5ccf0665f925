package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// TestConfigErrors: a problem in the config file is FILE:LINE: message,
// exit 2, and never names a Go type (it was "yaml: unmarshal errors:\n
// line 2: field fail_on not found in type main.config").
func TestConfigErrors(t *testing.T) {
	workDir(t, lyncZone)
	tests := []struct {
		name, text, want string
	}{
		{"unknown key", "hosts: [ns1.contoso.com]\nfail_on: error\n",
			`zonegen: .zonegen.yaml:2: unknown key "fail_on" (want hosts, view, enable, disable, fail-on)` + "\n"},
		{"syntax", "hosts: [a\nview: internal\n", "zonegen: .zonegen.yaml:2: invalid YAML: did not find expected ',' or ']'\n"},
		{"list wanted", "view: internal\ndisable: documentation-aaaa\n", "zonegen: .zonegen.yaml:2: disable: want a list ([a, b])\n"},
		{"string wanted", "\nfail-on: [error]\n", "zonegen: .zonegen.yaml:2: fail-on: want a single value\n"},
		{"not a mapping", "- hosts\n", "zonegen: .zonegen.yaml:1: want keys (hosts, view, enable, disable, fail-on)\n"},
		{"key twice", "view: internal\nview: external\n", "zonegen: .zonegen.yaml:2: view given twice\n"},
		{"control character", "view: internal\nfail-on: \x01\n", "zonegen: .zonegen.yaml:2: control character U+0001\n"},
		{"two documents", "hosts: [ns1.contoso.com]\n---\ndisable: [all]\nbogus: 1\n", "zonegen: .zonegen.yaml:2: more than one YAML document\n"},
		// values are refused at their line, not as a flag never typed (test 13 D7)
		{"fail-on value", "# team\nhosts: [ns1.contoso.com]\nfail-on: fatal\n", `zonegen: .zonegen.yaml:3: fail-on: unknown severity "fatal" (want info, warning or error)` + "\n"},
		{"view value", "# team\nhosts: [ns1.contoso.com]\nview: dmz\n", `zonegen: .zonegen.yaml:3: view: unknown view "dmz" (want internal or external)` + "\n"},
		{"view null", "view: ~\n", "zonegen: .zonegen.yaml:1: view: want a value, got nothing\n"},
		{"disable unknown", "# team\nhosts: [ns1.contoso.com]\ndisable: [nosuch]\n", `zonegen: .zonegen.yaml:3: disable: unknown check "nosuch" (zonegen checks lists them)` + "\n"},
		{"disable null", "disable: [all,\n  ~]\n", "zonegen: .zonegen.yaml:2: disable: want a check ID, got nothing\n"},
		{"alias of a list", "hosts: &h [ns1.contoso.com]\ndisable: *h\n", "zonegen: .zonegen.yaml:2: disable: want a list, got an alias (aliases are not supported)\n"},
		{"alias of a value", "view: &v internal\nfail-on: *v\n", "zonegen: .zonegen.yaml:2: fail-on: want a single value, got an alias (aliases are not supported)\n"},
		{"enable unknown", "enable:\n  - missing-aaaa\n  - typo-check\n", `zonegen: .zonegen.yaml:3: enable: unknown check "typo-check" (zonegen checks lists them)` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(".zonegen.yaml", []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, stderr := zonegen(t, nil, "audit", "mz")
			if code != 2 || out != "" || len(stderr) < len(tt.want) || stderr[len(stderr)-len(tt.want):] != tt.want {
				t.Errorf("exit %d, stderr %q, want 2 and %q", code, stderr, tt.want)
			}
		})
	}
	// a check only generate runs is a check: audit takes it (test 12 D1)
	os.WriteFile(".zonegen.yaml", []byte("disable: [external-private-a]\nenable: [reserved-a]\n"), 0o644)
	if code, _, stderr := zonegen(t, nil, "audit", "mz"); code != 1 {
		t.Errorf("generate's checks in the config: exit %d, stderr %q", code, stderr)
	}
	// an empty file, or comments only, is no config and no error
	os.WriteFile(".zonegen.yaml", []byte("# nothing yet\n"), 0o644)
	if code, _, stderr := zonegen(t, nil, "audit", "mz"); code != 1 {
		t.Errorf("empty config: exit %d, stderr %q", code, stderr)
	}
}

// TestConfigHostsUnknown: a config host that no zone has is reported with
// the config file's line, not as a --host the user never typed; a --host
// that was typed is still named so; and when no zone could be read the
// name is not said to be missing from the zones at all (test 5 D4).
func TestConfigHostsUnknown(t *testing.T) {
	workDir(t, lyncZone)
	os.WriteFile(".zonegen.yaml", []byte("# Lync hosts that discovery misses\nhosts:\n  - pchat01.contoso.com\n"), 0o644)
	const missing = ": no A, AAAA or CNAME record of that name in the zones given\n"

	_, _, stderr := zonegen(t, nil, "audit", "mz")
	if want := "zonegen: .zonegen.yaml:3: host pchat01.contoso.com." + missing; stderr != want {
		t.Errorf("config host: stderr %q, want %q", stderr, want)
	}

	_, _, stderr = zonegen(t, nil, "audit", "--host", "typo.contoso.com", "mz")
	if want := "zonegen: --host typo.contoso.com." + missing; !strings.Contains(stderr, want) {
		t.Errorf("typed --host: stderr %q, want %q in it", stderr, want)
	}

	// --all-hosts lists every address name; the given names without
	// records were left out of its list, and nothing was said of them;
	// nor of a name with records but no address (test 10 D2), with or
	// without --all-hosts.
	_, _, stderr = zonegen(t, nil, "audit", "--all-hosts", "--host", "typo.contoso.com", "--host", "_sipinternaltls._tcp.contoso.com", "mz")
	for _, want := range []string{"zonegen: --host typo.contoso.com." + missing, "zonegen: .zonegen.yaml:3: host pchat01.contoso.com." + missing,
		"zonegen: --host _sipinternaltls._tcp.contoso.com." + missing} {
		if !strings.Contains(stderr, want) {
			t.Errorf("--all-hosts: stderr %q, want %q in it", stderr, want)
		}
	}

	code, _, stderr := zonegen(t, nil, "audit", "nosuchdir")
	if code != 2 || strings.Contains(stderr, "pchat01") {
		t.Errorf("unreadable path: exit %d, stderr %q; want 2 and no word of the config host", code, stderr)
	}
}

// TestHostOccluded: a --host name whose A record lies below a delegation
// of its zone, which BIND does not serve and the audit leaves out, is
// named so on standard error (it was left out without a word, test 20a
// #5); a name with a served record is not named, nor one that a wildcard
// gives its address, which the audit judged (test 20d D8), nor one that a
// wildcard's CNAME makes an alias (test 20e D5).
func TestHostOccluded(t *testing.T) {
	workDir(t, lyncZone+"corp IN NS ns1.corp\nns1.corp IN A 10.0.5.53\nmed01.corp IN A 10.0.5.11\n"+
		"fs01 IN A 10.0.4.1\n*.lab IN A 10.0.6.1\n*.w IN CNAME fs01\n")
	const want = "zonegen: --host med01.corp.contoso.com.: its records in contoso.com. lie at or below a cut of the zone (a delegation, a DNAME, a child zone given), where BIND does not serve them\n"
	_, _, stderr := zonegen(t, nil, "audit", "--host", "med01.corp.contoso.com", "--host", "fs01.contoso.com", "--host", "x.lab.contoso.com", "--host", "y.w.contoso.com", "mz")
	if stderr != want {
		t.Errorf("audit: stderr %q, want %q", stderr, want)
	}
}

// TestHostAliasKnown: a --host name that is an alias is not said to be
// missing: discovery follows its chain and audits the name at its end
// (test 18 D8).
func TestHostAliasKnown(t *testing.T) {
	workDir(t, lyncZone+"chat IN CNAME pchat01\npchat01 IN A 10.0.0.5\n")
	_, stdout, stderr := zonegen(t, nil, "audit", "--host", "chat.contoso.com", "--format", "json", "mz")
	if stderr != "" {
		t.Errorf("stderr %q, want nothing", stderr)
	}
	if !strings.Contains(stdout, `"cname:chat.contoso.com."`) {
		t.Errorf("the alias's target is not audited with its role:\n%s", stdout)
	}
}

// TestParseConfigKeepsYAMLProblem: a config file that is not YAML says
// which problem it has, as the plan's and the topology's readers do, with
// the file and line (review 16 G4: the problem was flattened to text).
func TestParseConfigKeepsYAMLProblem(t *testing.T) {
	for _, tt := range []struct {
		text string
		want error
	}{
		{"hosts: [a]\nview: \xff\n", yamlpos.ErrNotUTF8},
		{"hosts: [a\n", yamlpos.ErrSyntax},
		{"view: internal\n---\nview: external\n", yamlpos.ErrSecondDocument},
	} {
		var cfg config
		err := parseConfig("zonegen.yaml", []byte(tt.text), &cfg)
		if !errors.Is(err, tt.want) || !strings.HasPrefix(fmt.Sprint(err), "zonegen.yaml:") {
			t.Errorf("%q: err = %v, want %v at a line of zonegen.yaml", tt.text, err, tt.want)
		}
	}
}

// TestConfigNameWithoutFile: a .zonegen.yaml that is a symbolic link to
// nothing is an error, as an unreadable one is, and --config "" is a
// usage error: both were taken for no config, and the team's settings
// silently did not apply (test 13 D6).
func TestConfigNameWithoutFile(t *testing.T) {
	workDir(t, lyncZone)
	if err := os.Symlink("shared/zonegen.yaml", ".zonegen.yaml"); err != nil {
		t.Skip("no symbolic links:", err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"audit", "mz"}, "zonegen: config: .zonegen.yaml is a symbolic link to shared/zonegen.yaml, which does not exist\n"},
		{[]string{"audit", "--config", "", "mz"}, "zonegen: audit: --config: empty value (see zonegen audit --help)\n"},
		{[]string{"audit", "--config", ".zonegen.yaml", "mz"}, "zonegen: config: .zonegen.yaml is a symbolic link to shared/zonegen.yaml, which does not exist\n"},
	} {
		code, out, stderr := zonegen(t, nil, tt.args...)
		if code != 2 || out != "" || stderr != tt.want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, stderr, tt.want)
		}
	}
}
