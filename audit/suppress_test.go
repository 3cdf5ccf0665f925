package audit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// TestBadSuppressionNames checks that each bad suppression (malformed, or
// suppressing nothing) is reported under the owner of its own record,
// among many records and suppressions. With --all-hosts every name has a
// missing-aaaa finding to suppress.
func TestBadSuppressionNames(t *testing.T) {
	var b strings.Builder
	b.WriteString("$ORIGIN contoso.com.\n$TTL 3600\n" +
		"@ IN SOA ns1 hostmaster 1 3600 900 1209600 300\n@ IN NS ns1\nns1 IN A 10.0.0.53\n")
	want := map[int]string{}
	line := 6
	for i := range 50 {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "fe%02d IN A 10.0.1.%d ; zonegen:ignore missing-aaaa\n", i, i)
			want[line] = fmt.Sprintf("fe%02d.contoso.com.", i)
		case 1:
			fmt.Fprintf(&b, "fe%02d IN A ( ; a record on two lines\n  10.0.1.%d ) ; zonegen:ignore no-such-check why\n", i, i)
			want[line] = fmt.Sprintf("fe%02d.contoso.com.", i)
			line++
		case 2:
			fmt.Fprintf(&b, "fe%02d IN A 10.0.1.%d ; zonegen:ignore missing-aaaa a reason\n", i, i)
		case 3:
			fmt.Fprintf(&b, "fe%02d IN A 10.0.1.%d ; zonegen:ignore\n", i, i)
			want[line] = fmt.Sprintf("fe%02d.contoso.com.", i)
		case 4:
			fmt.Fprintf(&b, "fe%02d IN A 10.0.1.%d ; zonegen:ignore missing-a it has no AAAA\n", i, i)
			want[line] = fmt.Sprintf("fe%02d.contoso.com.", i)
		}
		line++
	}
	got := badSuppressionNames(t, b.String())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bad-suppression names by line (-want +got):\n%s", diff)
	}
}

// badSuppressionNames audits the zone text and returns the Name of each
// bad-suppression finding by its line.
func badSuppressionNames(t *testing.T, text string) map[int]string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db.contoso.com")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := audit.Run([]*zone.Zone{zone.ReadFile(path, zone.Options{})}, audit.Options{AllHosts: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	for f := range res.AllFindings() {
		if f.Check == "bad-suppression" {
			got[f.Pos.Line] = f.Name
		}
	}
	return got
}

// TestChecksAreCopies: a caller that changes a check it was given changes
// no later audit (review 16 G5: the registry was handed out by pointer).
func TestChecksAreCopies(t *testing.T) {
	c, _ := audit.Lookup("missing-aaaa")
	c.Severity = audit.Info
	audit.Checks()[0].ID = "changed"
	audit.NoPlan().Severity = audit.Info
	if c, _ := audit.Lookup("missing-aaaa"); c.Severity != audit.Error {
		t.Errorf("missing-aaaa is %v after a caller changed its copy", c.Severity)
	}
	if audit.Checks()[0].ID == "changed" || audit.NoPlan().Severity != audit.Error {
		t.Error("a caller's change reached the registry")
	}
}
