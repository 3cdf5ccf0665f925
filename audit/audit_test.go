package audit_test

import (
	"bufio"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// TestWant audits every case under testdata and compares the findings
// with the `; want CHECK` comments of its files. A case is a .zone file,
// or a directory whose top-level zone files form one set. Flags come from
// a first-line comment `; args: ...` or, for a directory, a file `args`.
func TestWant(t *testing.T) {
	for _, c := range wantCases(t) {
		t.Run(filepath.Base(c), func(t *testing.T) {
			res := auditCase(t, c)
			if diff := cmp.Diff(wantedFindings(t, c), gotFindings(res)); diff != "" {
				t.Errorf("findings (-want +got):\n%s\nall findings:\n%s", diff, list(res))
			}
		})
	}
}

// auditCase audits a test case with the flags its args give.
func auditCase(t *testing.T, c string) *audit.Result {
	t.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles([]string{c}), zone.Options{})
	res, err := audit.Run(zones, caseOptions(t, c))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func wantCases(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".zone") {
			out = append(out, filepath.Join("testdata", e.Name()))
		}
	}
	return out
}

// caseOptions reads the flags of a case.
func caseOptions(t *testing.T, c string) audit.Options {
	t.Helper()
	var line string
	if fi, err := os.Stat(c); err == nil && fi.IsDir() {
		b, err := os.ReadFile(filepath.Join(c, "args"))
		if err == nil {
			line = string(b)
		}
	} else if first := firstLine(t, c); strings.HasPrefix(first, "; args:") {
		line = strings.TrimPrefix(first, "; args:")
	}
	return parseArgs(t, strings.Fields(line))
}

func parseArgs(t *testing.T, args []string) audit.Options {
	t.Helper()
	var opt audit.Options
	for i := 0; i < len(args); i++ {
		next := func() string {
			i++
			if i >= len(args) {
				t.Fatalf("flag %s needs a value", args[i-1])
			}
			return args[i]
		}
		switch args[i] {
		case "--view":
			opt.View = next()
		case "--host":
			opt.Hosts = append(opt.Hosts, next())
		case "--all-hosts":
			opt.AllHosts = true
		case "--enable":
			opt.Enable = append(opt.Enable, strings.Split(next(), ",")...)
		case "--disable":
			opt.Disable = append(opt.Disable, strings.Split(next(), ",")...)
		default:
			t.Fatalf("unknown flag %q in args", args[i])
		}
	}
	return opt
}

func firstLine(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	return strings.TrimRight(sc.Text(), "\r")
}

var wantComment = regexp.MustCompile(`;\s*want\s+([a-z0-9 \t-]+?)\s*$`)

// wantedFindings collects file:line: check from the `; want` comments of
// every file of a case.
func wantedFindings(t *testing.T, c string) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(c, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Base(p) != "args" {
			files = append(files, p)
		}
		return nil
	})
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			m := wantComment.FindStringSubmatch(strings.TrimRight(line, "\r"))
			if m == nil {
				continue
			}
			for _, id := range strings.Fields(m[1]) {
				out = append(out, fmt.Sprintf("%s:%d: %s", f, i+1, id))
			}
		}
	}
	sort.Strings(out)
	return out
}

func gotFindings(res *audit.Result) []string {
	var out []string
	for _, f := range res.FindingList() {
		out = append(out, fmt.Sprintf("%s:%d: %s", f.Pos.File, f.Pos.Line, f.Check))
	}
	sort.Strings(out)
	return out
}

func list(res *audit.Result) string {
	var b strings.Builder
	for _, f := range res.FindingList() {
		fmt.Fprintf(&b, "\t%s\n", f)
	}
	return b.String()
}

// TestChecksDocumented asserts that every check has an ID, documentation
// and, for the checks audit runs, a test case that expects it.
func TestChecksDocumented(t *testing.T) {
	wanted := map[string]bool{}
	for _, c := range wantCases(t) {
		for _, w := range wantedFindings(t, c) {
			wanted[w[strings.LastIndex(w, " ")+1:]] = true
		}
	}
	seen := map[string]bool{}
	for _, c := range audit.Checks() {
		if seen[c.ID] {
			t.Errorf("check %s registered twice", c.ID)
		}
		seen[c.ID] = true
		if c.Title == "" || c.Text == "" || c.Bad == "" || c.Good == "" || c.Ref == "" {
			t.Errorf("check %s lacks documentation", c.ID)
		}
		if c.Stage == "audit" && !wanted[c.ID] {
			t.Errorf("check %s has no test zone with `; want %s`", c.ID, c.ID)
		}
	}
}

// TestHostIntoAsHost: a report that writes the hosts one after another
// into one reused Host sees each as Host returns it, whatever the host
// before it had (addresses, scopes, several scopes).
func TestHostIntoAsHost(t *testing.T) {
	for _, c := range []string{"testdata/pool-scope-mixed.zone", "testdata/realistic-internal.zone", "testdata/all-hosts.zone"} {
		res := auditAllHosts(t, c)
		var scratch audit.Host
		for _, order := range [][]int{ascending(res.NumHosts()), descending(res.NumHosts())} {
			for _, i := range order {
				res.HostInto(i, &scratch)
				if diff := cmp.Diff(res.Host(i), scratch, cmpopts.EquateEmpty(), cmpopts.EquateComparable(netip.Addr{})); diff != "" {
					t.Errorf("%s host %d (-Host +HostInto):\n%s", c, i, diff)
				}
			}
		}
	}
}

// TestAppendFindingAsFinding: a report that reads the findings into one
// reused Finding and message buffer sees each as Finding returns it, the
// notes (missing-aaaa, whose message is made when read) and the whole
// findings alike, related records included.
func TestAppendFindingAsFinding(t *testing.T) {
	for _, c := range []string{"testdata/pool-aaaa-mismatch.zone", "testdata/realistic-internal.zone", "testdata/all-hosts.zone", "testdata/bad-suppression.zone"} {
		res := auditAllHosts(t, c)
		var scratch audit.Finding
		var msg []byte
		notes := 0
		for _, i := range descending(res.NumFindings()) {
			msg = res.AppendFinding(i, &scratch, msg[:0])
			if scratch.Message != "" {
				t.Fatalf("%s finding %d: AppendFinding left a message in the finding", c, i)
			}
			scratch.Message = string(msg)
			if diff := cmp.Diff(res.Finding(i), scratch); diff != "" {
				t.Errorf("%s finding %d (-Finding +AppendFinding):\n%s", c, i, diff)
			}
			if scratch.Check == "missing-aaaa" {
				notes++
			}
		}
		if notes == 0 {
			t.Errorf("%s: no missing-aaaa finding, no note read", c)
		}
	}
}

// auditAllHosts audits one test zone with --all-hosts.
func auditAllHosts(t *testing.T, file string) *audit.Result {
	t.Helper()
	zones := zone.ReadFiles(zone.ZoneFiles([]string{file}), zone.Options{})
	res, err := audit.Run(zones, audit.Options{AllHosts: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func ascending(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func descending(n int) []int {
	out := ascending(n)
	slices.Reverse(out)
	return out
}

// TestPoolAAAAMismatchMessages: the message says which addresses the pool
// name lacks and which no member has, each list in address order.
func TestPoolAAAAMismatchMessages(t *testing.T) {
	var got []string
	for f := range auditCase(t, "testdata/pool-aaaa-mismatch.zone").AllFindings() {
		if f.Check == "pool-aaaa-mismatch" {
			got = append(got, f.Message)
		}
	}
	want := []string{
		"pool pool01.contoso.com. AAAA set lacks fd00:10:1::13 of its members",
		"pool dirpool.contoso.com. AAAA set has fd00:10:2::29 that no member has",
		"pool edgepool.contoso.com. AAAA set lacks fd00:10:4::42 of its members and has fd00:10:4::49 that no member has",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
}

// TestDanglingCNAMELoopMessages: a loop is named from the alias when it
// is on the loop, else from the first name of the loop its chain reaches,
// round to that name again, through wildcards and DNAMEs; a loop of more
// than six names is cut short. Every dangling-cname finding of the case is
// compared, so that one too many fails too.
func TestDanglingCNAMELoopMessages(t *testing.T) {
	got := map[string]string{}
	for f := range auditCase(t, "testdata/dangling-cname-loop.zone").AllFindings() {
		if f.Check == "dangling-cname" {
			got[f.Name] = f.Message
		}
	}
	want := map[string]string{
		"meet.contoso.com.":      "CNAME meet.contoso.com. points into a loop: loop1.contoso.com. -> loop2.contoso.com. -> loop1.contoso.com.",
		"loop2.contoso.com.":     "CNAME loop2.contoso.com. points into a loop: loop2.contoso.com. -> loop1.contoso.com. -> loop2.contoso.com.",
		"lwa.contoso.com.":       "CNAME lwa.contoso.com. points into a loop: lwa.contoso.com. -> lwa.contoso.com.",
		"*.w.contoso.com.":       "CNAME *.w.contoso.com. points into a loop: dialin.contoso.com. -> x.w.contoso.com. -> dialin.contoso.com.",
		"scheduler.contoso.com.": "CNAME scheduler.contoso.com. points into a loop: scheduler.contoso.com. -> scheduler.old.contoso.com. -> scheduler.contoso.com.",
		"admin.contoso.com.":     "CNAME admin.contoso.com. points into a loop: a.d1.contoso.com. -> a.d2.contoso.com. -> a.d1.contoso.com.",
		"webconf.contoso.com.": "CNAME webconf.contoso.com. points into a loop: w1.contoso.com. -> w2.contoso.com. -> w3.contoso.com. -> " +
			"w4.contoso.com. -> w5.contoso.com. -> w6.contoso.com. -> … -> w1.contoso.com.",
		// each alias on a loop is reported too, with the loop from itself
		"loop1.contoso.com.":  "CNAME loop1.contoso.com. points into a loop: loop1.contoso.com. -> loop2.contoso.com. -> loop1.contoso.com.",
		"dialin.contoso.com.": "CNAME dialin.contoso.com. points into a loop: dialin.contoso.com. -> x.w.contoso.com. -> dialin.contoso.com.",
		"w1.contoso.com.":     "CNAME w1.contoso.com. points into a loop: w1.contoso.com. -> w2.contoso.com. -> w3.contoso.com. -> w4.contoso.com. -> w5.contoso.com. -> w6.contoso.com. -> … -> w1.contoso.com.",
		"w2.contoso.com.":     "CNAME w2.contoso.com. points into a loop: w2.contoso.com. -> w3.contoso.com. -> w4.contoso.com. -> w5.contoso.com. -> w6.contoso.com. -> w7.contoso.com. -> … -> w2.contoso.com.",
		"w3.contoso.com.":     "CNAME w3.contoso.com. points into a loop: w3.contoso.com. -> w4.contoso.com. -> w5.contoso.com. -> w6.contoso.com. -> w7.contoso.com. -> w8.contoso.com. -> … -> w3.contoso.com.",
		"w4.contoso.com.":     "CNAME w4.contoso.com. points into a loop: w4.contoso.com. -> w5.contoso.com. -> w6.contoso.com. -> w7.contoso.com. -> w8.contoso.com. -> w1.contoso.com. -> … -> w4.contoso.com.",
		"w5.contoso.com.":     "CNAME w5.contoso.com. points into a loop: w5.contoso.com. -> w6.contoso.com. -> w7.contoso.com. -> w8.contoso.com. -> w1.contoso.com. -> w2.contoso.com. -> … -> w5.contoso.com.",
		"w6.contoso.com.":     "CNAME w6.contoso.com. points into a loop: w6.contoso.com. -> w7.contoso.com. -> w8.contoso.com. -> w1.contoso.com. -> w2.contoso.com. -> w3.contoso.com. -> … -> w6.contoso.com.",
		"w7.contoso.com.":     "CNAME w7.contoso.com. points into a loop: w7.contoso.com. -> w8.contoso.com. -> w1.contoso.com. -> w2.contoso.com. -> w3.contoso.com. -> w4.contoso.com. -> … -> w7.contoso.com.",
		"w8.contoso.com.":     "CNAME w8.contoso.com. points into a loop: w8.contoso.com. -> w1.contoso.com. -> w2.contoso.com. -> w3.contoso.com. -> w4.contoso.com. -> w5.contoso.com. -> … -> w8.contoso.com.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dangling-cname messages by name (-want +got):\n%s", diff)
	}
}

// TestPoolAAAAMismatchCoPoolMessages: pool names at the same servers are
// compared with the servers, not with one another (test 18 D2), unless no
// server is in the zone set: then the message says another name of the
// set has or lacks it.
func TestPoolAAAAMismatchCoPoolMessages(t *testing.T) {
	var got []string
	for f := range auditCase(t, "testdata/pool-aaaa-mismatch-copool.zone").AllFindings() {
		if f.Check == "pool-aaaa-mismatch" {
			got = append(got, f.Message)
		}
	}
	want := []string{
		"pool pool01.contoso.com. AAAA set lacks fd00:10:1::22 of its members and has fd00:10:1::12 that no member has",
		"pool sip.contoso.com. AAAA set lacks fd00:10:1::22 of its members and has fd00:10:1::12 that no member has",
		"pool dirpool.contoso.com. AAAA set has fd00:10:2::29 that no member has",
		"pool dialin.contoso.com. AAAA set has fd00:10:2::29 that no member has",
		"pool edgepool.contoso.com. AAAA set has fd00:10:3::39 that no member has",
		// without a server, the names say who has what (test 20a D2)
		"pool webconf.contoso.com. AAAA set has fd00:10:5::52 that another name of its A set lacks (no server of the set in the zones given)",
		"pool av.contoso.com. AAAA set lacks fd00:10:5::52 that another name of its A set has (no server of the set in the zones given)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
}

// TestMissingPTRPlace: a missing PTR past a DNAME in a reverse zone is
// named where the chain from the reverse name ends, not as a CNAME's
// target (test 18c D4).
func TestMissingPTRPlace(t *testing.T) {
	want := "no PTR at 6.2.rev.contoso.com. (where the chain from 6.2.0.192.in-addr.arpa. ends) for meet.contoso.com. 192.0.2.6"
	for f := range auditCase(t, "testdata/rfc2317-dname").AllFindings() {
		if f.Check == "missing-ptr" && f.Name == "meet.contoso.com." {
			if f.Message != want {
				t.Errorf("message %q, want %q", f.Message, want)
			}
			return
		}
	}
	t.Error("no missing-ptr for meet.contoso.com.")
}

// TestWildcardHostRoles: a wildcard that gives a Lync name its addresses
// is listed with the role that says which (test 20a #2), the name it
// covers is not listed, and the names at a wildcard's addresses are no
// pool members (review 20b #2).
func TestWildcardHostRoles(t *testing.T) {
	got := map[string][]string{}
	res := auditCase(t, "testdata/wildcard-hosts.zone")
	for h := range res.Hosts() {
		got[h.Name] = h.Roles
	}
	for f := range res.AllFindings() {
		if f.Name == "*.contoso.com." && f.Message != "*.contoso.com. has 1 A record (10.0.1.10) and no AAAA, for every name it answers for (RFC 4592)" {
			t.Errorf("the wildcard's finding says %q", f.Message)
		}
	}
	want := map[string][]string{
		"*.contoso.com.":       {"wildcard:pool01.contoso.com."},
		"*.lync.contoso.com.":  {"cname:lyncdiscoverinternal.contoso.com."},
		"*.dual.contoso.com.":  {"cname:meet.contoso.com."},
		"*.lb.contoso.com.":    {"cname:dialin.contoso.com.", "pool"},
		"sip.txt.contoso.com.": {"srv:_sip._tls"},
		"sip.contoso.com.":     {"sip", "pool"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hosts and roles (-want +got):\n%s", diff)
	}
}
