package benchzone

import (
	"bufio"
	"io"
	"math/rand/v2"
	"net/netip"
	"strconv"
)

// gen is the state of one run. Its allocators and counters outlive a file,
// so that the zones of a directory do not share addresses or names.
type gen struct {
	opt    Options
	w      *bufio.Writer
	rng    *rand.Rand
	line   []byte
	st     Stats
	left   int    // records still to write in this file
	apex   string // the zone's origin
	origin string // the origin in force
	ttl    uint32 // the $TTL in force
	owned  bool   // a record with an owner was written since the last $ORIGIN

	lync, plain *allocator
	subnets     map[netip.Prefix]bool
}

func newGen(opt Options) *gen {
	g := &gen{
		opt:     opt,
		rng:     rand.New(rand.NewPCG(opt.Seed, 0x7a6f6e6567656e)),
		subnets: map[netip.Prefix]bool{},
	}
	seen := func(p netip.Prefix) {
		if !g.subnets[p] {
			g.subnets[p] = true
			g.st.Subnets = append(g.st.Subnets, p)
		}
	}
	g.lync, g.plain = newAllocator(lyncBase, seen), newAllocator(plainBase, seen)
	return g
}

// Write writes a zone of exactly opt.Records records to w and says what it
// holds.
func Write(w io.Writer, opt Options) (Stats, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	g := newGen(opt)
	err = g.zone(w, opt.Origin, opt.Records)
	return g.st, err
}

// zone writes one zone file: the apex, then sites until the records are
// written.
func (g *gen) zone(w io.Writer, origin string, records int) error {
	g.w = bufio.NewWriterSize(w, 64<<10)
	g.apex, g.left = origin, records
	g.apexRecords()
	for g.left > 0 {
		g.site()
	}
	return g.w.Flush()
}

// The random choices.

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

// between returns a number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.rng.IntN(hi-lo+1) }

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// Writing lines.

// raw writes a line that holds no record: a directive, a comment, a blank.
func (g *gen) raw(s ...string) {
	for _, x := range s {
		g.w.WriteString(x)
	}
	g.w.WriteByte('\n')
}

func (g *gen) setOrigin(origin string) {
	g.origin, g.owned = origin, false
	g.raw("$ORIGIN ", origin)
}

func (g *gen) setTTL(ttl uint32) {
	g.ttl = ttl
	g.raw("$TTL ", strconv.FormatUint(uint64(ttl), 10))
}

// rec is one record line to write.
type rec struct {
	owner   string // relative to the origin in force; "" continues the last owner
	ttl     uint32 // 0: the TTL in force, written or not
	typ     string
	rdata   string
	comment string
}

// put writes a record line, with the owner relative or absolute and the
// TTL and class written or left out, as people write them.
func (g *gen) put(r rec) {
	b := g.line[:0]
	switch {
	case r.owner == "":
		if !g.owned {
			panic("zonegen: continuation line without an owner")
		}
	case r.owner == "@" || g.chance(0.8):
		b = append(b, r.owner...)
	default:
		b = append(append(append(b, r.owner...), '.'), g.origin...)
	}
	b = pad(b, 24)
	b = g.ttlAndClass(b, r.ttl)
	col := len(b) + 6 // the type, then the rdata in a column
	b = append(pad(append(b, r.typ...), col), r.rdata...)
	if r.comment != "" {
		b = append(append(b, " ; "...), r.comment...)
	}
	g.w.Write(append(b, '\n'))
	g.line = b
	g.owned = true
	g.count(r.typ)
}

func (g *gen) ttlAndClass(b []byte, ttl uint32) []byte {
	if ttl == 0 && g.chance(0.1) {
		ttl = g.ttl
	}
	if ttl != 0 {
		b = append(strconv.AppendUint(b, uint64(ttl), 10), ' ')
	}
	if g.chance(0.7) {
		b = append(b, "IN "...)
	}
	return b
}

// pad appends one blank, and more up to column col.
func pad(b []byte, col int) []byte {
	b = append(b, ' ')
	for len(b) < col {
		b = append(b, ' ')
	}
	return b
}

func (g *gen) count(typ string) {
	g.st.Records++
	g.left--
	switch typ {
	case "A":
		g.st.A++
	case "AAAA":
		g.st.AAAA++
	}
}

// abs returns a name of the origin in force as an absolute name.
func (g *gen) abs(name string) string { return name + "." + g.origin }

// target writes a name an SRV, CNAME or MX record points to, relative or
// absolute.
func (g *gen) target(name string) string {
	if g.chance(0.5) {
		return g.abs(name)
	}
	return name
}

var comments = []string{
	"CHG0041377", "rack B12", "F5 VIP", "decommission after migration", "owner: UC team",
	"INC0098812", "temporary", "see wiki/DNS", "keep in sync with the DHCP reservation",
}

// remark returns a trailing comment for one line in twenty.
func (g *gen) remark() string {
	if g.chance(0.05) {
		return g.pick(comments)
	}
	return ""
}
