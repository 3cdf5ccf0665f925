package audit

import (
	"fmt"

	"github.com/zonegen/zonegen/zone"
)

var checkSRVPort = &Check{
	ID:       "srv-port",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a Lync SRV record with another port than Lync's",
	Text: "Lync listens on fixed ports: _sipinternaltls._tcp 5061 (Front End, Director), _sip._tls 443 " +
		"(Access Edge), _sipfederationtls._tcp 5061 (Access Edge, federation), _xmpp-server._tcp 5269 " +
		"(XMPP proxy). _sipinternal._tcp has no documented port and is not checked, nor is a record whose " +
		"target is \".\" (RFC 2782: the service is decidedly not available, as in \"0 0 0 .\", a domain " +
		"that opts out of federation), whose port means nothing.",
	Bad:  "_sip._tls  SRV  0 0 5061 sip.contoso.com.",
	Good: "_sip._tls  SRV  0 0 443 sip.contoso.com.",
	Ref:  "Lync Server 2013: Determine DNS requirements (Gg398758); DNS summary, single consolidated edge (JJ205025)",
	run:  runSRVPort,
}

// runSRVPort reports the Lync SRV records whose port is not Lync's. A
// record with the target "." says there is no such service (RFC 2782):
// its port, 0 as a rule, is not a wrong one.
func runSRVPort(p *pass, c *Check) {
	p.eachSRV(func(r *zone.Record) {
		prefix, _, port, ok := lyncService(r.Name)
		if ok && port != 0 && r.Data != "." && r.Port() != port {
			p.report(c, r.Name, r.Pos(), fmt.Sprintf("%s uses port %d; Lync's %s port is %d", r.Name, r.Port(), prefix[:len(prefix)-1], port))
		}
	})
}
