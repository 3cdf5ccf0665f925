package topology

import (
	"strconv"

	"github.com/zonegen/zonegen/zone"
)

// ipv4Mode reports whether the pool is in IPv4 mode: every address of its
// servers, vip and internal web services is IPv4. Lync's IPv6 setting is
// per server, and LYNC-DNS.md section 6 supports pools in IPv4 mode
// beside dual stack pools (an IPv4-only Edge internal side beside a dual
// stack Front End pool, a Mediation pool kept on IPv4 for media bypass).
// A pool with one IPv6 address anywhere is not: its other servers lack
// theirs.
func (p *Pool) ipv4Mode() bool {
	addrs := p.Addrs()
	for _, s := range p.Servers {
		addrs = append(addrs, s.Addrs...)
	}
	if w := p.WebInternal; w != nil {
		addrs = append(addrs, w.Addrs...)
	}
	return stackOf(addrs) == stackIPv4
}

// poolMode returns why the records of a pool have no AAAA on purpose, or
// "" when the pool is not in IPv4 mode.
func poolMode(p *Pool) string {
	if !p.ipv4Mode() {
		return ""
	}
	return ipv4ModeReason(p.Role.title()+" "+p.FQDN, p.Line)
}

// externalMode returns why the Edge's external names have no AAAA on
// purpose, or "" when its external side is not IPv4-only. An Edge that is
// dual stack inside and IPv4-only outside is edge-stack-mismatch's error.
func (e *Edge) externalMode() string {
	var addrs []Address
	for _, h := range e.services() {
		addrs = append(addrs, h.Addrs...)
	}
	if stackOf(addrs) != stackIPv4 {
		return ""
	}
	return ipv4ModeReason("Edge external side", e.ExternalLine)
}

// ipv4ModeReason is the reason written into a zonegen:ignore comment.
func ipv4ModeReason(item string, line int) string {
	return item + " is in IPv4 mode (topology line " + strconv.Itoa(line) + ")"
}

// IPv4Only returns the names of a view that have A records and no AAAA
// on purpose, each with the reason: every A record of the name comes from
// an item in IPv4 mode (a pool, the Edge internal pool, the Edge external
// side, or a name derived from one). A view without any AAAA record is
// IPv4-only as a whole and gets nil: no name of it needs a reason. Any
// other name without AAAA in a view with AAAA is the audit's missing-aaaa
// (an IPv4-only server of a dual stack pool, Office Web Apps, the reverse
// proxy's names).
func (t *Topology) IPv4Only(v View) map[string]string {
	return ipv4Only(t.Records(v))
}

// ipv4Only computes IPv4Only from the records of a view.
func ipv4Only(recs []Record) map[string]string {
	reason, other, has6 := map[string]string{}, map[string]bool{}, false
	for _, r := range recs {
		switch {
		case r.Type == zone.TypeAAAA:
			has6 = true
			other[r.Name] = true
		case r.Type != zone.TypeA:
		case r.IPv4Mode == "":
			other[r.Name] = true
		case reason[r.Name] == "":
			reason[r.Name] = r.IPv4Mode
		}
	}
	if !has6 {
		return nil
	}
	for name := range other {
		delete(reason, name)
	}
	return reason
}
