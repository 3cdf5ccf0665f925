package fix_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestDiffOddNames: the diff names a file whose name holds a space, a
// tab, a newline, a quote, a backslash or a byte beyond ASCII as git diff
// does (a tab after a name with a space, C quotes around one with the
// others; C quotes too around a name that ends in a space, which git does
// not quote and patch cuts), and git apply and patch -p1 both apply it.
func TestDiffOddNames(t *testing.T) {
	files := map[string]string{ // the file -> its diff header, as git diff writes it
		"My Zones/db.contoso.com": "--- a/My Zones/db.contoso.com\t\n+++ b/My Zones/db.contoso.com\t\n",
		"db.trailing ":            "--- \"a/db.trailing \"\t\n+++ \"b/db.trailing \"\t\n", // quoted, unlike git: patch drops a trailing space
		"tab\tzone":               "--- \"a/tab\\tzone\"\n+++ \"b/tab\\tzone\"\n",
		"tab\tand space":          "--- \"a/tab\\tand space\"\t\n+++ \"b/tab\\tand space\"\t\n",
		"nl\nzone":                "--- \"a/nl\\nzone\"\n+++ \"b/nl\\nzone\"\n",
		`q"zone`:                  "--- \"a/q\\\"zone\"\n+++ \"b/q\\\"zone\"\n",
		`bs\zone`:                 "--- \"a/bs\\\\zone\"\n+++ \"b/bs\\\\zone\"\n",
		"é.zone":                  "--- \"a/\\303\\251.zone\"\n+++ \"b/\\303\\251.zone\"\n",
		"del\x7fzone":             "--- \"a/del\\177zone\"\n+++ \"b/del\\177zone\"\n",
		"plain.zone":              "--- a/plain.zone\n+++ b/plain.zone\n",
	}
	dir := workDir(t)
	var names []string
	for name := range files {
		writeZone(t, filepath.Join(dir, name), "contoso.com.")
		names = append(names, name)
	}
	res, diff := runFix(t, names)
	for name, header := range files {
		if !strings.Contains(diff, header) {
			t.Errorf("%q: the diff does not have the header %q:\n%s", name, header, diff)
		}
	}
	appliesWhole(t, dir, diff, res, false)
}

// workDir makes a new directory, its path without symbolic links, the
// working directory.
func workDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

// writeZone writes a zone of origin with one host, pool01, that needs an
// AAAA from fixPlan, making the directories it lies in.
func writeZone(t *testing.T, file, origin string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	text := "$ORIGIN " + origin + "\n$TTL 3600\n@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )\n  IN NS ns1\n" +
		"_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.20.1.11\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fixPlan covers 10.20.1.0/24.
const fixPlan = "version: 1\nsubnets:\n  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n"

// runFix runs fix with fixPlan on paths, from the working directory,
// and returns the result and its diff.
func runFix(t *testing.T, paths []string, read ...zone.Options) (*fix.Result, string) {
	t.Helper()
	p, err := plan.Parse("plan.yaml", []byte(fixPlan))
	if err != nil {
		t.Fatal(err)
	}
	opt := fix.Options{Plan: p, Serial: zone.SerialIncrement, Now: now, Audit: audit.Options{AllHosts: true}}
	if len(read) > 0 {
		opt.Read = read[0]
	}
	res, err := fix.RunPaths(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	var diff bytes.Buffer
	if err := res.WriteDiff(&diff); err != nil {
		t.Fatal(err)
	}
	return res, diff.String()
}

// appliesWhole checks that diff applies whole with git apply --check and
// patch -p1 --dry-run run in dir (with absolute set, in the root
// directory: git apply --unsafe-paths --directory=/, patch -p1 -d /), then
// applies it with patch and checks that every changed file holds its new
// content. A missing program skips its part, with a message.
func appliesWhole(t *testing.T, dir, diff string, res *fix.Result, absolute bool) {
	t.Helper()
	if diff == "" {
		t.Fatal("no diff")
	}
	gitArgs, patchArgs := []string{"git", "apply"}, []string{"patch", "-p1", "--force"}
	if absolute {
		gitArgs = append(gitArgs, "--unsafe-paths", "--directory=/")
		patchArgs = append(patchArgs, "-d", "/")
	}
	for _, tool := range [][]string{
		append(gitArgs, "--check"),
		append(slices.Clone(patchArgs), "--dry-run"),
		append(patchArgs, "--no-backup-if-mismatch"),
	} {
		if _, err := exec.LookPath(tool[0]); err != nil {
			t.Logf("no %s: the diff is not applied with it", tool[0])
			continue
		}
		cmd := exec.Command(tool[0], tool[1:]...)
		cmd.Dir, cmd.Stdin = dir, strings.NewReader(diff)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s\ndiff:\n%s", strings.Join(tool, " "), err, out, diff)
		}
		if tool[0] == "git" || slices.Contains(tool, "--dry-run") {
			continue
		}
		for _, c := range res.Changes {
			if got, _ := os.ReadFile(c.File); !bytes.Equal(got, fix.NewBytes(t, c)) {
				t.Errorf("%q after %s differs from the edit:\n%s", c.File, strings.Join(tool, " "), got)
			}
		}
	}
}
