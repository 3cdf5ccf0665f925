package topology

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
)

// TestNoPrivateReferences: what a user reads (the checks' texts and
// references, the findings of every problem topology) cites Microsoft's
// pages, not LYNC-DNS.md, which is not in the repository (test 20c #8).
func TestNoPrivateReferences(t *testing.T) {
	files, _ := filepath.Glob("testdata/problems/*.yaml")
	var texts []string
	for _, c := range append(Checks(), audit.Checks()...) {
		texts = append(texts, c.Title, c.Text, c.Ref)
	}
	for _, file := range files {
		for _, f := range mustRead(t, file).Validate() {
			texts = append(texts, f.Message)
		}
	}
	if len(texts) < 100 {
		t.Fatalf("%d texts: the problems were not read", len(texts))
	}
	for _, s := range texts {
		if strings.Contains(s, "LYNC-DNS") {
			t.Errorf("a user reads %q", s)
		}
	}
}

// TestValidate runs Validate on every testdata/problems/*.yaml and
// compares the findings with the "# want CHECK:SEVERITY" comments: the
// same checks, severities and lines, nothing more.
func TestValidate(t *testing.T) {
	files, _ := filepath.Glob("testdata/problems/*.yaml")
	if len(files) == 0 {
		t.Fatal("no testdata/problems")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			topo := mustRead(t, file)
			var got []annotation
			for _, f := range topo.Validate() {
				if f.Pos.File != file {
					t.Errorf("finding in file %q, want %q", f.Pos.File, file)
				}
				got = append(got, annotation{Line: f.Pos.Line, Text: f.Check + ":" + f.Severity.String()})
			}
			want := wants(t, file)
			sortAnnotations(got)
			sortAnnotations(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s\nfindings:\n%s", diff, findingsText(topo))
			}
		})
	}
}

// sortAnnotations orders annotations by line and text, and drops repeats.
func sortAnnotations(as []annotation) {
	slices.SortFunc(as, func(a, b annotation) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Text, b.Text)
	})
}

// TestChecksDocumented makes sure every check Validate reports is known:
// an audit check, or one of Checks with its documentation.
func TestChecksDocumented(t *testing.T) {
	ids := []string{CheckLinkLocal, CheckReservedAAAA, CheckDocumentation, CheckExternalLocal,
		CheckPoolScopeMixed, CheckReservedA, CheckExternalPrivateA, CheckEdgeStack,
		CheckDomainWithoutPool, CheckWebServicesDNSLB, CheckMissingReverseProxy, CheckMissingWebExternal,
		CheckEdgeLoadBalancing, CheckSharedAddress}
	for _, id := range ids {
		c, ok := audit.Lookup(id)
		if !ok {
			c = findCheck(Checks(), id)
		}
		if c == nil || c.Title == "" || c.Text == "" || c.Ref == "" {
			t.Errorf("check %s is not documented", id)
		}
	}
	for _, c := range Checks() {
		if _, dup := audit.Lookup(c.ID); dup {
			t.Errorf("check %s is defined by both audit and topology", c.ID)
		}
		if c.Stage != "generate" || c.Bad == "" || c.Good == "" {
			t.Errorf("check %s: stage %q, bad and good examples needed", c.ID, c.Stage)
		}
	}
	if !slices.IsSortedFunc(Checks(), func(a, b *audit.Check) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("Checks() is not ordered by ID")
	}
}

// findCheck returns the check with an ID, or nil.
func findCheck(cs []*audit.Check, id string) *audit.Check {
	for _, c := range cs {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// TestCheckIDsKnown: every check ID Validate reports by is an audit check
// or one of Checks, whose severity and documentation it takes.
func TestCheckIDsKnown(t *testing.T) {
	for _, id := range []string{
		CheckLinkLocal, CheckReservedAAAA, CheckDocumentation, CheckExternalLocal, CheckPoolScopeMixed,
		CheckReservedA, CheckExternalPrivateA, CheckEdgeStack, CheckDomainWithoutPool, CheckWebServicesDNSLB,
		CheckMissingReverseProxy, CheckMissingWebExternal, CheckEdgeLoadBalancing, CheckSharedAddress,
	} {
		if _, ok := lookup(id); !ok {
			t.Errorf("check %s is no check", id)
		}
	}
}
