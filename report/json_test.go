package report

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// decodeJSON renders res as JSON and decodes it without a schema, so that
// the test sees exactly the fields and types that a consumer sees.
func decodeJSON(t *testing.T, res *audit.Result) map[string]any {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, "json", res, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.Bytes()
	if !strings.HasSuffix(string(out), "}\n") {
		t.Errorf("JSON report does not end with a newline: %q", out[len(out)-3:])
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("JSON report does not parse: %v", err)
	}
	return doc
}

func TestJSONFields(t *testing.T) {
	doc := decodeJSON(t, testResult())
	at := func(path ...any) any {
		var v any = doc
		for _, p := range path {
			switch k := p.(type) {
			case string:
				v = v.(map[string]any)[k]
			case int:
				v = v.([]any)[k]
			}
		}
		return v
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{name: "version", got: at("version"), want: 1.0},
		{name: "zone", got: at("zones", 0), want: map[string]any{
			"file": "zones/db.contoso.com", "origin": "contoso.com.", "records": 42.0, "lync_hosts": 3.0}},
		{name: "host addresses are strings", got: at("hosts", 1, "aaaa"), want: []any{"fd00:10::11", "2001:db8::12"}},
		{name: "host without AAAA has an empty list", got: at("hosts", 0, "aaaa"), want: []any{}},
		{name: "host without scopes has an empty list", got: at("hosts", 0, "scopes"), want: []any{}},
		{name: "finding with related", got: at("findings", 1), want: map[string]any{
			"check": "missing-aaaa", "severity": "error", "name": "fe03.contoso.com.",
			"file": "zones/db.contoso.com", "line": 23.0,
			"message": "fe03.contoso.com. has A 10.0.1.13 and no AAAA",
			"related": []any{
				map[string]any{"file": "zones/db.contoso.com", "line": 30.0, "note": "pool member of pool01.contoso.com."},
				map[string]any{"file": "zones/inc/pool.inc", "line": 4.0, "note": "pool01.contoso.com. has AAAA fd00:10::11"},
			}}},
		{name: "finding without related has an empty list, line 0 is kept", got: at("findings", 3), want: map[string]any{
			"check": "no-lync-deployment", "severity": "info", "name": "contoso.net.",
			"file": "zones/db.contoso.net", "line": 0.0,
			"message": "nothing in contoso.net. looks like a Lync deployment", "related": []any{}}},
		{name: "summary", got: at("summary"), want: map[string]any{"error": 2.0, "warning": 1.0, "info": 1.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONEmpty(t *testing.T) {
	got := decodeJSON(t, &audit.Result{})
	want := map[string]any{
		"version":  1.0,
		"zones":    []any{},
		"hosts":    []any{},
		"findings": []any{},
		"summary":  map[string]any{"error": 0.0, "warning": 0.0, "info": 0.0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("empty report mismatch (-want +got):\n%s", diff)
	}
}

// TestJSONStringsAsEncodingJSON: the hand-written encoder quotes strings
// exactly as encoding/json does without HTML escaping.
func TestJSONStringsAsEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "quote\" back\\slash", "line\nend\r\ttab\x00\x1f\x7f",
		"café ⚠", "bad \xff\xfe utf-8", "sep \u2028 \u2029", "<html> & more", strings.Repeat("é", 300)} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		j := &jsonWriter{}
		j.str(s)
		if diff := cmp.Diff(strings.TrimSuffix(want.String(), "\n"), string(j.out)); diff != "" {
			t.Errorf("%q (-encoding/json +ours):\n%s", s, diff)
		}
	}
}

// TestJSONLongLists: lists long enough to be written in chunks side by
// side come out as one list, in order, indented as encoding/json indents.
func TestJSONLongLists(t *testing.T) {
	res := &audit.Result{}
	for i := range 3*4096 + 7 {
		res.Findings = append(res.Findings, audit.Finding{Check: "missing-aaaa", Name: "h.example.",
			Pos: zone.Pos{File: "db", Line: i + 1}, Message: "m"})
	}
	for i := range 4096 + 1 {
		res.HostList = append(res.HostList, audit.Host{Name: "h" + strconv.Itoa(i) + ".example.", Roles: []string{"address"}})
	}
	var b bytes.Buffer
	if err := Write(&b, "json", res, Options{}); err != nil {
		t.Fatal(err)
	}
	var compact, indented bytes.Buffer
	if err := json.Compact(&compact, b.Bytes()); err != nil {
		t.Fatalf("JSON report does not parse: %v", err)
	}
	json.Indent(&indented, compact.Bytes(), "", "  ")
	if got, want := b.String(), indented.String()+"\n"; got != want {
		t.Errorf("indentation differs from encoding/json's")
	}
	var doc struct {
		Hosts    []audit.Host
		Findings []struct{ Line int }
	}
	json.Unmarshal(b.Bytes(), &doc)
	if len(doc.Hosts) != len(res.HostList) || len(doc.Findings) != len(res.Findings) {
		t.Fatalf("%d hosts and %d findings, want %d and %d", len(doc.Hosts), len(doc.Findings), len(res.HostList), len(res.Findings))
	}
	for i, f := range doc.Findings {
		if f.Line != i+1 || doc.Hosts[i%len(doc.Hosts)].Name != res.HostList[i%len(doc.Hosts)].Name {
			t.Fatalf("element %d out of order", i)
		}
	}
}

// TestHostPlace: the i-th place not skipped, against a walk through all
// places, for skip lists at the start, in the middle, at the end and
// running together.
func TestHostPlace(t *testing.T) {
	for _, skip := range [][]int{nil, {0}, {0, 1, 2}, {3}, {2, 3, 7}, {1, 4, 5, 6, 9}, {9}} {
		skipped := map[int]bool{}
		for _, s := range skip {
			skipped[s] = true
		}
		i := 0
		for place := range 10 {
			if skipped[place] {
				continue
			}
			if got := hostPlace(i, skip); got != place {
				t.Errorf("hostPlace(%d, %v) = %d, want %d", i, skip, got, place)
			}
			i++
		}
	}
}
