package topology

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/clip"
)

// name reads a host or domain name.
func (d *decoder) name(n *yaml.Node, path string) (Name, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return Name{}, false
	}
	fqdn, err := parseName(s)
	if err != nil {
		d.errorf(n.Line, "%s: bad name %s: %w", path, clip.Quote(s), err)
		return Name{}, false
	}
	return Name{FQDN: fqdn, Line: n.Line}, true
}

// fqdn reads a host name and returns it canonical, or "" after an error.
func (d *decoder) fqdn(n *yaml.Node, path string) string {
	nm, _ := d.name(n, path)
	return nm.FQDN
}

// names reads one host name or a list of them; a URL gets a hint, since
// simple URLs are given by their host names.
func (d *decoder) names(n *yaml.Node, path string) []Name {
	var out []Name
	for _, s := range d.scalars(n, path) {
		if strings.ContainsAny(s.Value, "/:") {
			d.errorf(s.Line, "%s: %s is a URL: give the host name only (meet.contoso.com)", path, clip.Quote(s.Value))
			continue
		}
		if nm, ok := d.name(s, path); ok {
			out = append(out, nm)
		}
	}
	return out
}

// addrs reads one address or a list of them, of the family the key names.
func (d *decoder) addrs(n *yaml.Node, path string, family int) []Address {
	var out []Address
	for _, s := range d.scalars(n, path) {
		ip, err := parseAddress(s.Value, family)
		if err != nil {
			d.errorf(s.Line, "%s: %w", path, err)
			continue
		}
		out = append(out, Address{IP: ip, Line: s.Line})
	}
	return out
}

// ttl reads a TTL in seconds or BIND units.
func (d *decoder) ttl(n *yaml.Node, path string) uint32 {
	s, ok := d.str(n, path)
	if !ok {
		return 0
	}
	v, err := parseTTL(s)
	if err != nil {
		d.errorf(n.Line, "%s: bad TTL %s: %w", path, clip.Quote(s), err)
	}
	return v
}

// version checks that the format version is 1.
func (d *decoder) version(n *yaml.Node, path string) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" && n.Value == "1" {
		// as the plan says it (test 19a D8: the plan refused it, the topology took it)
		d.errorf(n.Line, `%s: want the number 1, got the text "1" (write version: 1, without quotes)`, path)
		return
	}
	if s, ok := d.str(n, path); ok && s != "1" {
		d.errorf(n.Line, "%s: unsupported version %s (this zonegen reads version 1)", path, clip.Quote(s))
	}
}
