package topology

import (
	"fmt"
	"slices"

	"github.com/zonegen/zonegen/internal/clip"
)

// Role is what a pool does in the deployment.
type Role string

// The roles a pool can have.
const (
	RoleFrontEnd  Role = "frontend"  // Enterprise Edition Front End pool
	RoleStandard  Role = "standard"  // Standard Edition server (a pool of one)
	RoleDirector  Role = "director"  // Director pool
	RoleMediation Role = "mediation" // stand-alone Mediation pool
	RoleEdge      Role = "edge"      // Edge pool, internal side
)

// roles returns every role, in the order docs and errors list them.
func roles() []Role { return []Role{RoleFrontEnd, RoleDirector, RoleEdge, RoleMediation, RoleStandard} }

// parseRole reads a role name.
func parseRole(s string) (Role, error) {
	if slices.Contains(roles(), Role(s)) {
		return Role(s), nil
	}
	return "", fmt.Errorf("unknown role %s (want one of frontend, director, edge, mediation, standard)", clip.Quote(s))
}

// hasWebServices reports whether pools of the role run web services, so
// that web_internal and web_external mean something for them.
func (r Role) hasWebServices() bool {
	return r == RoleFrontEnd || r == RoleStandard || r == RoleDirector
}

// title returns how the fragments' comments name pools of the role.
func (r Role) title() string {
	switch r {
	case RoleFrontEnd:
		return "Front End pool"
	case RoleStandard:
		return "Standard Edition server"
	case RoleDirector:
		return "Director pool"
	case RoleMediation:
		return "Mediation pool"
	}
	return "Edge pool (internal)"
}

// LoadBalancing says how a pool's name spreads clients over its servers.
type LoadBalancing string

// The load balancing kinds.
const (
	LoadBalancingDNS      LoadBalancing = "dns"      // one A/AAAA per server on the pool name
	LoadBalancingHardware LoadBalancing = "hardware" // the pool name at the load balancer's vip
)

// parseLoadBalancing reads a load balancing kind.
func parseLoadBalancing(s string) (LoadBalancing, error) {
	switch LoadBalancing(s) {
	case LoadBalancingDNS, LoadBalancingHardware:
		return LoadBalancing(s), nil
	}
	return "", fmt.Errorf("unknown load_balancing %s (want dns or hardware)", clip.Quote(s))
}
