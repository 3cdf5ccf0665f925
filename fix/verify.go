package fix

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"runtime"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/zonegen/zonegen/zone"
)

// verify reads every changed zone again from the edited bytes and checks
// that it holds exactly the original records and the new ones, with the
// new serial. The zones are read side by side, on every core (a large
// one is also read in segments side by side); the error is the first
// zone's in the order they were read.
func (f *fixer) verify() error {
	changed := map[string]zone.Content{}
	for _, c := range f.res.Changes {
		changed[c.File] = c.NewContent() // read through the edits: no copy of the file
	}
	added := addedByZone(f.res.Added)
	errs := make([]error, len(f.zones))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, z := range f.zones {
		if touches(z, changed) {
			g.Go(func() error { errs[i] = f.verifyZone(z, changed, added[z]); return nil })
		}
	}
	g.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("%s: the edit does not read back as intended, nothing written: %w", f.zones[i].File, err)
		}
	}
	return nil
}

func touches(z *zone.Zone, changed map[string]zone.Content) bool {
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

// verifyZone verifies zone z, whose new records are at the places added
// in f.res.Added.
func (f *fixer) verifyZone(z *zone.Zone, changed map[string]zone.Content, added []int) error {
	var mu sync.Mutex
	var got fingerprint
	after := zone.ReadFileEach(z.File, f.opt.Read, changed, func(rs []zone.Record) {
		fp := sum(rs)
		mu.Lock()
		defer mu.Unlock()
		got.add(fp)
	})
	if after.Err != nil {
		return after.Err
	}
	recs := make([]zone.Record, len(added))
	for k, i := range added {
		recs[k] = f.res.Added[i].Record
	}
	if sum(z.Records, recs...) != got {
		// read again, keeping the records, to say which one differs
		return difference(z.Records, recs, zone.ReadFileWith(z.File, f.opt.Read, changed).Records)
	}
	if z.SOA != nil && after.SOA != nil {
		if want, err := zone.NextSerial(z.SOA.Serial, f.opt.Serial, f.opt.Now); err == nil && after.SOA.Serial != want {
			return fmt.Errorf("serial %d, expected %d", after.SOA.Serial, want)
		}
	}
	return nil
}

// fingerprint sums a hash of each record (SOA records aside: the serial is
// checked on its own): two lists of records with equal fingerprints hold
// the same records, in any order, with a chance of error far below that
// of a disk error. It is linear, where sorting the texts of a million
// records took seconds.
type fingerprint struct {
	n, sum, squares uint64
}

// add adds the fingerprint of more records.
func (fp *fingerprint) add(more fingerprint) {
	fp.n += more.n
	fp.sum += more.sum
	fp.squares += more.squares
}

var seed = maphash.MakeSeed()

func sum(recs []zone.Record, more ...zone.Record) fingerprint {
	var fp fingerprint
	var h maphash.Hash
	h.SetSeed(seed)
	for _, list := range [][]zone.Record{recs, more} {
		for i := range list {
			r := &list[i]
			if r.Type == zone.TypeSOA {
				continue
			}
			h.Reset()
			writeRecord(&h, r)
			v := h.Sum64()
			fp.n++
			fp.sum += v
			fp.squares += v * v
		}
	}
	return fp
}

// writeRecord hashes every field that makes a record what it is.
func writeRecord(h *maphash.Hash, r *zone.Record) {
	h.WriteString(r.Name)
	h.WriteByte(0)
	h.WriteString(r.Data)
	b := r.Addr().As16()
	h.Write(b[:])
	var n [14]byte
	binary.LittleEndian.PutUint32(n[0:], r.TTL)
	binary.LittleEndian.PutUint16(n[4:], uint16(r.Type))
	binary.LittleEndian.PutUint16(n[6:], uint16(r.Class))
	binary.LittleEndian.PutUint16(n[8:], r.Priority())
	binary.LittleEndian.PutUint16(n[10:], r.Weight())
	binary.LittleEndian.PutUint16(n[12:], r.Port())
	h.Write(n[:])
}

// difference finds, the slow way, a record that differs, for the message.
func difference(before, added, after []zone.Record) error {
	want := append(recordTexts(before), recordTexts(added)...)
	sort.Strings(want)
	got := recordTexts(after)
	i, _ := firstDifference(want, got)
	return fmt.Errorf("expected %q, read %q", at(want, i), at(got, i))
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
