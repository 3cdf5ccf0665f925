package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// lyncZone is the smallest Lync zone with a finding: an SRV target with an
// A record and no AAAA (missing-aaaa at line 7).
const lyncZone = "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 2024010101 3600 900 1209600 300\n" +
	"@ IN NS ns1\nns1 IN A 10.0.0.1\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.0.1.11\n"

// workDir makes a temporary directory with the file mz/db.contoso.com
// holding text, changes into it and returns its path.
func workDir(t *testing.T, text string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "mz"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mz", "db.contoso.com"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

// TestReportPaths: every format names a zone below the working directory
// by its path relative to it, however it was given, the way fix's diff
// does (a tester found file:///... in SARIF and file=/... in annotations
// for a zone given by absolute path).
func TestReportPaths(t *testing.T) {
	dir := workDir(t, lyncZone)
	want := map[string]string{
		"text":   "mz/db.contoso.com:7: error:",
		"json":   `"file": "mz/db.contoso.com"`,
		"sarif":  `"uri": "mz/db.contoso.com"`,
		"github": "::error file=mz/db.contoso.com,line=7,",
	}
	for _, given := range []string{filepath.Join(dir, "mz", "db.contoso.com"), "./mz//db.contoso.com"} {
		for format, w := range want {
			code, out, stderr := zonegen(t, nil, "audit", "--format", format, given)
			if code != 1 || !strings.Contains(out, w) || strings.Contains(out, dir) {
				t.Errorf("audit --format %s %s: exit %d, want %q and no %s\n%s%s", format, given, code, w, dir, out, stderr)
			}
		}
	}
}

// TestJSONOneSpelling: the JSON report spells a file the same way in
// zones[] and findings[] (zones[] had the path as typed, ./db.x).
func TestJSONOneSpelling(t *testing.T) {
	workDir(t, lyncZone)
	for _, given := range []string{"./mz/db.contoso.com", "mz//db.contoso.com", "./mz/../mz/db.contoso.com"} {
		_, out, _ := zonegen(t, nil, "audit", "--format", "json", given)
		var doc struct {
			Zones    []struct{ File string }
			Findings []struct{ File string }
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if len(doc.Zones) != 1 || len(doc.Findings) == 0 || doc.Zones[0].File != "mz/db.contoso.com" || doc.Findings[0].File != doc.Zones[0].File {
			t.Errorf("audit %s: zones %+v, findings %+v", given, doc.Zones, doc.Findings)
		}
	}
}

// TestFixFindingPaths: fix names a file on standard error (no-plan) as
// its diff does, relative to the working directory.
func TestFixFindingPaths(t *testing.T) {
	dir := workDir(t, lyncZone)
	if err := os.WriteFile("plan.yaml", []byte("version: 1\nsubnets:\n  - ipv4: 10.9.0.0/24\n    ipv6: \"fd00:9::/64\"\n    host: mimic\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := zonegen(t, nil, "fix", "--plan", "plan.yaml", filepath.Join(dir, "mz", "db.contoso.com"))
	if code != 1 || !strings.HasPrefix(stderr, "mz/db.contoso.com:7: error:") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// TestReviewHeaderPath: review's text output names each changed file as
// the findings do.
func TestReviewHeaderPath(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := workDir(t, lyncZone)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zones"}} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	zoneFile := filepath.Join(dir, "mz", "db.contoso.com")
	f, err := os.OpenFile(zoneFile, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("printer IN A 10.0.0.9\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	_, out, stderr := zonegen(t, nil, "review", zoneFile)
	if !strings.HasPrefix(out, "; mz/db.contoso.com\n") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out, stderr)
	}
}

// TestFixWrotePaths: fix --write names each file it wrote as the reports
// and the diff name files: the file really written (a link's target, a
// file in a linked directory), relative to the working directory when it
// lies below it, else by its absolute path, never with "..". It printed
// the path given (linkdir/db.x) or one through ".." (../out/db.x).
func TestFixWrotePaths(t *testing.T) {
	dir := workDir(t, lyncZone)
	outside, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		filepath.Join(dir, "real", "db.fabrikam.com"): strings.ReplaceAll(lyncZone, "contoso", "fabrikam"),
		filepath.Join(outside, "db.adatum.com"):       strings.ReplaceAll(lyncZone, "contoso", "adatum"),
		filepath.Join(dir, "plan.yaml"):               "version: 1\nsubnets:\n  - ipv4: 10.0.0.0/16\n    ipv6: \"fd00:1::/64\"\n    host: mimic\n",
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir("links", 0o755); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"linkdir": "real", "links/db.adatum.com": filepath.Join(outside, "db.adatum.com")} {
		if err := os.Symlink(target, link); err != nil {
			t.Skip(err)
		}
	}
	code, _, stderr := zonegen(t, nil, "fix", "--write", "--plan", "plan.yaml",
		filepath.Join(dir, "mz", "db.contoso.com"), "linkdir/db.fabrikam.com", "links/db.adatum.com")
	var wrote []string
	for line := range strings.Lines(stderr) {
		wrote = append(wrote, strings.TrimSuffix(line, "\n"))
	}
	slices.Sort(wrote)
	want := []string{
		"zonegen: wrote " + filepath.ToSlash(filepath.Join(outside, "db.adatum.com")),
		"zonegen: wrote mz/db.contoso.com",
		"zonegen: wrote real/db.fabrikam.com",
	}
	slices.Sort(want)
	if code != 0 || !slices.Equal(wrote, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, stderr, strings.Join(want, "\n"))
	}
}
