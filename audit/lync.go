package audit

import "strings"

// lyncServices are the SRV services whose presence shows a Lync deployment,
// with the port Lync uses for each (0: no documented port).
var lyncServices = [...]struct {
	prefix string
	port   uint16
}{
	{"_sipinternaltls._tcp.", 5061},
	{"_sipinternal._tcp.", 0},
	{"_sip._tls.", 443},
	{"_sipfederationtls._tcp.", 5061},
	{"_xmpp-server._tcp.", 5269},
}

// wellKnownLabels are the host labels Lync clients and admins look up
// under a SIP domain (LYNC-DNS.md sections 1 to 3).
var wellKnownLabels = [...]string{
	"lyncdiscover", "lyncdiscoverinternal", "sip", "sipinternal", "sipexternal",
	"meet", "dialin", "admin", "lwa", "scheduler", "ucupdates-r2", "webconf",
	"webcon", "av", "xmpp",
}

// lyncService returns the service prefix and SIP domain of a Lync SRV
// owner name, and ok false for any other name.
func lyncService(owner string) (prefix, domain string, port uint16, ok bool) {
	i, domain, ok := serviceOf(owner)
	if !ok {
		return "", "", 0, false
	}
	return lyncServices[i].prefix, domain, lyncServices[i].port, true
}

// serviceOf returns the place in lyncServices and the SIP domain of a Lync
// SRV owner name.
func serviceOf(owner string) (int, string, bool) {
	if !strings.HasPrefix(owner, "_") { // most names: no prefix compared
		return 0, "", false
	}
	for i, s := range lyncServices {
		if len(owner) > len(s.prefix) && owner[:len(s.prefix)] == s.prefix {
			return i, owner[len(s.prefix):], true
		}
	}
	return 0, "", false
}
