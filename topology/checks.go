package topology

import "github.com/zonegen/zonegen/audit"

// The IDs of the checks Validate runs. The first five are audit checks,
// applied to the topology's addresses before any record exists; the others
// exist only at the topology level and are described by Checks.
const (
	CheckLinkLocal           = "link-local-aaaa"
	CheckReservedAAAA        = "reserved-aaaa"
	CheckDocumentation       = "documentation-aaaa"
	CheckExternalLocal       = "external-local-aaaa"
	CheckPoolScopeMixed      = "pool-scope-mixed"
	CheckReservedA           = "reserved-a"
	CheckExternalPrivateA    = "external-private-a"
	CheckEdgeStack           = "edge-stack-mismatch"
	CheckDomainWithoutPool   = "sip-domain-without-pool"
	CheckWebServicesDNSLB    = "web-services-dns-lb"
	CheckMissingReverseProxy = "missing-reverse-proxy"
	CheckMissingWebExternal  = "missing-web-external"
	CheckEdgeLoadBalancing   = "edge-load-balancing-mismatch"
	CheckSharedAddress       = "shared-address"
)

// stageGenerate is the Stage of the checks that zonegen generate reports.
const stageGenerate = "generate"

// Checks returns the checks that exist only at the topology level, as
// data for `zonegen checks` and SARIF rules, ordered by ID. The audit
// checks Validate also reports are in audit.Checks.
func Checks() []*audit.Check {
	return []*audit.Check{
		checkEdgeLoadBalancing(),
		checkEdgeStack(),
		checkExternalPrivateA(),
		checkMissingReverseProxy(),
		checkMissingWebExternal(),
		checkReservedA(),
		checkSharedAddress(),
		checkDomainWithoutPool(),
		checkWebServicesDNSLB(),
	}
}

// lookup returns the check with an ID: an audit check, or one of Checks.
// Every ID of the constants above is one (TestCheckIDsKnown): an unknown
// one, a typo, was taken for an error of a check of that name.
func lookup(id string) (*audit.Check, bool) {
	if c, ok := audit.Lookup(id); ok {
		return c, true
	}
	for _, c := range Checks() {
		if c.ID == id {
			return c, true
		}
	}
	return nil, false
}

func checkEdgeStack() *audit.Check {
	return &audit.Check{
		ID: CheckEdgeStack, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) the Edge's sides, or the Edge and a pool, use IP versions Lync does not support together",
		Text: "Lync supports an Edge whose internal side is IPv4 with an IPv4 or dual stack external side, " +
			"and a dual stack internal side only with a dual stack external side. A dual stack inside with " +
			"an IPv4-only outside, or IPv6-only on one side only, is not supported (error); IPv6-only on " +
			"both sides is supported in labs only (warning). A Front End, Standard Edition or Director pool " +
			"and the Edge's internal side work together when both are IPv4 or dual stack; one of them " +
			"IPv6-only and the other not is an error. Each side's stack is the union of its addresses.",
		Bad:  "edge:\n  internal: {servers: [{ipv4: 10.0.2.5, ipv6: \"fd00:20::5\"}]}\n  external:\n    access: {ipv4: [198.51.100.10]}",
		Good: "edge:\n  internal: {servers: [{ipv4: 10.0.2.5, ipv6: \"fd00:20::5\"}]}\n  external:\n    access: {ipv4: [198.51.100.10], ipv6: [\"2001:db8:100::10\"]}",
		Ref:  "Lync Server 2013: Overview of IP address types (JJ205363), Edge internal/external matrix",
	}
}

func checkExternalPrivateA() *audit.Check {
	return &audit.Check{
		ID: CheckExternalPrivateA, Severity: audit.Warning, Stage: stageGenerate,
		Title: "(generate) a private IPv4 address in the external view",
		Text: "Edge external names and the reverse proxy are published in the public view; an RFC 1918 or " +
			"RFC 6598 address there cannot be reached from the Internet. With NAT, publish the public " +
			"address the NAT translates.",
		Bad:  "access: {fqdn: sip.contoso.com, ipv4: [10.0.9.10]}",
		Good: "access: {fqdn: sip.contoso.com, ipv4: [198.51.100.10]}",
		Ref:  "RFC 1918; RFC 6598; Lync Server 2013: DNS summary, scaled consolidated edge with NAT (Gg398201)",
	}
}

func checkMissingReverseProxy() *audit.Check {
	return &audit.Check{
		ID: CheckMissingReverseProxy, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) names are published through the reverse proxy and the topology has none",
		Text: "External web services, lyncdiscover, meet, dialin and an external Office Web Apps Server " +
			"resolve to the reverse proxy. A web_external or office_web_apps.external without reverse_proxy " +
			"is an error; an Edge without reverse_proxy is a warning (remote users get no automatic discovery).",
		Bad:  "pools:\n  - {fqdn: pool01.contoso.com, web_external: {fqdn: webext.contoso.com}, ...}",
		Good: "reverse_proxy: {ipv4: 198.51.100.20, ipv6: \"2001:db8:100::20\"}",
		Ref:  "Lync Server 2013: DNS summary - Reverse proxy (JJ204781)",
	}
}

func checkMissingWebExternal() *audit.Check {
	return &audit.Check{
		ID: CheckMissingWebExternal, Severity: audit.Warning, Stage: stageGenerate,
		Title: "(generate) a pool with web services has no external web services name",
		Text: "Remote users reach every Front End pool, Standard Edition server and Director through its " +
			"external web services name, published at the reverse proxy. A topology with a reverse proxy " +
			"and a pool without web_external leaves that pool's users without meetings, address book and mobility outside.",
		Bad:  "- {fqdn: pool01.contoso.com, role: frontend, servers: [...]}",
		Good: "- {fqdn: pool01.contoso.com, role: frontend, web_external: {fqdn: webext.contoso.com}, servers: [...]}",
		Ref:  "Lync Server 2013: DNS summary - Reverse proxy (JJ204781)",
	}
}

func checkReservedA() *audit.Check {
	return &audit.Check{
		ID: CheckReservedA, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) an IPv4 address that no server can have",
		Text: "0.0.0.0/8, loopback 127.0.0.0/8, link-local 169.254.0.0/16, multicast 224.0.0.0/4 and " +
			"240.0.0.0/4 (the limited broadcast address included) are not unicast addresses of a server.",
		Bad:  "- {fqdn: fe01.contoso.com, ipv4: 127.0.0.1}",
		Good: "- {fqdn: fe01.contoso.com, ipv4: 10.0.1.11}",
		Ref:  "RFC 6890",
	}
}

func checkDomainWithoutPool() *audit.Check {
	return &audit.Check{
		ID: CheckDomainWithoutPool, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) a SIP domain has no Front End pool or Standard Edition server",
		Text: "Users of a SIP domain register with a Front End pool or Standard Edition server; a Director " +
			"only passes them on. Without one, _sipinternaltls._tcp, sip, lyncdiscoverinternal and the " +
			"simple URLs have nothing to point to.",
		Bad:  "pools:\n  - {fqdn: dir01.contoso.com, role: director, ...}",
		Good: "pools:\n  - {fqdn: dir01.contoso.com, role: director, ...}\n  - {fqdn: pool01.contoso.com, role: frontend, ...}",
		Ref:  "Lync Server 2013: DNS requirements for Front End pools (Gg412910)",
	}
}

func checkWebServicesDNSLB() *audit.Check {
	return &audit.Check{
		ID: CheckWebServicesDNSLB, Severity: audit.Warning, Stage: stageGenerate,
		Title: "(generate) a DNS-load-balanced pool's web services have no load balancer address",
		Text: "DNS load balancing does not cover HTTP/HTTPS: the internal web services of a DNS-load-" +
			"balanced pool need a hardware load balancer's virtual address under their own name. Without " +
			"web_internal addresses, zonegen points lyncdiscoverinternal, meet and dialin at every server.",
		Bad:  "- {fqdn: pool01.contoso.com, role: frontend, load_balancing: dns, servers: [fe01, fe02]}",
		Good: "- {..., web_internal: {fqdn: webint.contoso.com, ipv4: 10.0.1.20, ipv6: \"fd00:10::20\"}}",
		Ref:  "Lync Server 2013: DNS load balancing (Gg398634)",
	}
}

func checkEdgeLoadBalancing() *audit.Check {
	return &audit.Check{
		ID: CheckEdgeLoadBalancing, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) the Edge's internal and external sides use different load balancing types",
		Text: "Lync requires both sides of an Edge pool to be DNS load balanced, or both hardware load " +
			"balanced. The external side's type shows in its addresses: with DNS load balancing each " +
			"service name (access, webconf, av) has the public address of every Edge server, with a " +
			"hardware load balancer one vip per service. A hardware-load-balanced inside with several " +
			"addresses of one IP version on a service name, or a DNS-load-balanced inside of several " +
			"servers with one address per IP version on every service name, is an error.",
		Bad:  "edge:\n  internal: {load_balancing: dns, servers: [edge01, edge02]}\n  external:\n    access: {ipv4: [198.51.100.10]}",
		Good: "edge:\n  internal: {load_balancing: dns, servers: [edge01, edge02]}\n  external:\n    access: {ipv4: [198.51.100.10, 198.51.100.13]}",
		Ref:  "Lync Server 2013: DNS load balancing (Gg398634), Edge pools",
	}
}

func checkSharedAddress() *audit.Check {
	return &audit.Check{
		ID: CheckSharedAddress, Severity: audit.Error, Stage: stageGenerate,
		Title: "(generate) two items of the topology that need addresses of their own share one",
		Text: "Every server has an address of its own: two servers (of one pool or not) at one IPv4 or " +
			"IPv6 address, or a server at a hardware load balancer's vip, make a name resolve to the wrong " +
			"computer; so does a server at a web_internal address, a hardware load balancer's vip since HTTPS " +
			"cannot be DNS load balanced (a pool of one server may have its web services at that server). The " +
			"Office Web Apps Server and the reverse proxy are not Lync servers and need port 443 of their own: " +
			"at a server's address, at a pool's internal web services address (web_internal's, else a " +
			"hardware pool's vip) or at any Edge service's public address (the Access Edge's SIP over TLS, " +
			"the Web Conferencing Edge's PSOM, the A/V Edge's TURN, all on TCP 443) they are a mistake too. " +
			"A DNS-load-balanced pool's name has its servers' addresses by design and is not compared.",
		Bad:  "servers:\n  - {fqdn: fe01.contoso.com, ipv4: 10.0.1.11}\n  - {fqdn: fe02.contoso.com, ipv4: 10.0.1.11}",
		Good: "servers:\n  - {fqdn: fe01.contoso.com, ipv4: 10.0.1.11}\n  - {fqdn: fe02.contoso.com, ipv4: 10.0.1.12}",
		Ref:  "Lync Server 2013: DNS requirements for Front End pools (Gg412910); DNS summary - Reverse proxy (JJ204781); Port summary - Single consolidated edge with public IP addresses",
	}
}
