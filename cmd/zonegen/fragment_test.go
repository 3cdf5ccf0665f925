package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFragmentNotAnInput: --fragment FILE is refused (exit 2, nothing
// written) when FILE is one of the files the run reads: a zone file, an
// $INCLUDEd file, the plan or the config file, however it is spelled
// (./, a symbolic link, a hard link). Writing it would replace that file
// with the fragment: every record lost.
func TestFragmentNotAnInput(t *testing.T) {
	for _, frag := range []string{"db.contoso.com", "./db.contoso.com", "ABS/db.contoso.com", "link.zone", "hosts.inc", "hard.inc", "plan.yaml", "./.zonegen.yaml"} {
		t.Run(frag, func(t *testing.T) {
			dir := fragmentInputs(t)
			frag = strings.Replace(frag, "ABS", dir, 1)
			code, out, stderr := zonegen(t, nil, "fix", "--plan", "plan.yaml", "--fragment", frag, "db.contoso.com")
			if code != 2 || !strings.Contains(stderr, "--fragment") || !strings.Contains(stderr, "is an input") {
				t.Errorf("exit %d, want 2 and a message about the input\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
			}
			for name, text := range fragmentFiles {
				if got, _ := os.ReadFile(name); string(got) != text {
					t.Errorf("%s changed to:\n%s", name, got)
				}
			}
		})
	}
	fragmentInputs(t)
	code, _, stderr := zonegen(t, nil, "fix", "--plan", "plan.yaml", "--fragment", "new.frag", "db.contoso.com")
	if got, _ := os.ReadFile("new.frag"); code != 0 || !strings.Contains(string(got), "pool01\t3600\tIN\tAAAA\tfd20:0:0:1::11") {
		t.Errorf("exit %d, fragment:\n%s\nstderr:\n%s", code, got, stderr)
	}
}

// fragmentFiles are the inputs of TestFragmentNotAnInput by name.
var fragmentFiles = map[string]string{
	"db.contoso.com": "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )\n  IN NS ns1\nns1 IN A 10.20.1.5\n" +
		"_sipinternaltls._tcp IN SRV 0 0 5061 pool01\n$INCLUDE hosts.inc\n",
	"hosts.inc":     "pool01 IN A 10.20.1.11\n",
	"plan.yaml":     "version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n",
	".zonegen.yaml": "hosts: [ns1.contoso.com]\n",
}

// fragmentInputs writes fragmentFiles, a symbolic link link.zone to the
// zone and a hard link hard.inc to the included file into a new
// directory, and makes it the working directory, which it returns.
func fragmentInputs(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for name, text := range fragmentFiles {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("db.contoso.com", "link.zone"); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Link("hosts.inc", "hard.inc"); err != nil {
		t.Skip("no hard links here:", err)
	}
	return dir
}
