package report

import (
	"bytes"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/zone"
)

// The tool as SARIF names it.
const (
	toolName = "zonegen"
	toolURI  = "https://github.com/zonegen/zonegen"
)

// renderSARIF writes res as a SARIF 2.1.0 log with one run: a rule for
// each check and a result for each finding, in the subset that GitHub code
// scanning reads (ruleId, level, message, one physical location with a
// relative URI, relatedLocations). The model and its schema are
// go-sarif's.
func renderSARIF(res *audit.Result, opt Options) ([]byte, error) {
	run := sarif.NewRunWithInformationURI(toolName, toolURI)
	if opt.ToolVersion != "" {
		run.Tool.Driver.WithVersion(opt.ToolVersion)
	}
	for _, c := range opt.Checks {
		addRule(run, c)
	}
	names := namer(res, opt.WorkDir)
	for f := range res.AllFindings() {
		if run.GetRuleIndex(f.Check) < 0 {
			// A check the caller did not describe still needs a rule,
			// so that ruleIndex points somewhere.
			run.AddRule(f.Check).WithDescription(f.Check)
		}
		addResult(run, f, &names)
	}
	log := sarif.NewReport().AddRun(run)
	var b bytes.Buffer
	if err := log.PrettyWrite(&b); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// addRule describes check c as a SARIF rule.
func addRule(run *sarif.Run, c *audit.Check) {
	title := c.Title
	if title == "" {
		title = c.ID
	}
	rule := run.AddRule(c.ID).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(title)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(c.Severity)))
	if c.Text != "" {
		rule.WithFullDescription(sarif.NewMultiformatMessageString().WithText(c.Text))
	}
	if help := helpText(c); help != "" {
		rule.WithHelp(sarif.NewMultiformatMessageString().WithText(help).WithMarkdown(helpMarkdown(c)))
	}
	if strings.HasPrefix(c.Ref, "https://") || strings.HasPrefix(c.Ref, "http://") {
		rule.WithHelpURI(c.Ref)
	}
}

// addResult adds finding f to the run, located at its record and pointing
// at its related records, its files named by names.
func addResult(run *sarif.Run, f audit.Finding, names *workpath.Namer) {
	r := run.CreateResultForRule(f.Check).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message)).
		AddLocation(sarif.NewLocationWithPhysicalLocation(physicalLocation(f.Pos, names)))
	for i, rel := range f.Related {
		r.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(physicalLocation(rel.Pos, names)).
			WithID(i + 1). // location ids must be unique within a result
			WithMessage(sarif.NewTextMessage(rel.Note)))
	}
}

// physicalLocation points at p: the file named by names, and its line,
// line 1 when p is about the whole file (Line 0). SARIF lets such a
// location go without a region, but GitHub code scanning places a result
// by its region.startLine and wants one on every result (its SARIF rule
// GH1003, test 19a D5).
func physicalLocation(p zone.Pos, names *workpath.Namer) *sarif.PhysicalLocation {
	return sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(fileURI(names.Name(p.File)))).
		WithRegion(sarif.NewRegion().WithStartLine(max(p.Line, 1)))
}

// fileURI turns a file name into a URI reference: forward slashes,
// percent-escaped where a URI needs it. A relative name stays relative
// (code scanning resolves it against the repository root); an absolute
// one becomes a file: URI.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	u := url.URL{Path: p}
	if filepath.IsAbs(name) {
		u.Scheme = "file"
		if !strings.HasPrefix(p, "/") {
			u.Path = "/" + p // C:/zones/db.x
		}
	}
	return u.String()
}

// sarifLevel maps a severity to a SARIF level: error, warning or note.
func sarifLevel(s audit.Severity) string {
	switch s {
	case audit.Error:
		return sarif.LevelError
	case audit.Warning:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}

// helpText is the rule's help in plain text: its text, the bad and the
// fixed example, and the reference.
func helpText(c *audit.Check) string {
	return help(c, func(s string) string { return strings.TrimRight(s, "\n") })
}

// helpMarkdown is helpText with the examples as Markdown code blocks.
func helpMarkdown(c *audit.Check) string {
	return help(c, func(s string) string {
		return "\n```\n" + strings.TrimRight(s, "\n") + "\n```"
	})
}

// help joins the parts of a check's documentation that are present,
// writing each example with example.
func help(c *audit.Check, example func(string) string) string {
	var parts []string
	if c.Text != "" {
		parts = append(parts, c.Text)
	}
	if c.Bad != "" {
		parts = append(parts, "Bad:\n"+example(c.Bad))
	}
	if c.Good != "" {
		parts = append(parts, "Good:\n"+example(c.Good))
	}
	if c.Ref != "" {
		parts = append(parts, "Reference: "+c.Ref)
	}
	return strings.Join(parts, "\n\n")
}
