package rrdiff_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/internal/golden"
	"github.com/zonegen/zonegen/rrdiff"
	"github.com/zonegen/zonegen/zone"
)

// TestGolden compares testdata/NAME.old.zone with NAME.new.zone and checks
// the text and JSON forms of the diff against NAME.diff.golden and
// NAME.json.golden.
func TestGolden(t *testing.T) {
	olds, err := filepath.Glob(filepath.Join("testdata", "*.old.zone"))
	if err != nil || len(olds) == 0 {
		t.Fatalf("no test zones in testdata (%v)", err)
	}
	for _, old := range olds {
		name := strings.TrimSuffix(old, ".old.zone")
		t.Run(filepath.Base(name), func(t *testing.T) {
			d := rrdiff.Compare(readFile(t, old), readFile(t, name+".new.zone"))
			var text, js bytes.Buffer
			if err := d.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			if err := d.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, name+".diff.golden", text.Bytes())
			golden.Check(t, name+".json.golden", js.Bytes())
		})
	}
}

func readFile(t *testing.T, path string) []zone.Record {
	t.Helper()
	z := zone.ReadFile(path, zone.Options{Origin: "contoso.com."})
	if z.Err != nil {
		t.Fatalf("read zone: %v", z.Err)
	}
	return z.Records
}
