package audit

import (
	"fmt"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

var checkInvalidHostname = &Check{
	ID:       "invalid-hostname",
	Severity: Warning,
	Stage:    "audit",
	Title:    "a Lync host name that is not letters, digits and hyphens",
	Text: "Lync server and pool FQDNs may hold only A–Z, a–z, 0–9 and hyphens: no underscores, no " +
		"Unicode, no other characters; labels do not start or end with a hyphen (RFC 952, RFC 1123 §2.1).",
	Bad:  "fe_01  A  10.0.1.11",
	Good: "fe-01  A  10.0.1.11",
	Ref:  "Lync Server 2013: DNS infrastructure support (Gg425850); RFC 1123 §2.1",
	host: hostInvalidHostname,
}

// hostInvalidHostname reports a host whose name has a label that is no
// host name label. The label is quoted as the zone writes it, in its
// presentation form (`pool\.04`), not Go-quoted, which doubled each
// backslash (test 18 D9).
func hostInvalidHostname(p *pass, c *Check, h *host) {
	if bad := badLabel(h.name); bad != "" && h.head != nil {
		p.reportHost(c, c.Severity, h, h.head.Pos(), fmt.Sprintf("%s is not a valid host name: label \"%s\"", h.name, bad))
	}
}

// badLabel returns the first label of name that is not a host name label,
// as written: `pool\.01` for pool\.01.contoso.com., whose first label has
// an escaped dot in it. A wildcard owner's `*` (RFC 4592; a host with
// --all-hosts) stands for the labels of the names it answers for, and is
// no host's label (test 20a #4).
func badLabel(name string) string {
	rest := strings.TrimPrefix(strings.TrimSuffix(name, "."), "*.")
	for rest != "" {
		l, after, _ := zone.CutLabel(rest)
		if !hostLabel(l) {
			return l
		}
		rest = after
	}
	return ""
}

func hostLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
