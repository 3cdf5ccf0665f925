package report

import (
	"bytes"
	"encoding/json"
	"net/netip"

	"github.com/zonegen/zonegen/audit"
)

// jsonVersion is the version of the JSON report; it changes only when a
// field changes meaning or goes away, not when one is added.
const jsonVersion = 1

// The JSON report, with the field names of DESIGN.md. Lists are never
// nil, so that an empty one is written as [] and not null.
type (
	jsonReport struct {
		Version  int           `json:"version"`
		Zones    []jsonZone    `json:"zones"`
		Hosts    []jsonHost    `json:"hosts"`
		Findings []jsonFinding `json:"findings"`
		Summary  jsonSummary   `json:"summary"`
	}
	jsonZone struct {
		File      string `json:"file"`
		Origin    string `json:"origin"`
		Records   int    `json:"records"`
		LyncHosts int    `json:"lync_hosts"`
	}
	jsonHost struct {
		Name   string   `json:"name"`
		Roles  []string `json:"roles"`
		A      []string `json:"a"`
		AAAA   []string `json:"aaaa"`
		Scopes []string `json:"scopes"`
	}
	jsonFinding struct {
		Check    string        `json:"check"`
		Severity string        `json:"severity"`
		Name     string        `json:"name"`
		File     string        `json:"file"`
		Line     int           `json:"line"` // 0: the finding is about the whole file
		Message  string        `json:"message"`
		Related  []jsonRelated `json:"related,omitempty"`
	}
	jsonRelated struct {
		File string `json:"file"`
		Line int    `json:"line"`
		Note string `json:"note"`
	}
	jsonSummary struct {
		Error   int `json:"error"`
		Warning int `json:"warning"`
		Info    int `json:"info"`
	}
)

// renderJSON writes res as an indented JSON document ending in a newline.
func renderJSON(res *audit.Result) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // messages quote zone data; keep < > & readable
	if err := enc.Encode(newJSONReport(res)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func newJSONReport(res *audit.Result) jsonReport {
	n := res.Count()
	r := jsonReport{
		Version:  jsonVersion,
		Zones:    make([]jsonZone, 0, len(res.Zones)),
		Hosts:    make([]jsonHost, 0, len(res.Hosts)),
		Findings: make([]jsonFinding, 0, len(res.Findings)),
		Summary:  jsonSummary{Error: n[audit.Error], Warning: n[audit.Warning], Info: n[audit.Info]},
	}
	for _, z := range res.Zones {
		r.Zones = append(r.Zones, jsonZone{File: z.File, Origin: z.Origin, Records: z.Records, LyncHosts: z.LyncHosts})
	}
	for _, h := range res.Hosts {
		r.Hosts = append(r.Hosts, jsonHost{
			Name:   h.Name,
			Roles:  nonNil(h.Roles),
			A:      addrs(h.A),
			AAAA:   addrs(h.AAAA),
			Scopes: nonNil(h.Scopes),
		})
	}
	for _, f := range res.Findings {
		r.Findings = append(r.Findings, newJSONFinding(f))
	}
	return r
}

func newJSONFinding(f audit.Finding) jsonFinding {
	jf := jsonFinding{
		Check:    f.Check,
		Severity: f.Severity.String(),
		Name:     f.Name,
		File:     f.Pos.File,
		Line:     f.Pos.Line,
		Message:  f.Message,
	}
	for _, r := range f.Related {
		jf.Related = append(jf.Related, jsonRelated{File: r.Pos.File, Line: r.Pos.Line, Note: r.Note})
	}
	return jf
}

// nonNil returns ss, or an empty list for nil.
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// addrs returns the addresses in their text form (RFC 5952 for IPv6).
func addrs(as []netip.Addr) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.String())
	}
	return out
}
