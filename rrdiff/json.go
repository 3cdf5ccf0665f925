package rrdiff

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/zonegen/zonegen/zone"
)

// jsonVersion is the version of the JSON form; fields may be added without
// changing it.
const jsonVersion = 1

type jsonDiff struct {
	Version int          `json:"version"`
	Changes []jsonChange `json:"changes"`
	Summary jsonSummary  `json:"summary"`
}

type jsonChange struct {
	Name    string       `json:"name"`
	Type    string       `json:"type"`
	Class   string       `json:"class"`
	Added   []jsonRecord `json:"added"`
	Removed []jsonRecord `json:"removed"`
	TTL     *jsonTTL     `json:"ttl,omitempty"`
}

type jsonRecord struct {
	TTL   uint32 `json:"ttl"`
	Rdata string `json:"rdata"`
}

type jsonTTL struct {
	Old uint32 `json:"old"`
	New uint32 `json:"new"`
}

type jsonSummary struct {
	Owners     int `json:"owners"`
	Added      int `json:"added"`
	Removed    int `json:"removed"`
	TTLChanged int `json:"ttl_changed"`
}

// WriteJSON writes d as JSON, indented by two spaces, with a final newline:
//
//	{"version": 1,
//	 "changes": [{"name": "www.contoso.com.", "type": "A", "class": "IN",
//	              "added": [{"ttl": 3600, "rdata": "10.0.0.2"}], "removed": [],
//	              "ttl": {"old": 300, "new": 3600}}],
//	 "summary": {"owners": 1, "added": 1, "removed": 0, "ttl_changed": 1}}
//
// Lists are never null; "ttl" is there only when the RRset's TTL changed.
func (d Diff) WriteJSON(w io.Writer) error {
	s := d.Summary()
	out := jsonDiff{
		Version: jsonVersion,
		Changes: make([]jsonChange, 0, len(d.Changes)),
		Summary: jsonSummary(s),
	}
	for _, c := range d.Changes {
		out.Changes = append(out.Changes, newJSONChange(c))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write diff as json: %w", err)
	}
	return nil
}

func newJSONChange(c Change) jsonChange {
	jc := jsonChange{
		Name:    c.Name,
		Type:    c.Type.String(),
		Class:   c.Class.String(),
		Added:   jsonRecords(c.Added),
		Removed: jsonRecords(c.Removed),
	}
	if c.TTLChanged() {
		jc.TTL = &jsonTTL{Old: c.OldTTL, New: c.NewTTL}
	}
	return jc
}

func jsonRecords(rs []zone.Record) []jsonRecord {
	out := make([]jsonRecord, 0, len(rs))
	for i := range rs {
		out = append(out, jsonRecord{TTL: rs[i].TTL, Rdata: rs[i].Rdata()})
	}
	return out
}
