package topology

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// simpleURLs reads simple_urls (n may be nil when the key is absent) and
// fills in the defaults: meet.D for every SIP domain D, as Lync requires a
// Meet URL for each (LYNC-DNS.md section 2; test 21g #4: a second SIP
// domain got none, without a word), dialin.D for the first SIP domain D
// only, as the dial-in URL is one for the organization, and no admin URL.
func (d *decoder) simpleURLs(n *yaml.Node, domains []Name) SimpleURLs {
	var u SimpleURLs
	if n != nil {
		fs := fields{
			"meet":   func(v *yaml.Node) { u.Meet = d.requiredURLs(v, "meet", domains) },
			"dialin": func(v *yaml.Node) { u.Dialin = d.requiredURLs(v, "dialin", domains) },
			"admin":  func(v *yaml.Node) { u.Admin = d.names(v, "simple_urls.admin") },
		}
		d.mapping(n, "simple_urls", fs)
	}
	if len(domains) == 0 {
		return u
	}
	first := domains[0]
	if len(u.Meet) == 0 {
		for _, d := range domains {
			u.Meet = append(u.Meet, Name{FQDN: "meet." + d.FQDN, Line: d.Line})
		}
	}
	if len(u.Dialin) == 0 {
		u.Dialin = []Name{{FQDN: "dialin." + first.FQDN, Line: first.Line}}
	}
	return u
}

// requiredURLs reads the meet or dialin simple URLs. An empty list is an
// error: Lync requires both simple URLs (LYNC-DNS.md sections 2 and 3), so
// "meet: []" cannot mean "no meet URL", and taking it for the default
// would hide what is most likely a mistake (tester 8, Q4). An empty admin
// list is no admin URL, as the key left out, and is taken.
func (d *decoder) requiredURLs(n *yaml.Node, key string, domains []Name) []Name {
	path := "simple_urls." + key
	if n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(n.Line, "%s: an empty list: Lync requires a %s simple URL (Lync Server 2013: DNS requirements for simple URLs, Gg425874); leave the key out for the default%s, or list the URLs",
			path, key, defaultURL(key, domains))
		return nil
	}
	return d.names(n, path)
}

// defaultURL names the default of a simple URL for a message: " key.D"
// for the first SIP domain D (" meet.D of each SIP domain" with several),
// or "" without one.
func defaultURL(key string, domains []Name) string {
	switch {
	case len(domains) == 0:
		return ""
	case key == "meet" && len(domains) > 1:
		return " meet.D of each SIP domain D"
	}
	return fmt.Sprintf(" %s.%s", key, domains[0].FQDN)
}
