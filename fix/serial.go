package fix

import (
	"sort"

	"github.com/zonegen/zonegen/zone"
)

// bumpSerials sets a new serial in every zone that has an edit.
func (f *fixer) bumpSerials() error {
	touched := map[*zone.Zone]bool{}
	for _, a := range f.res.Added {
		touched[a.Zone] = true
	}
	zs := make([]*zone.Zone, 0, len(touched))
	for z := range touched {
		zs = append(zs, z)
	}
	sort.Slice(zs, func(i, j int) bool { return zs[i].File < zs[j].File })
	for _, z := range zs {
		if z.SOA == nil {
			continue
		}
		next, err := zone.NextSerial(z.SOA.Serial, f.opt.Serial, f.opt.Now)
		if err != nil {
			return err
		}
		if next != z.SOA.Serial {
			if err := f.ed.SetSerial(z.SOA.Pos, next); err != nil {
				return err
			}
		}
	}
	return nil
}
