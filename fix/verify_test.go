package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zonegen/zonegen/zone"
)

// TestVerifyRefuses: an edit that loses, changes or adds a record the plan
// did not ask for is refused, and the message names the record missing
// or extra.
func TestVerifyRefuses(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.0.1\nfe01 A 10.0.1.11\n"
	tests := []struct {
		name, edited string
		want         string // in the message
	}{
		{"record lost", strings.Replace(text, "ns1 A 10.0.0.1\n", "", 1),
			`expected "ns1.contoso.com.\t3600\tIN\tA\t10.0.0.1", not read`},
		{"record changed", strings.Replace(text, "10.0.1.11", "10.0.1.12", 1),
			`expected "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", read "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.12" instead`},
		{"TTL changed", strings.Replace(text, "fe01 A", "fe01 300 A", 1),
			`expected "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", read "fe01.contoso.com.\t300\tIN\tA\t10.0.1.11" instead`},
		{"record added", text + "fe02 A 10.0.1.12\n",
			`read "fe02.contoso.com.\t3600\tIN\tA\t10.0.1.12", not expected`},
		{"record doubled", text + "fe01 A 10.0.1.11\n",
			`read "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", not expected`},
		{"does not parse", text + "fe02 A 10.0.1.300\n", "10.0.1.300"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "db.contoso.com")
			os.WriteFile(name, []byte(text), 0o644)
			z := zone.ReadFile(name, zone.Options{})
			f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, zones: []*zone.Zone{z}, res: &Result{}}
			f.res.Changes = []zone.Change{{File: name, Old: []byte(text), Edits: []zone.Edit{{Start: 0, End: len(text), New: tt.edited}}}}
			err := f.verify()
			if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want a refusal that says %s", err, tt.want)
			}
		})
	}
}

// TestVerifyFirstZone: with the zones read side by side, the refusal still
// names the first zone in reading order whose edit does not read back.
func TestVerifyFirstZone(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.0.1\n"
	dir := t.TempDir()
	f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, res: &Result{}}
	for i := range 8 {
		name := filepath.Join(dir, fmt.Sprintf("db.%d", i))
		os.WriteFile(name, []byte(text), 0o644)
		f.zones = append(f.zones, zone.ReadFile(name, zone.Options{}))
		edited := text + "; a comment\n"
		if i == 3 || i == 6 {
			edited = text + "fe02 A 10.0.1.12\n"
		}
		f.res.Changes = append(f.res.Changes, zone.Change{File: name, Old: []byte(text), Edits: []zone.Edit{{Start: 0, End: len(text), New: edited}}})
	}
	for range 20 {
		err := f.verify()
		if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, "db.3")+":") {
			t.Fatalf("err = %v, want the refusal of db.3", err)
		}
	}
}
