package fix

import (
	"fmt"
	"sort"

	"github.com/zonegen/zonegen/zone"
)

// verify reads every changed zone again from the edited bytes and checks
// that it holds exactly the original records and the new ones, with the
// new serial.
func (f *fixer) verify() error {
	changed := map[string][]byte{}
	for _, c := range f.res.Changes {
		changed[c.File] = c.New
	}
	for _, z := range f.zones {
		if !touches(z, changed) {
			continue
		}
		if err := f.verifyZone(z, changed); err != nil {
			return fmt.Errorf("%s: the edit does not read back as intended, nothing written: %w", z.File, err)
		}
	}
	return nil
}

func touches(z *zone.Zone, changed map[string][]byte) bool {
	if _, ok := changed[z.File]; ok {
		return true
	}
	for _, inc := range z.Includes {
		if _, ok := changed[inc]; ok {
			return true
		}
	}
	return false
}

func (f *fixer) verifyZone(z *zone.Zone, changed map[string][]byte) error {
	after := zone.ReadFileWith(z.File, f.opt.Read, changed)
	if after.Err != nil {
		return after.Err
	}
	want := recordTexts(z.Records)
	for _, a := range f.res.Added {
		if a.Zone == z {
			want = append(want, a.Record.String())
		}
	}
	sort.Strings(want)
	got := recordTexts(after.Records)
	if i, ok := firstDifference(want, got); !ok {
		return fmt.Errorf("expected %q, read %q", at(want, i), at(got, i))
	}
	if z.SOA != nil && after.SOA != nil {
		if want, err := zone.NextSerial(z.SOA.Serial, f.opt.Serial, f.opt.Now); err == nil && after.SOA.Serial != want {
			return fmt.Errorf("serial %d, expected %d", after.SOA.Serial, want)
		}
	}
	return nil
}

// recordTexts lists the records in master file form, SOA records left out
// (the serial is checked on its own), sorted.
func recordTexts(rs []zone.Record) []string {
	out := make([]string, 0, len(rs))
	for i := range rs {
		if rs[i].Type != zone.TypeSOA {
			out = append(out, rs[i].String())
		}
	}
	sort.Strings(out)
	return out
}

func firstDifference(a, b []string) (int, bool) {
	for i := 0; i < len(a) || i < len(b); i++ {
		if at(a, i) != at(b, i) {
			return i, false
		}
	}
	return 0, true
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(nothing)"
}
