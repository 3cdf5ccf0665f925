package topology

import "go.yaml.in/yaml/v3"

// simpleURLs reads simple_urls (n may be nil when the key is absent) and
// fills in the defaults: meet.D and dialin.D for the first SIP domain D,
// no admin URL.
func (d *decoder) simpleURLs(n *yaml.Node, domains []Name) SimpleURLs {
	var u SimpleURLs
	if n != nil {
		fs := fields{
			"meet":   func(v *yaml.Node) { u.Meet = d.names(v, "simple_urls.meet") },
			"dialin": func(v *yaml.Node) { u.Dialin = d.names(v, "simple_urls.dialin") },
			"admin":  func(v *yaml.Node) { u.Admin = d.names(v, "simple_urls.admin") },
		}
		d.mapping(n, "simple_urls", fs)
	}
	if len(domains) == 0 {
		return u
	}
	first := domains[0]
	if len(u.Meet) == 0 {
		u.Meet = []Name{{FQDN: "meet." + first.FQDN, Line: first.Line}}
	}
	if len(u.Dialin) == 0 {
		u.Dialin = []Name{{FQDN: "dialin." + first.FQDN, Line: first.Line}}
	}
	return u
}
