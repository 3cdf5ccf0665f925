package fix

import (
	"net/netip"
	"slices"
	"sort"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// reverseZones returns the ip6.arpa zones of the set that take the PTR of
// reverse name rev for a new AAAA in zone fwd: the zone of the longest
// origin that rev is under; with views (several zones of that origin),
// the one of fwd's view, or each of them when fwd is given once and so is
// in every view.
func (f *fixer) reverseZones(rev string, fwd *zone.Zone) []*reverseZone {
	f.indexReverses()
	for name := rev; name != ""; _, name, _ = strings.Cut(name, ".") {
		rzs := f.ptr.reverses[name]
		if len(rzs) == 0 {
			continue
		}
		v, own := f.ptr.view[fwd]
		switch {
		case len(rzs) == 1 || !own:
		case v < len(rzs):
			rzs = rzs[v : v+1]
		default:
			return nil // fwd's view has no zone of that origin
		}
		for _, rz := range rzs {
			if rz.ptrs == nil {
				rz.index()
			}
		}
		return rzs
	}
	return nil
}

// indexReverses finds the ip6.arpa zones of the set by origin, and the
// view of each zone whose origin is given more than once, as the audit
// splits views (audit.Views).
func (f *fixer) indexReverses() {
	if f.ptr.reverses != nil {
		return
	}
	f.ptr.reverses, f.ptr.view = map[string][]*reverseZone{}, audit.Views(f.zones)
	for _, z := range f.zones {
		if strings.HasSuffix(z.Origin, "ip6.arpa.") {
			f.ptr.reverses[z.Origin] = append(f.ptr.reverses[z.Origin], &reverseZone{z: z})
		}
	}
}

// reverseZone is an ip6.arpa zone of the set and the PTR records of its
// own file sorted by address, read once: reading the whole zone again for
// each new PTR made fix quadratic (100k records next to a reverse zone of
// 20k PTRs took two minutes). Only the zone's own file takes new PTRs: an
// $INCLUDEd file (an ns.inc with the zone's NS records) may be shared by
// other zones, which a PTR there would change too.
type reverseZone struct {
	z        *zone.Zone
	ptrs     []ptrAt      // the first PTR of each full ip6.arpa name in the zone's file, by address
	fallback *zone.Record // where a PTR with no lower address goes, nil when the file has no records
	// models are the records of the file before the fallback, nearest
	// first, with its TTL: the new PTR's line may copy their layout when
	// the fallback's line cannot serve (zone.Editor.Neighbour).
	models []*zone.Record
	// aliases holds the names of the zone with a CNAME record (RFC 2317
	// style: the PTR is at the CNAME's target): a PTR beside one is
	// "CNAME and other data", for which BIND refuses the whole zone.
	aliases map[string]bool
}

// maxModels bounds the records looked back at for a PTR's layout: the
// SOA of a reverse zone without PTRs is a few NS records back.
const maxModels = 16

// ptrAt is a PTR record, the address its name stands for, and the last
// record of its run (zone.RunEnd), which a new PTR goes after.
type ptrAt struct {
	addr   netip.Addr
	r, end *zone.Record
}

// index sorts the PTR records of the zone's own file by address, keeping
// the first in file order of each address, each placed at the end of its
// run (end): a new PTR inside a run of another owner splits it, and BIND then
// serves the owner's PTRs with another TTL (`::5 300 PTR`, `::5 600 PTR`
// went from 300 to 600 with the new `::6` between them). It picks the
// fallback: the last record of the file before its first PTR, else its
// last record.
func (rz *reverseZone) index() {
	rz.ptrs, rz.fallback, rz.aliases = []ptrAt{}, nil, map[string]bool{}
	var beforePTR, last int = -1, -1 // of the zone's own file, places in Records
	seenPTR := false
	for i := range rz.z.Records {
		r := &rz.z.Records[i]
		if r.Type == zone.TypeCNAME {
			rz.aliases[r.Name] = true // in any file of the zone
		}
		if r.Pos().File != rz.z.File || r.Class != rz.z.Class {
			continue // another class's record is no model: BIND refuses it (test 17 D5)
		}
		last = i
		if r.Type != zone.TypePTR {
			if !seenPTR {
				beforePTR = i
			}
			continue
		}
		seenPTR = true
		if a, ok := zone.AddrOfReverse(r.Name); ok && a.Is6() { // an in-addr.arpa name lies outside the zone
			rz.ptrs = append(rz.ptrs, ptrAt{a, r, &rz.z.Records[zone.RunEnd(rz.z.Records, i)]})
		}
	}
	at := last
	if seenPTR && beforePTR >= 0 {
		at = beforePTR
	}
	if at >= 0 {
		rz.fallback, rz.models = &rz.z.Records[at], rz.modelsBefore(at)
	}
	sort.SliceStable(rz.ptrs, func(i, j int) bool { return rz.ptrs[i].addr.Less(rz.ptrs[j].addr) })
	rz.ptrs = slices.CompactFunc(rz.ptrs, func(a, b ptrAt) bool { return a.addr == b.addr })
}

// modelsBefore returns the records of the zone's own file before the one
// at place at in Records, nearest first, while they have its TTL, at most
// maxModels of them.
func (rz *reverseZone) modelsBefore(at int) []*zone.Record {
	var out []*zone.Record
	r := &rz.z.Records[at]
	for i := at - 1; i >= 0 && len(out) < maxModels; i-- {
		m := &rz.z.Records[i]
		if m.Pos().File != rz.z.File || m.TTL != r.TTL || m.Class != rz.z.Class {
			break
		}
		out = append(out, m)
	}
	return out
}

// neighbour picks the record whose line a new PTR for addr is laid out
// like, in the zone's own file, and the record it goes after: the PTR of
// the greatest lower address and the end of its run, else the fallback
// twice.
func (rz *reverseZone) neighbour(addr netip.Addr) (model, at *zone.Record) {
	i := sort.Search(len(rz.ptrs), func(i int) bool { return !rz.ptrs[i].addr.Less(addr) })
	if i > 0 {
		return rz.ptrs[i-1].r, rz.ptrs[i-1].end
	}
	return rz.fallback, rz.fallback
}
