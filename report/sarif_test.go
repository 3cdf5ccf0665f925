package report

import (
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// The parts of a SARIF log that the tests and GitHub code scanning read.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool struct {
			Driver struct {
				Name           string      `json:"name"`
				InformationURI string      `json:"informationUri"`
				Version        string      `json:"version"`
				Rules          []sarifRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifRule struct {
		ID                   string    `json:"id"`
		ShortDescription     sarifText `json:"shortDescription"`
		FullDescription      sarifText `json:"fullDescription"`
		Help                 sarifText `json:"help"`
		HelpURI              string    `json:"helpUri"`
		DefaultConfiguration struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	sarifText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifText       `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations"`
	}
	sarifLocation struct {
		ID               int        `json:"id"`
		Message          *sarifText `json:"message,omitempty"`
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region *struct {
				StartLine int `json:"startLine"`
			} `json:"region,omitempty"`
		} `json:"physicalLocation"`
	}
)

// sarifSchema is the $schema that go-sarif writes for SARIF 2.1.0.
const sarifSchema = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json"

// parseSARIF renders res as SARIF and parses it back as plain JSON.
func parseSARIF(t *testing.T, res *audit.Result, opt Options) ([]byte, sarifLog) {
	t.Helper()
	out, err := renderSARIF(res, opt)
	if err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatalf("SARIF output does not parse as JSON: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("SARIF log has %d runs, want 1", len(log.Runs))
	}
	return out, log
}

func TestSARIF(t *testing.T) {
	_, log := parseSARIF(t, testResult(), testOptions(false))
	if log.Version != "2.1.0" {
		t.Errorf("version = %q, want 2.1.0", log.Version)
	}
	if log.Schema != sarifSchema {
		t.Errorf("$schema = %q, want %q", log.Schema, sarifSchema)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "zonegen" || d.InformationURI != "https://github.com/zonegen/zonegen" || d.Version != "1.2.3" {
		t.Errorf("driver = %q %q %q, want zonegen, its URI and 1.2.3", d.Name, d.InformationURI, d.Version)
	}
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"missing-aaaa", "no-lync-deployment", "pool-scope-mixed", "srv-port"}, ids); diff != "" {
		t.Errorf("rule ids (-want +got):\n%s", diff)
	}
	got := run.Results[1]
	if got.RuleID != "missing-aaaa" || got.Level != "error" {
		t.Errorf("result 1 = %s %s, want missing-aaaa error", got.RuleID, got.Level)
	}
	loc := got.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "zones/db.contoso.com" || loc.Region == nil || loc.Region.StartLine != 23 {
		t.Errorf("result 1 location = %+v, want zones/db.contoso.com line 23", loc)
	}
	var related []string
	for _, r := range got.RelatedLocations {
		p := r.PhysicalLocation
		related = append(related, strings.Join([]string{p.ArtifactLocation.URI, strconv.Itoa(p.Region.StartLine), strconv.Itoa(r.ID), r.Message.Text}, " | "))
	}
	want := []string{
		"zones/db.contoso.com | 30 | 1 | pool member of pool01.contoso.com.",
		"zones/inc/pool.inc | 4 | 2 | pool01.contoso.com. has AAAA fd00:10::11",
	}
	if diff := cmp.Diff(want, related); diff != "" {
		t.Errorf("result 1 related locations (-want +got):\n%s", diff)
	}
	if r := run.Results[3].Locations[0].PhysicalLocation.Region; r == nil || r.StartLine != 1 {
		t.Errorf("whole-file finding has region %+v, want line 1, which GitHub needs", r)
	}
}

// TestSARIFRule checks that a rule carries the check's documentation.
func TestSARIFRule(t *testing.T) {
	_, log := parseSARIF(t, &audit.Result{}, testOptions(false))
	rule := log.Runs[0].Tool.Driver.Rules[0]
	c := testChecks()[0]
	if rule.ShortDescription.Text != c.Title || rule.FullDescription.Text != c.Text {
		t.Errorf("rule descriptions = %q / %q, want the check's title and text", rule.ShortDescription.Text, rule.FullDescription.Text)
	}
	for _, s := range []string{c.Text, "fe03  IN AAAA  fd00:10::13", c.Ref} {
		if !strings.Contains(rule.Help.Text, s) || !strings.Contains(rule.Help.Markdown, s) {
			t.Errorf("rule help lacks %q:\n%s", s, rule.Help.Text)
		}
	}
	if rule.HelpURI != c.Ref {
		t.Errorf("helpUri = %q, want %q", rule.HelpURI, c.Ref)
	}
	levels := map[string]string{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		levels[r.ID] = r.DefaultConfiguration.Level
	}
	wantLevels := map[string]string{"missing-aaaa": "error", "no-lync-deployment": "note", "pool-scope-mixed": "error", "srv-port": "warning"}
	if diff := cmp.Diff(wantLevels, levels); diff != "" {
		t.Errorf("default levels (-want +got):\n%s", diff)
	}
}

// TestSARIFForGitHub checks what GitHub code scanning requires of an
// uploaded result: a ruleId that names a rule of the run, a level, a
// message, and at least one location with a relative artifact URI.
func TestSARIFForGitHub(t *testing.T) {
	res := testResult()
	res.Findings = append(res.Findings, audit.Finding{Check: "not-described", Severity: audit.Warning,
		Pos: zone.Pos{File: "zones/db.contoso.org", Line: 3}, Message: "a check without metadata"})
	_, log := parseSARIF(t, res, testOptions(false))
	run := log.Runs[0]
	if len(run.Results) != len(res.Findings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(res.Findings))
	}
	for i, r := range run.Results {
		if r.RuleID == "" || r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) ||
			run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleId %q, ruleIndex %d do not name a rule", i, r.RuleID, r.RuleIndex)
		}
		if !slices.Contains([]string{"error", "warning", "note"}, r.Level) {
			t.Errorf("result %d: level %q", i, r.Level)
		}
		if r.Message.Text == "" {
			t.Errorf("result %d: empty message", i)
		}
		if len(r.Locations) != 1 {
			t.Errorf("result %d: %d locations, want 1", i, len(r.Locations))
			continue
		}
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		u, err := url.Parse(uri)
		if err != nil || uri == "" || u.Scheme != "" || strings.HasPrefix(uri, "/") {
			t.Errorf("result %d: artifact URI %q is not a relative reference (%v)", i, uri, err)
		}
	}
}

// TestSARIFSchema validates the output against the SARIF 2.1.0 schema that
// go-sarif embeds.
func TestSARIFSchema(t *testing.T) {
	for name, res := range map[string]*audit.Result{"audit": testResult(), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			out, _ := parseSARIF(t, res, testOptions(false))
			log, err := sarif.FromBytes(out)
			if err != nil {
				t.Fatal(err)
			}
			if err := log.Validate(); err != nil {
				t.Errorf("SARIF output is not valid: %v", err)
			}
		})
	}
}

func TestFileURI(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "plain", in: "db.contoso.com", want: "db.contoso.com"},
		{name: "relative path", in: "zones/db.contoso.com", want: "zones/db.contoso.com"},
		{name: "space and percent", in: "zones/db 50%.zone", want: "zones/db%2050%25.zone"},
		{name: "colon in the first segment", in: "a:b.zone", want: "./a:b.zone"},
		{name: "absolute", in: "/etc/bind/db.contoso.com", want: "file:///etc/bind/db.contoso.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fileURI(tt.in); got != tt.want {
				t.Errorf("fileURI(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
