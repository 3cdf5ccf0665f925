package topology

import "go.yaml.in/yaml/v3"

// edge reads the Edge: its internal pool, its external service names and
// the XMPP switch.
func (d *decoder) edge(n *yaml.Node, path string) *Edge {
	e := &Edge{Line: n.Line}
	fs := fields{
		"internal": func(v *yaml.Node) { e.Internal = d.pool(v, join(path, "internal"), true) },
		"external": func(v *yaml.Node) { d.external(v, join(path, "external"), e) },
		"xmpp":     func(v *yaml.Node) { e.XMPP = d.boolean(v, join(path, "xmpp")) },
	}
	if !d.mapping(n, path, fs, "internal", "external") {
		return nil
	}
	return e
}

// external reads the Edge's external service names, each with the public
// addresses of every Edge server.
func (d *decoder) external(n *yaml.Node, path string, e *Edge) {
	e.ExternalLine = n.Line
	service := func(dst *Host, key string) func(*yaml.Node) {
		return func(v *yaml.Node) {
			if h := d.host(v, join(path, key), shapeServer, nil); h != nil {
				*dst = *h
			}
		}
	}
	fs := fields{
		"access":  service(&e.Access, "access"),
		"webconf": service(&e.WebConf, "webconf"),
		"av":      service(&e.AV, "av"),
	}
	d.mapping(n, path, fs, "access", "webconf", "av")
}
