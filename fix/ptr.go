package fix

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// addPTRs adds, for every new AAAA whose reverse zone is in the set, a PTR
// to the host, after the PTR of the nearest lower address.
func (f *fixer) addPTRs() error {
	// The new AAAA records by place in Added, not copied: 100k
	// additions of 136 bytes each are not worth a second list.
	var adds []int
	for i := range f.res.Added {
		if f.res.Added[i].Record.Type == zone.TypeAAAA {
			adds = append(adds, i)
		}
	}
	added := f.res.Added // addPTR appends to f.res.Added: the AAAA records stay where they are here
	sort.SliceStable(adds, func(i, j int) bool { return added[adds[i]].Record.Addr().Less(added[adds[j]].Record.Addr()) })
	for _, i := range adds {
		if err := f.addPTR(added[i]); err != nil {
			return err
		}
	}
	return nil
}

func (f *fixer) addPTR(a Addition) error {
	rev, err := zone.ReverseName(a.Record.Addr().String())
	if err != nil {
		return nil
	}
	z := f.reverseZone(rev)
	if z == nil || len(f.records(rev, zone.TypePTR)) > 0 {
		return nil
	}
	after := neighbour(z, a.Record.Addr())
	if after == nil {
		return nil
	}
	line, err := f.ed.Neighbour(after, rev, "PTR", a.Record.Name)
	if err != nil {
		return err
	}
	rec := zone.Record{Name: rev, Type: zone.TypePTR, Class: after.Class, TTL: after.TTL, Data: a.Record.Name}
	rec.SetPos(after.Pos())
	f.res.Added = append(f.res.Added, Addition{Zone: z, Record: rec, Line: line, Source: a.Source})
	return f.ed.InsertAfter(after.Pos(), line)
}

// reverseZone returns the ip6.arpa zone of the set that holds rev.
func (f *fixer) reverseZone(rev string) *zone.Zone {
	var best *zone.Zone
	for _, z := range f.zones {
		if strings.HasSuffix(z.Origin, "ip6.arpa.") && zone.IsSubdomain(z.Origin, rev) &&
			(best == nil || len(z.Origin) > len(best.Origin)) {
			best = z
		}
	}
	return best
}

// neighbour picks the record a new PTR for addr goes after: the PTR of
// the greatest lower address, else the record before the zone's first PTR,
// else the zone's last record.
func neighbour(z *zone.Zone, addr netip.Addr) *zone.Record {
	var below *zone.Record
	var belowAddr netip.Addr
	firstPTR := -1
	for i := range z.Records {
		r := &z.Records[i]
		if r.Type != zone.TypePTR {
			continue
		}
		if firstPTR < 0 {
			firstPTR = i
		}
		if a, ok := reverseAddr(r.Name); ok && a.Less(addr) && (below == nil || belowAddr.Less(a)) {
			below, belowAddr = r, a
		}
	}
	switch {
	case below != nil:
		return below
	case firstPTR > 0:
		return &z.Records[firstPTR-1]
	case len(z.Records) > 0:
		return &z.Records[len(z.Records)-1]
	}
	return nil
}

// reverseAddr reads the address of a full ip6.arpa name.
func reverseAddr(name string) (netip.Addr, bool) {
	labels := strings.Split(strings.TrimSuffix(name, ".ip6.arpa."), ".")
	if len(labels) != 32 {
		return netip.Addr{}, false
	}
	var b [16]byte
	for i, l := range labels {
		if len(l) != 1 {
			return netip.Addr{}, false
		}
		v := strings.IndexByte("0123456789abcdef", l[0])
		if v < 0 {
			return netip.Addr{}, false
		}
		n := 31 - i // nibble index from the left
		if n%2 == 0 {
			b[n/2] |= byte(v) << 4
		} else {
			b[n/2] |= byte(v)
		}
	}
	return netip.AddrFrom16(b), true
}
