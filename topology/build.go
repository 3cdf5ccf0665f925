package topology

import (
	"strconv"

	"github.com/zonegen/zonegen/zone"
)

// Record is one generated record: the record as package zone models it,
// whose Pos is the topology file and line of the item that asked for it,
// and the group it is written under in a fragment (the role it serves).
type Record struct {
	zone.Record
	Group string
	// IPv4Mode, on an A record, says why its name may have no AAAA: the
	// item in IPv4 mode the record comes from (see IPv4Only); "" when the
	// item is not in IPv4 mode.
	IPv4Mode string
}

// builder collects the records of one view, group by group, dropping
// records already present (the same owner, type and data).
type builder struct {
	t       *Topology
	group   string
	mode    string // the IPv4Mode of the A records added now
	seen    map[string]bool
	records []Record
}

// newBuilder returns an empty builder for the topology.
func newBuilder(t *Topology) *builder {
	return &builder{t: t, seen: map[string]bool{}}
}

// section starts a group of records, titled after the item at line.
func (b *builder) section(title string, line int) {
	b.group = title + " (line " + strconv.Itoa(line) + ")"
}

// add appends a record unless it is already there.
func (b *builder) add(r zone.Record) {
	r.Class, r.TTL = zone.ClassIN, b.t.TTL
	key := r.Name + " " + r.Type.String() + " " + r.Rdata()
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	rec := Record{Record: r, Group: b.group}
	if r.Type == zone.TypeA {
		rec.IPv4Mode = b.mode
	}
	b.records = append(b.records, rec)
}

// addrs adds the A records of name, then its AAAA records. Each record is
// at line, or at its address's line when line is 0.
func (b *builder) addrs(name string, addrs []Address, line int) {
	for _, want4 := range []bool{true, false} {
		for _, a := range addrs {
			if a.IP.Is4() != want4 {
				continue
			}
			typ := zone.TypeAAAA
			if want4 {
				typ = zone.TypeA
			}
			r := zone.Record{Name: name, Type: typ}
			r.SetAddr(a.IP)
			r.SetPos(b.pos(line, a.Line))
			b.add(r)
		}
	}
}

// srv adds an SRV record with priority 0 and weight 0.
func (b *builder) srv(name string, port uint16, target string, line int) {
	r := zone.Record{Name: name, Type: zone.TypeSRV, Data: target}
	r.SetNumbers(0, 0, port)
	r.SetPos(b.pos(line, 0))
	b.add(r)
}

// pos returns the topology position of a record: line, or else fallback.
func (b *builder) pos(line, fallback int) zone.Pos {
	if line == 0 {
		line = fallback
	}
	return zone.Pos{File: b.t.File, Line: line}
}
