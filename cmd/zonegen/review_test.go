package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewDir: review of a directory reviews the zone files under it,
// so that a change to an $INCLUDEd part alone is reviewed through the
// zone that includes it; the part itself is not read as a zone. An
// unchanged zone prints nothing, and when none changed, "no changes" says
// so once.
func TestReviewDir(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	zones := filepath.Join(dir, "zones")
	files := map[string]string{
		"db.contoso.com": "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300\n" +
			"  IN NS ns1\nns1 IN A 10.0.0.1\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01\n$INCLUDE pool01.inc\n",
		"pool01.inc":     "pool01 IN A 10.0.1.11\npool01 IN AAAA fd00::11\n",
		"db.contoso.net": "$ORIGIN contoso.net.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 1209600 300\n  IN NS ns1\nns1 IN A 10.0.0.2\n",
	}
	if err := os.Mkdir(zones, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(zones, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	commitAll(t, dir)
	code, out, stderr := zonegen(t, nil, "review", zones)
	if code != 0 || strings.Count(out, "no changes") != 1 || strings.Contains(out, "; ") {
		t.Errorf("review %s, nothing changed: exit %d, want 0 and one \"no changes\"\n%s%s", zones, code, out, stderr)
	}
	if err := os.WriteFile(filepath.Join(zones, "pool01.inc"), []byte("pool01 IN A 10.0.1.11\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = zonegen(t, nil, "review", zones)
	if code != 1 || !strings.Contains(out, "[missing-aaaa]") || !strings.Contains(out, "[serial-not-incremented]") {
		t.Errorf("review %s: exit %d, want 1 with missing-aaaa and serial-not-incremented\n%s%s", zones, code, out, stderr)
	}
	if strings.Contains(out, "db.contoso.net") || strings.Contains(out, "no changes") {
		t.Errorf("review %s: the unchanged db.contoso.net shows:\n%s", zones, out)
	}
}

// commitAll makes dir a git repository with everything in it committed.
func commitAll(t *testing.T, dir string) {
	t.Helper()
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zones"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}

// TestReviewBrokenNoChanges: a file that no longer parses is said to have
// no record diff, and no "no changes" line follows, which once
// contradicted the header (the file did change); exit 2 with its syntax
// finding.
func TestReviewBrokenNoChanges(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	zone := filepath.Join(dir, "db.contoso.com")
	text := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hm 1 3600 900 1209600 300\n  IN NS ns1\nns1 IN A 10.0.0.1\n"
	if err := os.WriteFile(zone, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	commitAll(t, dir)
	if err := os.WriteFile(zone, []byte(text+"broken IN A 999.1.1.1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := zonegen(t, nil, "review", zone)
	if code != 2 || !strings.Contains(out, "(does not parse: no record diff)") || !strings.Contains(out, "[syntax]") {
		t.Errorf("review of a broken file: exit %d, want 2, the header and the syntax finding\n%s%s", code, out, stderr)
	}
	if strings.Contains(out, "no changes") {
		t.Errorf("review of a broken file says \"no changes\":\n%s", out)
	}
}

// TestReviewBaseBroken: a zone whose version at HEAD does not parse
// (committed with --no-verify) and that the change repairs: review says so,
// with the FILE:LINE of the error in git's version, instead of listing
// every record as added, and reports the repaired zone's findings, each
// with a note that says why; with --format json, standard error says it
// (tester 8, Q1).
func TestReviewBaseBroken(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := workDir(t, lyncZone+"fe01 IN A 10.0.1.11 (\n")
	commitAll(t, dir)
	fixed := strings.Replace(lyncZone, "2024010101", "2024010102", 1) + "fe01 IN A 10.0.1.11\n"
	if err := os.WriteFile(filepath.Join("mz", "db.contoso.com"), []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := zonegen(t, nil, "review", "mz")
	for _, want := range []string{
		"; mz/db.contoso.com (does not parse at HEAD: no record diff, every finding reported)\n",
		"; at HEAD: mz/db.contoso.com:8: does not parse: ",
		"mz/db.contoso.com:7: error: pool01.contoso.com. has 1 A record (10.0.1.11) and no AAAA [missing-aaaa]\n" +
			"mz/db.contoso.com:8: note: at HEAD the zone does not parse here (",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("review output lacks %q:\n%s", want, out)
		}
	}
	if code != 1 || strings.Contains(out, "records added") {
		t.Errorf("exit %d (want 1, the missing-aaaa), output:\n%s%s", code, out, stderr)
	}
	_, _, stderr = zonegen(t, nil, "review", "--format", "json", "mz")
	if !strings.Contains(stderr, "zonegen: at HEAD: mz/db.contoso.com:8: does not parse: ") {
		t.Errorf("review --format json: stderr %q does not say the base does not parse", stderr)
	}
}

// TestReviewHostsUnknown: review says, as audit does, which --host names
// and config hosts no zone has an A or AAAA record of, in the zones as
// they are now; it once said nothing (tester 8, D7), and a typo in the
// config that the hooks share went unnoticed.
func TestReviewHostsUnknown(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := workDir(t, lyncZone)
	if err := os.WriteFile(".zonegen.yaml", []byte("hosts: [pchat01.contoso.com, pool01.contoso.com]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	commitAll(t, dir)
	_, _, stderr := zonegen(t, nil, "review", "--host", "typo.contoso.com", "mz")
	const missing = ": no A, AAAA or CNAME record of that name in the zones given\n"
	for _, want := range []string{"zonegen: .zonegen.yaml:1: host pchat01.contoso.com." + missing, "zonegen: --host typo.contoso.com." + missing} {
		if !strings.Contains(stderr, want) {
			t.Errorf("review: stderr %q, want %q in it", stderr, want)
		}
	}
	if strings.Contains(stderr, "pool01") {
		t.Errorf("review: stderr %q names pool01, which has an A record", stderr)
	}
}

// TestReviewMissingPath: a path that does not exist is named as typed in
// the "no such file or directory" finding and in the diff's header, with
// or without a slash, as audit names it (the header once said nosuch for
// nosuch/, tester 9 Q4); with the slash git once ran in the missing directory and
// review said "not in a git repository" inside one. A directory that the
// change deletes is said to be one, where git's "zones at HEAD is not a
// file (a tree)" was all there was (tester 8, N1).
func TestReviewMissingPath(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	commitAll(t, workDir(t, lyncZone))
	for _, path := range []string{"nosuch", "nosuch/"} {
		code, out, stderr := zonegen(t, nil, "review", path)
		want := path + ": error: no such file or directory [syntax]"
		header := "; " + path + " (not on disk: no record diff)\n"
		if code != 2 || !strings.Contains(out, want) || !strings.Contains(out, header) || stderr != "" {
			t.Errorf("review %s: exit %d, want 2, %q and %q\n%s%s", path, code, want, header, out, stderr)
		}
	}
	cmd := exec.Command("git", "rm", "-rq", "mz")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git rm: %v\n%s", err, out)
	}
	for _, path := range []string{"mz", "mz/"} {
		code, _, stderr := zonegen(t, nil, "review", path)
		want := "zonegen: review: " + path + ": no such directory in the working tree; it is a directory at HEAD, which the change deletes"
		if code != 2 || !strings.HasPrefix(stderr, want) {
			t.Errorf("review %s of a deleted directory: exit %d, stderr %q, want 2 and %q", path, code, stderr, want)
		}
	}
}

// TestReviewHookIndex: under a commit's hook, git gives GIT_INDEX_FILE
// (relative to the top of the work tree, where the hook runs), and review
// reads the files as the commit takes them: a bad change staged and then
// undone in the working tree is reported, exit 1, where the working tree
// alone has no change (test 19a D1: a plain .git/hooks/pre-commit let it
// through).
func TestReviewHookIndex(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	text := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hm 1 3600 900 1209600 300\n  IN NS ns1\nns1 IN A 10.0.0.1\nns1 IN AAAA fd00::1\n" +
		"_sipinternaltls._tcp IN SRV 0 0 5061 pool01\npool01 IN A 10.0.1.11\npool01 IN AAAA fd00::11\n"
	zone := filepath.Join(dir, "db.contoso.com")
	if err := os.WriteFile(zone, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	commitAll(t, dir)
	if err := os.WriteFile(zone, []byte(text+"sip IN A 10.0.1.20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("git", "-C", dir, "add", "db.contoso.com").CombinedOutput(); err != nil {
		t.Fatalf("git add: %v\n%s", err, out)
	}
	if err := os.WriteFile(zone, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	code, out, stderr := zonegen(t, map[string]string{"GIT_INDEX_FILE": ".git/index"}, "review", "db.contoso.com")
	if code != 1 || !strings.Contains(out, "[missing-aaaa]") || !strings.Contains(out, "[serial-not-incremented]") {
		t.Errorf("review in a hook, a bad change staged: exit %d, want 1 with missing-aaaa and serial-not-incremented\n%s%s", code, out, stderr)
	}
	if code, out, stderr := zonegen(t, nil, "review", "db.contoso.com"); code != 0 || !strings.Contains(out, "no changes") {
		t.Errorf("review of the working tree, unchanged: exit %d, want 0 and \"no changes\"\n%s%s", code, out, stderr)
	}
	if err := os.Mkdir("sub", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir("sub") // a hook that changed directory: GIT_INDEX_FILE is still from the top (test 19c D1)
	if code, out, stderr := zonegen(t, map[string]string{"GIT_INDEX_FILE": ".git/index"}, "review", ".."); code != 1 || !strings.Contains(out, "[missing-aaaa]") {
		t.Errorf("review in a hook from a subdirectory: exit %d, want 1 with missing-aaaa\n%s%s", code, out, stderr)
	}
	if code, _, stderr := zonegen(t, map[string]string{"GIT_INDEX_FILE": "nosuch/index"}, "review", ".."); code != 2 || !strings.Contains(stderr, "names no file") {
		t.Errorf("an index that names no file: exit %d, want 2 and an error\n%s", code, stderr)
	}
}
