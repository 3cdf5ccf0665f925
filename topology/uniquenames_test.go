package topology

import "testing"

// TestSharedNamesAllowed reads the topologies whose items share a name the
// way Lync allows: each must read without error.
func TestSharedNamesAllowed(t *testing.T) {
	const head = "version: 1\nsip_domains: [contoso.com]\n"
	const edge = "edge:\n  internal: {fqdn: edge-int.contoso.com, servers: [{fqdn: edge01-int.contoso.com, ipv4: 10.0.2.5}]}\n"
	cases := []struct {
		name string
		src  string
	}{
		{name: "standard pool named as its server", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n"},
		{name: "single computer director pool", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n" +
			"  - {fqdn: dir01.contoso.com, role: director, servers: [{fqdn: dir01.contoso.com, ipv4: 10.0.1.6}]}\n"},
		{name: "standard pool, server and web services one name", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, web_internal: {fqdn: se01.contoso.com}, " +
			"servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n"},
		{name: "hardware pool's web services at the vip", src: head +
			"pools:\n  - {fqdn: pool01.contoso.com, role: frontend, load_balancing: hardware, vip: {ipv4: 10.0.1.10}, " +
			"web_internal: {fqdn: pool01.contoso.com}, servers: [{fqdn: fe01.contoso.com, ipv4: 10.0.1.11}, {fqdn: fe02.contoso.com, ipv4: 10.0.1.12}]}\n" +
			"  - {fqdn: pool02.contoso.com, role: frontend, load_balancing: hardware, vip: {ipv4: 10.0.2.10}, " +
			"web_internal: {fqdn: pool02.contoso.com, ipv4: 10.0.2.10}, servers: [{fqdn: fe21.contoso.com, ipv4: 10.0.2.11}]}\n"},
		{name: "simple URLs on a common base name", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n" +
			"simple_urls: {meet: [lync.contoso.com, lync.contoso.com], dialin: lync.contoso.com, admin: lync.contoso.com}\n"},
		{name: "Edge services on one name and address", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n" + edge +
			"  external:\n    access: {fqdn: edge.contoso.com, ipv4: 203.0.113.10}\n" +
			"    webconf: {fqdn: edge.contoso.com, ipv4: 203.0.113.10}\n    av: {fqdn: edge.contoso.com, ipv4: 203.0.113.10}\n"},
		{name: "access name is sip.D", src: head +
			"pools:\n  - {fqdn: se01.contoso.com, role: standard, servers: [{fqdn: se01.contoso.com, ipv4: 10.0.1.5}]}\n" + edge +
			"  external:\n    access: {fqdn: sip.contoso.com, ipv4: 203.0.113.10}\n" +
			"    webconf: {fqdn: webconf.contoso.com, ipv4: 203.0.113.11}\n    av: {fqdn: av.contoso.com, ipv4: 203.0.113.12}\n"},
		{name: "registrar named sip.D, its web services lyncdiscoverinternal.D", src: head +
			"pools:\n  - {fqdn: sip.contoso.com, role: standard, web_internal: {fqdn: lyncdiscoverinternal.contoso.com}, " +
			"servers: [{fqdn: sip.contoso.com, ipv4: 10.0.1.5}]}\n"},
		{name: "registrar's web services named ucupdates-r2.D", src: head +
			"pools:\n  - {fqdn: pool01.contoso.com, role: frontend, load_balancing: hardware, vip: {ipv4: 10.0.1.10}, " +
			"web_internal: {fqdn: ucupdates-r2.contoso.com, ipv4: 10.0.1.20}, servers: [{fqdn: fe01.contoso.com, ipv4: 10.0.1.11}]}\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Parse("shared.yaml", []byte(c.src)); err != nil {
				t.Errorf("Parse: %v\n%s", err, c.src)
			}
		})
	}
}
