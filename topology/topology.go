package topology

import "net/netip"

// DefaultTTL is the TTL of every generated record when the topology gives
// none.
const DefaultTTL = 3600

// Topology is a Lync deployment as the topology file describes it. Names
// are canonical (lower case, fully qualified); every item keeps the line of
// the topology file it was read from.
type Topology struct {
	File          string // the topology file, as named to Parse or ReadFile
	SIPDomains    []Name // at least one; the first is the origin of the fragments
	Pools         []*Pool
	Edge          *Edge          // nil without an Edge
	ReverseProxy  *Host          // addresses only (FQDN is empty); nil without one
	SimpleURLs    SimpleURLs     // defaults filled in
	OfficeWebApps *OfficeWebApps // nil without Office Web Apps Server
	TTL           uint32         // DefaultTTL unless the topology gives one
}

// Name is a canonical domain name and the line it was given on.
type Name struct {
	FQDN string
	Line int
}

// Address is an IP address (IPv4 or IPv6) and the line it was given on.
type Address struct {
	IP   netip.Addr
	Line int
}

// Host is a name with its addresses: a server, a load balancer's virtual
// address, a web services name, an Edge service name.
type Host struct {
	FQDN  string
	Addrs []Address // IPv4 and IPv6, in the order given
	Line  int
}

// Pool is an entry of pools (or the internal side of the Edge): its name,
// its role, how it is load balanced and its servers.
type Pool struct {
	FQDN          string
	Role          Role
	LoadBalancing LoadBalancing
	VIP           *Host // the load balancer's addresses (hardware only); its FQDN is empty
	WebInternal   *Host // nil when not given; no addresses when given without any
	WebExternal   *Name // nil when not given
	Servers       []Host
	Line          int
}

// Edge is the Edge Server pool: its internal side (a pool), the external
// service names with their public addresses, and whether XMPP federation
// is on.
type Edge struct {
	Internal     *Pool
	Access       Host // Access Edge (its name is what _sip._tls points to)
	WebConf      Host // Web Conferencing Edge
	AV           Host // A/V Edge
	XMPP         bool
	ExternalLine int // the line of the external key
	Line         int // the line of the edge key
}

// SimpleURLs are the host names of the Lync simple URLs. Meet and Dialin
// default to meet.D and dialin.D for the first SIP domain; Admin is empty
// unless given.
type SimpleURLs struct {
	Meet   []Name
	Dialin []Name
	Admin  []Name
}

// OfficeWebApps is the Office Web Apps Server farm: its internal name and
// addresses, and whether the same name is published through the reverse
// proxy.
type OfficeWebApps struct {
	Host
	External bool
}

// Addrs returns the addresses of the pool name: the virtual address with
// hardware load balancing, else the addresses of every server in order.
func (p *Pool) Addrs() []Address {
	if p.LoadBalancing == LoadBalancingHardware && p.VIP != nil {
		return p.VIP.Addrs
	}
	var out []Address
	for _, s := range p.Servers {
		out = append(out, s.Addrs...)
	}
	return out
}

// WebAddrs returns the addresses of the pool's internal web services: those
// given with web_internal, else the pool name's.
func (p *Pool) WebAddrs() []Address {
	if p.WebInternal != nil && len(p.WebInternal.Addrs) > 0 {
		return p.WebInternal.Addrs
	}
	return p.Addrs()
}

// Registrar returns the pool that _sipinternaltls._tcp and sip point to:
// the first director pool, else the first front end or standard pool; nil
// when there is none.
func (t *Topology) Registrar() *Pool {
	if p := t.firstPool(RoleDirector); p != nil {
		return p
	}
	return t.firstPool(RoleFrontEnd, RoleStandard)
}

// firstPool returns the first pool that has one of the roles, or nil.
func (t *Topology) firstPool(roles ...Role) *Pool {
	for _, p := range t.Pools {
		for _, r := range roles {
			if p.Role == r {
				return p
			}
		}
	}
	return nil
}
