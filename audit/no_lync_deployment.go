package audit

import "github.com/zonegen/zonegen/zone"

var checkNoLyncDeployment = &Check{
	ID:       "no-lync-deployment",
	Severity: Info,
	Stage:    "audit",
	Title:    "nothing in the zone set looks like Lync",
	Text: "No Lync SRV record (_sipinternaltls._tcp, _sipinternal._tcp, _sip._tls, _sipfederationtls._tcp, " +
		"_xmpp-server._tcp) and no lyncdiscover or lyncdiscoverinternal name was found, and no --host was " +
		"given, so no host was audited. Give the zone that holds them, name hosts with --host, or audit " +
		"every address with --all-hosts. Not reported when a zone of the set does not parse: it may hold " +
		"them, and its syntax finding comes first.",
	Bad:  "; a zone with only www, mail and printers",
	Good: "_sipinternaltls._tcp  SRV  0 0 5061 pool01",
	Ref:  "Lync Server 2013: Determine DNS requirements (Gg398758)",
	run:  runNoLyncDeployment,
}

// runNoLyncDeployment reports a zone set without Lync, unless a zone of
// it did not parse: that zone may hold the deployment, and a review that
// broke it reported the info as new besides its syntax error (test 19a D6).
func runNoLyncDeployment(p *pass, c *Check) {
	if len(p.domains) > 0 || len(p.opt.Hosts) > 0 || p.opt.AllHosts || len(p.zones) == 0 || p.broken {
		return
	}
	z := p.zones[0]
	pos := zone.Pos{File: z.File}
	switch {
	case z.SOA != nil:
		pos = z.SOA.Pos
	case len(z.Records) > 0:
		pos = z.Records[0].Pos()
	}
	p.report(c, z.Origin, pos, "no Lync deployment found: no Lync SRV record and no lyncdiscover name; no host was audited")
}
