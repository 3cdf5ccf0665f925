package fix

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
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
	recs := f.expected(added)
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

// expected returns the new records that the zone should read back, the
// records of f.res.Added at the places added: each as many times as the
// zone reads the record it goes after (Addition.reads), since it reads
// the new line with it. A file the zone $INCLUDEs twice gets its new line
// once, and the zone reads it twice, as it reads the A record twice.
func (f *fixer) expected(added []int) []zone.Record {
	recs := make([]zone.Record, 0, len(added))
	for _, i := range added {
		a := &f.res.Added[i]
		for range max(a.reads, 1) {
			recs = append(recs, a.Record)
		}
	}
	return recs
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

// difference finds, the slow way, a record that the edited zone is
// missing or has too many of, for the message: the first of each, in
// sorted order, compared as lists of records that may repeat (SOA
// records left out: the serial is checked on its own).
func difference(before, added, after []zone.Record) error {
	want := map[string]int{}
	for _, list := range [][]zone.Record{before, added} {
		for i := range list {
			if list[i].Type != zone.TypeSOA {
				want[list[i].String()]++
			}
		}
	}
	var extra, missing []string
	for i := range after {
		if after[i].Type == zone.TypeSOA {
			continue
		}
		if t := after[i].String(); want[t] > 0 {
			want[t]--
		} else {
			extra = append(extra, t)
		}
	}
	for t, n := range want {
		if n > 0 {
			missing = append(missing, t)
		}
	}
	return differenceError(least(missing), least(extra))
}

// differenceError says which record is missing, which is extra, or both.
func differenceError(missing, extra string) error {
	switch {
	case missing != "" && extra != "":
		return fmt.Errorf("expected %q, read %q instead", missing, extra)
	case missing != "":
		return fmt.Errorf("expected %q, not read", missing)
	case extra != "":
		return fmt.Errorf("read %q, not expected", extra)
	}
	return errors.New("the records read differ from those expected") // a fingerprint collision
}

// least returns the least of texts in sort order, "" for none.
func least(texts []string) string {
	if len(texts) == 0 {
		return ""
	}
	return slices.Min(texts)
}
