package topology

import (
	"maps"

	"go.yaml.in/yaml/v3"
)

// hostShape says which keys a host-like mapping takes and which it needs.
type hostShape int

// The shapes of the host-like mappings of the format.
const (
	shapeServer  hostShape = iota // fqdn and addresses: servers, Edge services, Office Web Apps
	shapeAddrs                    // addresses only: vip, reverse_proxy
	shapeWebName                  // fqdn, addresses optional: web_internal
)

// named reports whether the mapping has a (required) fqdn.
func (s hostShape) named() bool { return s != shapeAddrs }

// needsAddr reports whether the mapping needs at least one address.
func (s hostShape) needsAddr() bool { return s != shapeWebName }

// host reads a mapping of fqdn, ipv4 and ipv6 (each address key one
// address or a list), plus the extra keys the caller handles. It returns
// nil when n is not a mapping.
func (d *decoder) host(n *yaml.Node, path string, shape hostShape, extra fields) *Host {
	h := &Host{Line: n.Line}
	fs := fields{
		"ipv4": func(v *yaml.Node) { h.Addrs = append(h.Addrs, d.addrs(v, join(path, "ipv4"), 4)...) },
		"ipv6": func(v *yaml.Node) { h.Addrs = append(h.Addrs, d.addrs(v, join(path, "ipv6"), 6)...) },
	}
	var required []string
	if shape.named() {
		fs["fqdn"] = func(v *yaml.Node) { h.FQDN = d.fqdn(v, join(path, "fqdn")) }
		required = append(required, "fqdn")
	}
	maps.Copy(fs, extra)
	errs := len(d.errs)
	if !d.mapping(n, path, fs, required...) {
		return nil
	}
	if shape.needsAddr() && len(h.Addrs) == 0 && len(d.errs) == errs {
		d.errorf(n.Line, "%s: %w", path, errNoAddress)
	}
	return h
}

// nameOnly reads a mapping that holds only an fqdn (web_external).
func (d *decoder) nameOnly(n *yaml.Node, path string) *Name {
	nm := &Name{Line: n.Line}
	fs := fields{"fqdn": func(v *yaml.Node) { nm.FQDN = d.fqdn(v, join(path, "fqdn")) }}
	if !d.mapping(n, path, fs, "fqdn") {
		return nil
	}
	return nm
}
