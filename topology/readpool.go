package topology

import "go.yaml.in/yaml/v3"

// pools reads the list of pools; a pool name may appear once.
func (d *decoder) pools(n *yaml.Node) []*Pool {
	var out []*Pool
	seen := map[string]int{}
	d.sequence(n, "pools", func(item *yaml.Node, path string) {
		p := d.pool(item, path, false)
		if p == nil {
			return
		}
		if line, dup := seen[p.FQDN]; dup && p.FQDN != "" {
			d.errorf(p.Line, "%s: pool %s is already described at line %d", path, p.FQDN, line)
			return
		}
		seen[p.FQDN] = p.Line
		out = append(out, p)
	})
	return out
}

// pool reads one pool. The internal side of the Edge (edge true) is a pool
// without role and web services.
func (d *decoder) pool(n *yaml.Node, path string, edge bool) *Pool {
	p := &Pool{Line: n.Line, LoadBalancing: LoadBalancingDNS}
	required := []string{"fqdn", "servers"}
	lbLine := p.Line
	fs := d.poolFields(p, path, &lbLine)
	if edge {
		p.Role = RoleEdge
	} else {
		d.addRoleFields(fs, p, path)
		required = append(required, "role")
	}
	if !d.mapping(n, path, fs, required...) {
		return nil
	}
	d.poolKeys(p, path, lbLine)
	return p
}

// poolFields returns the keys every pool takes; the line of load_balancing
// goes to lbLine.
func (d *decoder) poolFields(p *Pool, path string, lbLine *int) fields {
	return fields{
		"fqdn": func(v *yaml.Node) { p.FQDN = d.fqdn(v, join(path, "fqdn")) },
		"load_balancing": func(v *yaml.Node) {
			*lbLine = v.Line
			p.LoadBalancing = d.loadBalancing(v, join(path, "load_balancing"))
		},
		"vip":     func(v *yaml.Node) { p.VIP = d.host(v, join(path, "vip"), shapeAddrs, nil) },
		"servers": func(v *yaml.Node) { p.Servers = d.servers(v, join(path, "servers")) },
	}
}

// addRoleFields adds the keys of a pool in pools: its role and web
// services.
func (d *decoder) addRoleFields(fs fields, p *Pool, path string) {
	fs["role"] = func(v *yaml.Node) { p.Role = d.role(v, join(path, "role")) }
	fs["web_internal"] = func(v *yaml.Node) {
		p.WebInternal = d.host(v, join(path, "web_internal"), shapeWebName, nil)
	}
	fs["web_external"] = func(v *yaml.Node) { p.WebExternal = d.nameOnly(v, join(path, "web_external")) }
}

// poolKeys reports the keys of a pool that do not go together.
func (d *decoder) poolKeys(p *Pool, path string, lbLine int) {
	if p.VIP != nil && p.LoadBalancing != LoadBalancingHardware {
		d.errorf(p.VIP.Line, "%s: vip is for load_balancing: hardware only", join(path, "vip"))
	}
	if p.VIP == nil && p.LoadBalancing == LoadBalancingHardware {
		d.errorf(lbLine, "%s: load_balancing: hardware needs the vip of the load balancer", path)
	}
	if p.Role == RoleStandard && len(p.Servers) > 1 {
		d.errorf(p.Servers[1].Line, "%s: a standard pool is one Standard Edition server, not %d: use role frontend for a pool of several",
			join(path, "servers"), len(p.Servers))
	}
	if p.Role != "" && !p.Role.hasWebServices() {
		if p.WebInternal != nil {
			d.errorf(p.WebInternal.Line, "%s: a %s pool has no web services", join(path, "web_internal"), p.Role)
		}
		if p.WebExternal != nil {
			d.errorf(p.WebExternal.Line, "%s: a %s pool has no web services", join(path, "web_external"), p.Role)
		}
	}
}

// servers reads the servers of a pool: at least one, each name once.
func (d *decoder) servers(n *yaml.Node, path string) []Host {
	var out []Host
	seen := map[string]bool{}
	d.sequence(n, path, func(item *yaml.Node, p string) {
		h := d.host(item, p, shapeServer, nil)
		switch {
		case h == nil:
		case seen[h.FQDN] && h.FQDN != "":
			d.errorf(h.Line, "%s: server %s listed twice", p, h.FQDN)
		default:
			seen[h.FQDN] = true
			out = append(out, *h)
		}
	})
	if n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(n.Line, "%s: a pool needs at least one server", path)
	}
	return out
}

// role reads a pool's role.
func (d *decoder) role(n *yaml.Node, path string) Role {
	s, ok := d.str(n, path)
	if !ok {
		return ""
	}
	r, err := parseRole(s)
	if err != nil {
		d.errorf(n.Line, "%s: %w", path, err)
	}
	return r
}

// loadBalancing reads a pool's load balancing kind.
func (d *decoder) loadBalancing(n *yaml.Node, path string) LoadBalancing {
	s, ok := d.str(n, path)
	if !ok {
		return LoadBalancingDNS
	}
	lb, err := parseLoadBalancing(s)
	if err != nil {
		d.errorf(n.Line, "%s: %w", path, err)
		return LoadBalancingDNS
	}
	return lb
}
