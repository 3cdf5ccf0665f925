package review_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/review"
)

const committed = `$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300
         IN NS  ns1
ns1      IN A   10.0.0.1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01   IN A   10.0.1.11
pool01   IN A   10.0.1.12
fe01     IN A   10.0.1.11
fe01     IN AAAA fd00::11
fe02     IN A   10.0.1.12
`

// newRepo makes a git repository with db.contoso.com committed.
func newRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	write(t, dir, "db.contoso.com", committed)
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "zone")
	return dir
}

func run(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// bumped is the committed zone with its serial raised and from replaced
// by to: a change that needs no other finding.
func bumped(from, to string) string {
	return strings.Replace(strings.Replace(committed, "2024061503", "2024061504", 1), from, to, 1)
}

func findings(t *testing.T, dir string) []string {
	t.Helper()
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Audit.Findings {
		out = append(out, f.Check+" "+f.Name)
	}
	sort.Strings(out)
	return out
}

func TestReview(t *testing.T) {
	tests := []struct {
		name   string
		change string
		want   []string
	}{
		{
			name:   "unchanged",
			change: committed,
			want:   nil,
		},
		{
			name:   "new host without AAAA, serial kept",
			change: committed + "sip      IN A   10.0.1.20\n",
			want:   []string{"missing-aaaa sip.contoso.com.", "serial-not-incremented contoso.com."},
		},
		{
			name: "new host with AAAA, serial raised",
			change: strings.Replace(committed, "2024061503", "2024061504", 1) +
				"sip      IN A   10.0.1.20\nsip      IN AAAA fd00::20\n",
			want: nil,
		},
		{
			name:   "lines moved: old findings are not repeated",
			change: bumped("ns1      IN A   10.0.0.1\n", "ns1      IN A   10.0.0.1\n; a comment\n\nmail IN A 10.0.0.25\n"),
			want:   nil,
		},
		{
			name:   "$TTL lowered: old findings are not repeated",
			change: bumped("$TTL 3600", "$TTL 300"),
			want:   nil,
		},
		{
			name:   "explicit TTL on a record with a finding: not repeated",
			change: bumped("fe02     IN A", "fe02     7200 IN A"),
			want:   nil,
		},
		{
			name:   "TTL of an AAAA changed: the TTL mismatch it makes is new",
			change: bumped("fe01     IN AAAA", "fe01     300 IN AAAA"),
			want:   []string{"aaaa-ttl-mismatch fe01.contoso.com."},
		},
		{
			name:   "TTL of one record of an RRset changed: the mismatch it makes is new",
			change: bumped("pool01   IN A   10.0.1.12", "pool01   300 IN A   10.0.1.12"),
			want:   []string{"rrset-ttl-mismatch pool01.contoso.com."},
		},
		{
			name:   "records of an RRset reordered: old findings are not repeated",
			change: strings.Replace(committed, "pool01   IN A   10.0.1.11\npool01   IN A   10.0.1.12\n", "pool01   IN A   10.0.1.12\npool01   IN A   10.0.1.11\n", 1),
			want:   nil,
		},
		{
			name:   "address put above a host's first: its missing-aaaa is new",
			change: bumped("pool01   IN A   10.0.1.11\n", "pool01   IN A   10.0.1.13\npool01   IN A   10.0.1.11\n"),
			want:   []string{"missing-aaaa pool01.contoso.com."},
		},
		{
			name:   "address removed from a host: its missing-aaaa is new",
			change: bumped("pool01   IN A   10.0.1.11\n", ""),
			want:   []string{"missing-aaaa pool01.contoso.com."},
		},
		{
			name:   "serial went backwards",
			change: strings.Replace(committed, "2024061503", "2024061402", 1) + "mail IN A 10.0.0.25\n",
			want:   []string{"serial-not-incremented contoso.com."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			write(t, dir, "db.contoso.com", tt.change)
			if diff := cmp.Diff(tt.want, findings(t, dir)); diff != "" {
				t.Errorf("new findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReviewNewFile: a file that is not in HEAD has no old serial; all its
// findings are new.
func TestReviewNewFile(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.fabrikam.com", strings.ReplaceAll(committed, "contoso", "fabrikam"))
	res, err := review.Run([]string{filepath.Join(dir, "db.fabrikam.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Files[0].Added {
		t.Error("file not marked as new")
	}
	var got []string
	for _, f := range res.Audit.Findings {
		got = append(got, f.Check+" "+f.Name)
	}
	sort.Strings(got)
	want := []string{"missing-aaaa fe02.fabrikam.com.", "missing-aaaa pool01.fabrikam.com."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestReviewIncludeFromBase: the old version's $INCLUDE is read from the
// same revision, not from the working tree.
func TestReviewIncludeFromBase(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", committed+"$INCLUDE pool02.inc\n")
	write(t, dir, "pool02.inc", "pool02 IN A 10.0.2.11\npool02 IN AAAA fd00:2::11\n")
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "include")
	write(t, dir, "pool02.inc", "pool02 IN A 10.0.2.11\n")
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{Audit: reviewHosts("pool02.contoso.com.")})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Files[0].Diff
	if d.Empty() || len(d.Changes[0].Removed) != 1 || d.Changes[0].Removed[0].Type.String() != "AAAA" {
		t.Errorf("diff does not show the AAAA removed from the include: %+v", d)
	}
}

// TestReviewFirstCommit: in a repository without a commit yet (a
// pre-commit hook before the first commit), every file is new.
func TestReviewFirstCommit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	write(t, dir, "db.contoso.com", committed)
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Files[0].Added || len(res.Audit.Findings) == 0 {
		t.Errorf("file not reviewed as new: %+v, %d findings", res.Files[0], len(res.Audit.Findings))
	}
}

// TestReviewStillBroken: a zone that did not parse at the base and still
// does not keeps its syntax finding, the reason review exits 2.
func TestReviewStillBroken(t *testing.T) {
	dir := newRepo(t)
	broken := committed + "bad IN A 10.0.0.300\n"
	write(t, dir, "db.contoso.com", broken)
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "broken")
	write(t, dir, "db.contoso.com", broken+"; a comment\n")
	want := []string{"syntax contoso.com."}
	if diff := cmp.Diff(want, findings(t, dir)); diff != "" {
		t.Errorf("new findings (-want +got):\n%s", diff)
	}
}

// TestReviewBaseBroken: a zone committed broken (--no-verify) and
// repaired by the change has nothing to compare with. review shows no
// record diff (every record "added" said nothing), reports every finding
// of the repaired zone, and labels each with a note at the line of the
// base's error in git's version (tester 8, Q1).
func TestReviewBaseBroken(t *testing.T) {
	dir := newRepo(t)
	broken := strings.Replace(committed, "fe01     IN AAAA fd00::11", "fe01     IN AAAA fd00::11 (", 1)
	write(t, dir, "db.contoso.com", broken)
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "broken")
	write(t, dir, "db.contoso.com", bumped("", ""))
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := res.Files[0]; !f.Diff.Empty() {
		t.Errorf("a base that does not parse gives a record diff: %s", f.Diff.Summary())
	}
	var got []string
	for _, f := range res.Audit.Findings {
		got = append(got, f.Check+" "+f.Name)
		n := len(f.Related)
		if n == 0 || f.Related[n-1].Pos.Line != 10 || !strings.Contains(f.Related[n-1].Note, "at HEAD the zone does not parse here") {
			t.Errorf("finding %v: no note at the base's error (line 10): %+v", f, f.Related)
		}
	}
	sort.Strings(got)
	want := []string{"missing-aaaa fe02.contoso.com.", "missing-aaaa pool01.contoso.com."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestReviewSOAFinding: a finding about the SOA (here no-lync-deployment)
// is not new after a serial bump: the SOA is matched without its serial.
func TestReviewSOAFinding(t *testing.T) {
	plain := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300\n" +
		"  IN NS ns1\nns1 IN A 10.0.0.1\n"
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", plain)
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "no lync")
	write(t, dir, "db.contoso.com", strings.Replace(plain, "2024061503", "2024061504", 1)+"mail IN A 10.0.0.25\n")
	if got := findings(t, dir); got != nil {
		t.Errorf("new findings after a serial bump: %v", got)
	}
}

// TestReviewSOATimer: an SOA timer changed with the serial does not make
// the findings that point at the SOA new (bind-divergence of an SOA
// without TTL, no-lync-deployment): they are matched by their message, not
// by the SOA's data. The minimum is what the bind-divergence is about (BIND
// makes it the TTL), so a change of it makes that finding new.
func TestReviewSOATimer(t *testing.T) {
	plain := "$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300\n" +
		"@ 300 IN NS ns1\nns1 300 IN A 10.0.0.1\n"
	tests := []struct {
		name, from, to string
		want           []string
	}{
		{name: "refresh", from: "2024061503 3600", to: "2024061504 7200"},
		{name: "minimum", from: "2024061503 3600 600 1209600 300", to: "2024061504 3600 600 1209600 600",
			want: []string{"bind-divergence contoso.com."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			write(t, dir, "db.contoso.com", plain)
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "no lync")
			write(t, dir, "db.contoso.com", strings.Replace(plain, tt.from, tt.to, 1))
			if diff := cmp.Diff(tt.want, findings(t, dir)); diff != "" {
				t.Errorf("new findings (-want +got):\n%s", diff)
			}
		})
	}
}

// poolZone has a pool of three servers whose AAAA addresses mix two
// scopes (pool-scope-mixed) and whose name lacks one of them
// (pool-aaaa-mismatch).
const poolZone = `$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 1 3600 600 1209600 300
         IN NS  ns1
ns1      IN A   10.0.0.1
ns1      IN AAAA fd00::1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01   IN A    10.0.1.11
pool01   IN A    10.0.1.12
pool01   IN A    10.0.1.13
pool01   IN AAAA fd00::11
pool01   IN AAAA fd00::12
fe01     IN A    10.0.1.11
fe01     IN AAAA fd00::11
fe02     IN A    10.0.1.12
fe02     IN AAAA fd00::12
fe03     IN A    10.0.1.13
fe03     IN AAAA 2a01:4f8:1::13
`

// TestReviewPoolReordered: a pool's findings, whose messages list its
// addresses in file order, are not new when its records are reordered or
// a record is put above the pool's first, and are when an address changes
// what they say.
func TestReviewPoolReordered(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           []string
	}{
		{name: "AAAA records reversed", from: "pool01   IN AAAA fd00::11\npool01   IN AAAA fd00::12\n",
			to: "pool01   IN AAAA fd00::12\npool01   IN AAAA fd00::11\n"},
		{name: "TXT put above the pool's first record", from: "pool01   IN A    10.0.1.11\n",
			to: "pool01   IN TXT  \"front end\"\npool01   IN A    10.0.1.11\n"},
		{name: "member's address added", from: "fe02     IN AAAA fd00::12\n",
			to:   "fe02     IN AAAA fd00::12\nfe02     IN AAAA fd00::22\n",
			want: []string{"pool-aaaa-mismatch pool01.contoso.com.", "pool-scope-mixed pool01.contoso.com."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			write(t, dir, "db.contoso.com", poolZone)
			run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "pool")
			write(t, dir, "db.contoso.com", strings.Replace(strings.Replace(poolZone, tt.from, tt.to, 1), " 1 3600", " 2 3600", 1))
			if diff := cmp.Diff(tt.want, findings(t, dir)); diff != "" {
				t.Errorf("new findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReviewStopsParsing: a zone that stops parsing has no record diff
// (its records after the error are not removed) and keeps its syntax
// finding.
func TestReviewStopsParsing(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", strings.Replace(committed, "ns1      IN A   10.0.0.1\n", "ns1      IN A   10.0.0.300\n", 1))
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := res.Files[0]; !f.Broken || !f.Diff.Empty() {
		t.Errorf("broken file: Broken %v, diff %s", f.Broken, f.Diff.Summary())
	}
	if got := findings(t, dir); !slices.Equal(got, []string{"syntax contoso.com."}) {
		t.Errorf("findings %v, want the syntax finding", got)
	}
}

// TestReviewDuplicateAgain: a record that was duplicated already and gets
// one more copy has one new duplicate-record finding: findings are
// counted, not matched as a set.
func TestReviewDuplicateAgain(t *testing.T) {
	dup := committed + "fe02     IN A   10.0.1.12\n"
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", dup)
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "duplicate")
	write(t, dir, "db.contoso.com", strings.Replace(dup, "2024061503", "2024061504", 1)+"fe02     IN A   10.0.1.12\n")
	want := []string{"duplicate-record fe02.contoso.com."}
	if diff := cmp.Diff(want, findings(t, dir)); diff != "" {
		t.Errorf("new findings (-want +got):\n%s", diff)
	}
}

// TestReviewViewsUnchanged: two views of one zone (one file name in two
// directories) that did not change give no finding: the base revision's
// findings name the files as the working tree's do, where both views'
// files once met at one position and a view's old findings came back as
// new.
func TestReviewViewsUnchanged(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	for _, view := range []string{"int", "ext"} {
		if err := os.Mkdir(filepath.Join(dir, view), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, dir, "int/db.contoso.com", committed)
	write(t, dir, "ext/db.contoso.com", strings.ReplaceAll(committed, "10.0.1.", "198.51.100."))
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "views")
	files := []string{filepath.Join(dir, "int", "db.contoso.com"), filepath.Join(dir, "ext", "db.contoso.com")}
	res, err := review.Run(files, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Audit.NumFindings(); n != 0 {
		t.Errorf("unchanged views: %d findings, want none:\n%v", n, res.Audit.FindingList())
	}
}

// TestReviewNonUTF8Name: a committed zone file whose name is not UTF-8 (a
// Latin-1 café, which git quotes as "caf\351.zone"), and its $INCLUDEd
// part of such a name, are found at the base revision: the unchanged file
// has no diff and no finding, and a change without a new serial gets
// serial-not-incremented, where every record once showed as added.
func TestReviewNonUTF8Name(t *testing.T) {
	dir := newRepo(t)
	name, part := "caf\xe9.zone", "part\xe9.inc"
	write(t, dir, name, strings.Replace(committed, "fe02     IN A   10.0.1.12\n", "$INCLUDE \""+part+"\"\n", 1))
	write(t, dir, part, "fe02     IN A   10.0.1.12\n")
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "latin-1")
	file := filepath.Join(dir, name)
	res, err := review.Run([]string{file}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := res.Files[0]; f.Added || !f.Diff.Empty() || res.Audit.NumFindings() != 0 {
		t.Errorf("unchanged: Added %v, diff %s, findings %v; want no change", f.Added, f.Diff.Summary(), res.Audit.FindingList())
	}
	write(t, dir, part, "fe02     IN A   10.0.1.12\nmail     IN A   10.0.0.25\n")
	if res, err = review.Run([]string{file}, review.Options{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Audit.Findings {
		got = append(got, f.Check+" "+f.Name)
	}
	want := []string{"serial-not-incremented contoso.com."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("changed part, serial kept: new findings (-want +got):\n%s", diff)
	}
}

// TestReviewIncludedZoneFile: a *.zone file that another zone of the set
// $INCLUDEs (the name generate --out-dir gives a fragment) is reviewed
// through its includer only, as audit reads it: moving an AAAA from the
// part into the includer is no change of the zone and no finding, where
// the part was once reviewed as a second view of the zone with a false
// missing-aaaa and a diff of its own.
func TestReviewIncludedZoneFile(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	if err := os.Mkdir(filepath.Join(dir, "gen"), 0o755); err != nil {
		t.Fatal(err)
	}
	zoneText := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hm 1 3600 900 1209600 300\n  IN NS ns1\n" +
		"ns1 IN A 10.0.0.1\n$INCLUDE gen/contoso.com.internal.zone\n"
	part := "$ORIGIN contoso.com.\n_sipinternaltls._tcp 3600 IN SRV 0 0 5061 pool.contoso.com.\n" +
		"pool 3600 IN A 10.0.0.10\n"
	write(t, dir, "db.contoso.com", zoneText)
	write(t, dir, "gen/contoso.com.internal.zone", part+"pool 3600 IN AAAA fd00::10\n")
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "init")
	write(t, dir, "gen/contoso.com.internal.zone", part)
	write(t, dir, "db.contoso.com", strings.Replace(zoneText, "hm 1 ", "hm 2 ", 1)+"pool 3600 IN AAAA fd00::10\n")
	// the files as zone.ZoneFiles lists the directory, in path order
	files := []string{filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "gen", "contoso.com.internal.zone")}
	res, err := review.Run(files, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range res.Files {
		names = append(names, f.Name)
	}
	if want := files[:1]; !slices.Equal(names, want) {
		t.Errorf("reviewed %v, want only the includer %v", names, want)
	}
	if n := res.Audit.NumFindings(); n != 0 {
		t.Errorf("AAAA moved into the includer: %d findings, want none:\n%v", n, res.Audit.FindingList())
	}
	if len(res.Zones()) != 1 {
		t.Errorf("%d zones reviewed, want 1", len(res.Zones()))
	}
}

// TestReviewGeneratedHosts: the hosts one $GENERATE line makes share its
// position, and each keeps its own missing-aaaa across an unrelated
// change. Their addresses were filed by position alone, so that map order
// gave one host's addresses to all, and old findings came back as new in
// some runs (review-15, bug 1): the change is reviewed several times.
func TestReviewGeneratedHosts(t *testing.T) {
	dir := newRepo(t)
	base := committed + "$GENERATE 11-12 gen$ A 10.0.1.$\n" // members of pool01
	write(t, dir, "db.contoso.com", base)
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "generated")
	write(t, dir, "db.contoso.com", strings.Replace(base, "2024061503", "2024061504", 1)+"mail IN A 10.0.0.25\nmail IN AAAA fd00::25\n")
	for range 8 {
		if got := findings(t, dir); len(got) != 0 {
			t.Fatalf("new findings %q, want none", got)
		}
	}
}

// TestReviewBaseBrokenShared: two views $INCLUDE one part, and only the
// internal one is broken at the base. The external view's new finding in
// the part was compared: its note names the zone that does not parse and
// says the finding may be that zone's, not that nothing was compared
// (review 15).
func TestReviewBaseBrokenShared(t *testing.T) {
	dir := newRepo(t)
	head := "$ORIGIN contoso.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 2024061501 3600 600 1209600 300\n  IN NS ns1\nns1 IN A 10.0.0.1\n"
	write(t, dir, "db.int", head+"bad IN A 10.0.0.300\n$INCLUDE part.inc\n")
	write(t, dir, "db.ext", head+"_sip._tls IN SRV 0 0 443 access\n$INCLUDE part.inc\n")
	write(t, dir, "part.inc", "web IN A 10.0.0.8\n")
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "views")
	bump := func(s string) string { return strings.Replace(s, "2024061501", "2024061502", 1) }
	write(t, dir, "db.int", bump(head)+"bad IN A 10.0.0.30\n$INCLUDE part.inc\n")
	write(t, dir, "db.ext", bump(head)+"_sip._tls IN SRV 0 0 443 access\n$INCLUDE part.inc\n")
	write(t, dir, "part.inc", "web IN A 10.0.0.8\naccess IN A 192.0.2.10\n")
	res, err := review.Run([]string{filepath.Join(dir, "db.int"), filepath.Join(dir, "db.ext")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Audit.Findings {
		if filepath.Base(f.Pos.File) != "part.inc" {
			continue
		}
		n := len(f.Related)
		if n == 0 || !strings.Contains(f.Related[n-1].Note, "db.int, which reads this finding's file too, does not parse here") {
			t.Errorf("finding %v: note %+v, want one that names db.int and says it may be its finding", f, f.Related)
		}
		got = append(got, f.Check+" "+f.Name)
	}
	if want := []string{"missing-aaaa access.contoso.com."}; !slices.Equal(got, want) {
		t.Errorf("findings in the part: %q, want %q", got, want)
	}
}

// TestReviewShallowClone: a base that a shallow clone lacks is refused
// with a hint to fetch the history; "no commit" alone did not say why
// (test 13 D11: CI's default checkout is one commit deep).
func TestReviewShallowClone(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", bumped("fe02", "fe03"))
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "zone 2")
	clone := filepath.Join(t.TempDir(), "clone")
	run(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)
	_, err := review.Run([]string{filepath.Join(clone, "db.contoso.com")}, review.Options{Base: "HEAD~1"})
	if err == nil || !strings.Contains(err.Error(), `no commit "HEAD~1"`) || !strings.Contains(err.Error(), "a shallow clone: fetch the history (git fetch --unshallow, or fetch-depth: 0 for actions/checkout)") {
		t.Errorf("err = %v, want no commit with the shallow-clone hint", err)
	}
	// in a full repository, no hint
	_, err = review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{Base: "HEAD~5"})
	if err == nil || strings.Contains(err.Error(), "shallow") {
		t.Errorf("err = %v, want no commit without the hint", err)
	}
}

// TestReviewBaseLinkLoop: the error of a base whose include is a loop of
// symbolic links names the include once (review 20 #4: "part.inc:
// part.inc at HEAD: a loop of symbolic links").
func TestReviewBaseLinkLoop(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", committed+"$INCLUDE part.inc\n")
	for link, target := range map[string]string{"part.inc": "loop.inc", "loop.inc": "part.inc"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "a loop")
	write(t, dir, "db.contoso.com", bumped("fe02", "fe03"))
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(res.Files[0].BaseErr)
	if want := "part.inc: a loop of symbolic links at HEAD"; !strings.HasSuffix(got, want) || strings.Count(got, "part.inc") != 1 {
		t.Errorf("base error %q, want one that ends %q and names part.inc once", got, want)
	}
}

// TestReviewNoGit: without git on the PATH, review says that it needs
// git, not that the zone is in no repository (test 20c #4).
func TestReviewNoGit(t *testing.T) {
	dir := newRepo(t)
	t.Setenv("PATH", t.TempDir())
	_, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "git is needed and was not found: ") {
		t.Errorf("err = %v, want git is needed", err)
	}
}

// TestReviewStaged: with Options.Index (a commit's hook, GIT_INDEX_FILE),
// the new versions are the files as staged there, with their includes
// from it: a bad change staged and then undone in the working tree is
// found, and a good one staged beside a bad edit not yet staged is not
// blamed for it (test 19a D1). A file the index does not hold is not
// part of the commit.
func TestReviewStaged(t *testing.T) {
	dir := newRepo(t)
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(dir, "sub"))      // a hook that changed directory: the index is still the top's (test 19c D1)
	index := filepath.Join(".git", "index") // as git gives it, from the top of the work tree
	zoneFile, untracked := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "db.fabrikam.com")
	review1 := func(opt review.Options, files ...string) []string {
		t.Helper()
		res, err := review.Run(files, opt)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range res.Audit.Findings {
			out = append(out, f.Check+" "+f.Name)
		}
		for _, f := range res.Files {
			out = append(out, "file "+filepath.Base(f.Name))
		}
		sort.Strings(out)
		return out
	}
	bad := committed + "$INCLUDE sip.inc\n"
	write(t, dir, "db.contoso.com", bad)
	write(t, dir, "sip.inc", "sip IN A 10.0.1.20\n")
	run(t, dir, "add", ".")
	write(t, dir, "db.contoso.com", committed) // undone on disk, still staged
	write(t, dir, "db.fabrikam.com", strings.ReplaceAll(committed, "contoso", "fabrikam"))
	want := []string{"file db.contoso.com", "missing-aaaa sip.contoso.com.", "serial-not-incremented contoso.com."}
	if got := review1(review.Options{Index: index}, zoneFile, untracked); !cmp.Equal(got, want) {
		t.Errorf("staged bad change: %v, want %v", got, want)
	}
	if got, want := review1(review.Options{}, zoneFile), []string{"file db.contoso.com"}; !cmp.Equal(got, want) {
		t.Errorf("the working tree, unchanged: %v, want %v", got, want)
	}

	good := strings.Replace(committed, "2024061503", "2024061504", 1) + "$INCLUDE sip.inc\n"
	write(t, dir, "db.contoso.com", good)
	write(t, dir, "sip.inc", "sip IN A 10.0.1.20\nsip IN AAAA fd00::20\n")
	run(t, dir, "add", "db.contoso.com", "sip.inc")
	write(t, dir, "sip.inc", "sip IN A 10.0.1.20\n") // a bad edit, not staged
	if got, want := review1(review.Options{Index: index}, zoneFile), []string{"file db.contoso.com"}; !cmp.Equal(got, want) {
		t.Errorf("staged good change: %v, want %v", got, want)
	}
}

// TestReviewTwoRepositories: each file is compared with its version in
// the repository of its own directory, whichever file comes first: a
// file of a second repository (a submodule's) was looked for in the
// first's tree, not found, and reviewed as new, with no serial check, or
// refused with the files the other way round (test 19a D3).
func TestReviewTwoRepositories(t *testing.T) {
	one, two := newRepo(t), newRepo(t)
	write(t, two, "db.contoso.com", committed+"sip      IN A   10.0.1.20\n")
	a, b := filepath.Join(one, "db.contoso.com"), filepath.Join(two, "db.contoso.com")
	for _, files := range [][]string{{a, b}, {b, a}} {
		res, err := review.Run(files, review.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Files {
			got = append(got, fmt.Sprintf("%s added %v changed %v", f.Name, f.Added, !f.Diff.Empty()))
		}
		for _, f := range res.Audit.Findings {
			got = append(got, f.Check+" "+f.Pos.File)
		}
		sort.Strings(got)
		want := []string{a + " added false changed false", b + " added false changed true", "missing-aaaa " + b, "serial-not-incremented " + b}
		sort.Strings(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("review %v (-want +got):\n%s", files, diff)
		}
	}
}

// TestReviewStagedTree: under a hook the new versions are those of the
// tree git writes from the index, as the commit takes it: an $INCLUDEd
// part that is a symbolic link is followed (it was read as the link's
// text), a part only meant to be added (git add -N) is not there (it was
// read as an empty file, and the commit lacked it), and a file of another
// repository is read from disk, not from this index (test 19c D2, D3,
// D4).
func TestReviewStagedTree(t *testing.T) {
	dir := newRepo(t)
	other := newRepo(t)
	t.Chdir(dir)
	write(t, dir, "real.inc", "fe03     IN A   10.0.1.13\nfe03     IN AAAA fd00::13\n")
	if err := os.Symlink("real.inc", filepath.Join(dir, "hosts.inc")); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "db.contoso.com", committed+"$INCLUDE hosts.inc\n")
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "link")
	review1 := func(files ...string) (*review.Result, []string) {
		t.Helper()
		res, err := review.Run(files, review.Options{Index: filepath.Join(".git", "index"), Audit: reviewHosts("fe03.contoso.com.")})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Audit.Findings {
			got = append(got, f.Check+" "+filepath.Base(f.Pos.File))
		}
		sort.Strings(got)
		return res, got
	}
	write(t, dir, "real.inc", "fe03     IN A   10.0.1.13\n") // the AAAA taken out, staged
	run(t, dir, "add", "real.inc")
	zoneFile := filepath.Join(dir, "db.contoso.com")
	if _, got := review1(zoneFile, filepath.Join(other, "db.contoso.com")); !cmp.Equal(got, []string{"missing-aaaa hosts.inc", "serial-not-incremented db.contoso.com"}) {
		t.Errorf("a change through a staged link, another repository clean: %v", got)
	}
	run(t, dir, "reset", "-q")
	write(t, dir, "db.contoso.com", bumped("ns1      IN A   10.0.0.1\n", "ns1      IN A   10.0.0.1\n$INCLUDE more.inc\n")+"$INCLUDE hosts.inc\n")
	write(t, dir, "more.inc", "mail IN A 10.0.0.25\n")
	run(t, dir, "add", "db.contoso.com")
	run(t, dir, "add", "-N", "more.inc")
	if _, got := review1(zoneFile); !cmp.Equal(got, []string{"syntax db.contoso.com"}) {
		t.Errorf("an include only meant to be added: %v, want the syntax error the commit has", got)
	}
}

// TestReviewStagedDeleted: under a hook, a zone file given that the
// commit deletes (git rm) is missing, as outside a hook, not skipped as
// an untracked file is (review 19b #4).
func TestReviewStagedDeleted(t *testing.T) {
	dir := newRepo(t)
	t.Chdir(dir)
	run(t, dir, "rm", "-q", "db.contoso.com")
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{Index: filepath.Join(".git", "index")})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 1 || !res.Files[0].Missing {
		t.Errorf("files %+v, want the deleted file, missing", res.Files)
	}
}

// TestReviewLineEndInName: a zone file whose name holds a line end is
// read at the base too, though git cat-file --batch cannot be asked for it
// on its line: the review of every file stopped (test 19e F2).
func TestReviewLineEndInName(t *testing.T) {
	dir := newRepo(t)
	name := "db.new\nline"
	write(t, dir, name, committed)
	run(t, dir, "add", ".")
	run(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "odd name")
	write(t, dir, name, committed+"sip      IN A   10.0.1.20\n")
	res, err := review.Run([]string{filepath.Join(dir, name), filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Audit.Findings {
		got = append(got, f.Check)
	}
	sort.Strings(got)
	if want := []string{"missing-aaaa", "serial-not-incremented"}; !cmp.Equal(got, want) || res.Files[0].Added {
		t.Errorf("findings %v, want %v, and the file not new (%+v)", got, want, res.Files[0])
	}
}

// TestReviewLostSOA: a zone whose SOA record the change deletes, or whose
// file it empties, does not parse now (BIND refuses it): read alone it
// would be a fragment, without a serial to check, and it passed (test 21r
// #2).
func TestReviewLostSOA(t *testing.T) {
	for name, text := range map[string]string{
		"SOA deleted": strings.Replace(committed, "@        IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300\n         IN NS", "@        IN NS", 1),
		"emptied":     "",
	} {
		t.Run(name, func(t *testing.T) {
			dir := newRepo(t)
			if text == committed {
				t.Fatal("the SOA line was not deleted")
			}
			write(t, dir, "db.contoso.com", text)
			res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := "db.contoso.com:1: no SOA record, where the zone has one at HEAD (" + filepath.Join(dir, "db.contoso.com") + ":3): BIND refuses a zone without one"
			if z := res.Zones()[0]; z.Err == nil || !strings.HasSuffix(z.Err.Error(), want) || !res.Files[0].Broken || res.Files[0].Missing {
				t.Errorf("err = %v, broken %v, missing %v; want %q", z.Err, res.Files[0].Broken, res.Files[0].Missing, want)
			}
		})
	}
}

// TestReviewMissingInclude: a zone whose $INCLUDEd file is gone does not
// parse; the zone itself is there (test 21r #3: "not on disk").
func TestReviewMissingInclude(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "db.contoso.com", committed+"$INCLUDE gone.inc\n")
	res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := res.Files[0]; !f.Broken || f.Missing {
		t.Errorf("broken %v, missing %v; want broken, not missing", f.Broken, f.Missing)
	}
	if err := os.Remove(filepath.Join(dir, "db.contoso.com")); err != nil {
		t.Fatal(err)
	}
	res, err = review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{})
	if err != nil || !res.Files[0].Missing {
		t.Errorf("deleted zone: err %v, missing %v; want missing", err, err == nil && res.Files[0].Missing)
	}
}

// TestReviewNotInRepository: the error names the file given that is in no
// git repository (test 21r #5: with several, which was not said).
func TestReviewNotInRepository(t *testing.T) {
	dir := newRepo(t)
	outside := filepath.Join(t.TempDir(), "db.fabrikam.com")
	write(t, filepath.Dir(outside), "db.fabrikam.com", committed)
	_, err := review.Run([]string{filepath.Join(dir, "db.contoso.com"), outside}, review.Options{})
	if err == nil || !strings.HasPrefix(err.Error(), outside+": not in a git repository: ") {
		t.Errorf("err = %v, want %s: not in a git repository", err, outside)
	}
}
