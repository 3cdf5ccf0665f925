package report

import (
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/workpath"
)

// Escaping of GitHub Actions workflow commands, as the runner's
// ActionCommand unescapes them: the message (data) escapes %, CR and LF;
// a property value also escapes : and , which separate properties.
var (
	escapeData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// renderGitHub writes one workflow command per finding:
// ::error file=F,line=L,title=CHECK::MESSAGE. An annotation has no
// related locations, so each related record is added to the message as a
// further line "file:line: note: NOTE". Files are named as workpath.Name
// names them relative to wd.
func renderGitHub(res *audit.Result, wd string) []byte {
	var b strings.Builder
	names := namer(res, wd)
	for f := range res.AllFindings() {
		b.WriteString("::" + githubCommand(f.Severity))
		b.WriteString(" file=" + escapeProperty.Replace(names.Name(f.Pos.File)))
		if f.Pos.Line > 0 {
			b.WriteString(",line=" + strconv.Itoa(f.Pos.Line))
		}
		b.WriteString(",title=" + escapeProperty.Replace(f.Check))
		b.WriteString("::" + escapeData.Replace(githubMessage(f, &names)) + "\n")
	}
	return []byte(b.String())
}

// githubCommand names the workflow command for a severity.
func githubCommand(s audit.Severity) string {
	switch s {
	case audit.Error:
		return "error"
	case audit.Warning:
		return "warning"
	}
	return "notice"
}

// githubMessage is the finding's message followed by its related records.
func githubMessage(f audit.Finding, names *workpath.Namer) string {
	var b strings.Builder
	b.WriteString(f.Message)
	for _, r := range f.Related {
		b.Write(appendPos([]byte("\n"), r.Pos, names))
		b.WriteString(": note: " + r.Note)
	}
	return b.String()
}
