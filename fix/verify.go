package fix

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
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
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// refusal is the error of an edit that does not read back as intended,
// at the place of the record that differs (the zone's file when no record
// does): the user sees where to look, and the error is positioned once.
func refusal(at zone.Pos, err error) error {
	return fmt.Errorf("%s: the edit does not read back as intended, nothing written: %w", at, err)
}

// unreadable is the refusal of an edit of file whose edited bytes do not
// read (err): at the reader's position, which it then does not repeat
// (review 19 #11: "db.x: the edit does not read back ...: db.x:12: ...").
func unreadable(file string, err error) error {
	if ze, ok := errors.AsType[*zone.Error](err); ok && ze.Pos.File != "" {
		return refusal(ze.Pos, ze.Err)
	}
	return refusal(zone.Pos{File: file}, err)
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
		if err := f.changedSinceRead(z); err != nil {
			return err
		}
		return unreadable(z.File, after.Err)
	}
	recs := f.expected(added)
	if sum(z.Records, recs...) != got {
		if err := f.changedSinceRead(z); err != nil {
			return err
		}
		// read again, keeping the records, to say which one differs
		at, err := difference(z.Records, recs, zone.ReadFileWith(z.File, f.opt.Read, changed).Records)
		return refusal(f.oldPos(at, recs, z.File), err)
	}
	if z.SOA != nil && after.SOA != nil {
		if want, err := zone.NextSerial(z.SOA.Serial, f.opt.Serial, f.opt.Now); err == nil && after.SOA.Serial != want {
			if err := f.changedSinceRead(z); err != nil {
				return err
			}
			return refusal(z.SOA.Pos, fmt.Errorf("serial %d, expected %d", after.SOA.Serial, want))
		}
	}
	return nil
}

// changedSinceRead returns zone.ErrChanged, at z's file, when the files
// the edits were made on, as the editor read them, with z's other files
// as they are on disk now, do not read as z did: the zone changed on disk
// between fix's first reading and the editor's (test 13 D10: a record
// appended then was blamed on the edit, "does not read back as
// intended"). It is asked only of an edit that does not read back.
func (f *fixer) changedSinceRead(z *zone.Zone) error {
	base := make(map[string]zone.Content, len(f.res.Changes))
	for i := range f.res.Changes {
		c := &f.res.Changes[i]
		base[c.File] = c.Old
	}
	now := zone.ReadFileWith(z.File, f.opt.Read, base)
	same := now.Err == nil && sum(now.Records) == sum(z.Records) && (now.SOA == nil) == (z.SOA == nil) &&
		(z.SOA == nil || now.SOA.Serial == z.SOA.Serial)
	if same {
		return nil
	}
	return fmt.Errorf("%s: %w", z.File, zone.ErrChanged)
}

// differing is a record that the edited zone is missing or has too many
// of, and whether it was read from the edited bytes (its position is
// then in the new file, not the one the user has).
type differing struct {
	r    *zone.Record
	read bool
}

// oldPos returns where the user finds the record d in the files as they
// are: a missing record's own place (a new one's is the A or PTR record
// it follows); for a record read from the edited bytes, the place of the
// new record of the same text, else its line in the new file taken back
// across the edits (a line inserted: the line it follows). Without a
// record (the fingerprints collided) it is the zone's file.
func (f *fixer) oldPos(d differing, recs []zone.Record, file string) zone.Pos {
	if d.r == nil {
		return zone.Pos{File: file}
	}
	if !d.read {
		return d.r.Pos()
	}
	text := d.r.String()
	for i := range recs {
		if recs[i].String() == text {
			return recs[i].Pos()
		}
	}
	p := d.r.Pos()
	for _, c := range f.res.Changes {
		if c.File == p.File {
			p.Line = oldLine(&c, p.Line)
		}
	}
	return p
}

// oldLine returns the line of the file before the edits c that line of
// the edited file is, or follows when the edits inserted it.
func oldLine(c *zone.Change, line int) int {
	shift := 0 // lines inserted before the edit
	for _, e := range c.Edits {
		at := sort.SearchInts(c.Lines, e.Start) + 1                                        // the old line that starts at e.Start
		removed := sort.SearchInts(c.Lines, e.End+1) - sort.SearchInts(c.Lines, e.Start+1) // line ends in [Start, End)
		n := strings.Count(e.New, "\n") - removed
		switch {
		case line < at+shift:
			return line - shift
		case line < at+shift+n:
			return at - 1
		}
		shift += n
	}
	return line - shift
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
// records left out: the serial is checked on its own). It returns the
// missing record, else the one read too many times, for the place.
func difference(before, added, after []zone.Record) (differing, error) {
	want := map[string][]*zone.Record{} // by text, those not read yet
	for _, list := range [][]zone.Record{before, added} {
		for i := range list {
			if list[i].Type != zone.TypeSOA {
				t := list[i].String()
				want[t] = append(want[t], &list[i])
			}
		}
	}
	extra := map[string]*zone.Record{}
	for i := range after {
		if after[i].Type == zone.TypeSOA {
			continue
		}
		if t := after[i].String(); len(want[t]) > 0 {
			want[t] = want[t][1:]
		} else if extra[t] == nil {
			extra[t] = &after[i]
		}
	}
	missing := map[string]*zone.Record{}
	for t, rs := range want {
		if len(rs) > 0 {
			missing[t] = rs[0]
		}
	}
	m, x := least(missing), least(extra)
	at := differing{r: extra[x], read: true}
	if m != "" {
		at = differing{r: missing[m]}
	}
	return at, differenceError(m, x)
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

// least returns the least of the texts in sort order, "" for none.
func least(texts map[string]*zone.Record) string {
	if len(texts) == 0 {
		return ""
	}
	return slices.Min(slices.Collect(maps.Keys(texts)))
}
