package audit

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/zonegen/zonegen/zone"
)

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

// lyncNames finds the SIP domains and makes hosts of the Lync names of the
// first three rules: SRV targets, well-known names, --host names. With
// --all-hosts too, where every address name is a host anyway: the roles
// then say which are Lync hosts, and how they were found.
func (d *discovery) lyncNames(hosts []string) {
	d.findDomains()
	for _, names := range d.gatherLyncNames() {
		for _, n := range names {
			switch {
			case n.srvOwner:
				if d.names != nil {
					d.names.byID[n.id] = true
				}
			case n.id < 0:
				d.add(n.name, n.role)
			default:
				d.addID(n.id, n.role)
			}
		}
	}
	for _, name := range hosts {
		d.add(zone.Canonical(name), "host")
	}
}

// lyncName is a name that the Lync SRV owners and well-known names of a
// SIP domain lead to, with the role that found it: an owner (id), or a
// name without records (id -1); or, with srvOwner, a Lync SRV owner.
type lyncName struct {
	id       int32
	name     string
	role     string
	srvOwner bool
}

// gatherLyncNames returns the Lync names of the SIP domains (srvTargets,
// wellKnown), in the order of d.domains, in lists that the cores gather
// side by side: looking the SRV targets up, and reading the SRV owners'
// records, are most of the work (0.2 s at 5M records, where the other
// core idled), and making the hosts is left to one core, in order.
func (d *discovery) gatherLyncNames() [][]lyncName {
	n := runtime.GOMAXPROCS(0)
	if len(d.domains) < 1024 {
		n = 1
	}
	out := make([][]lyncName, n)
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			for _, dom := range d.domains[w*len(d.domains)/n : (w+1)*len(d.domains)/n] {
				out[w] = d.srvTargets(dom, out[w])
				out[w] = d.wellKnown(dom, out[w])
			}
		})
	}
	wg.Wait()
	return out
}

// findDomains lists the SIP domains that show a Lync deployment. In the
// same pass over the names it notes the Lync SRV owners and well-known
// names under every parent name (domainNames), so that srvTargets and
// wellKnown look nothing up: 13k SIP domains would be 260k lookups in a
// map of a million names. Every core takes a range of the owners; their
// maps then merge without conflict, since each place of a domainNames
// belongs to one name, which is one owner (3.7M owners at 5M records).
func (d *discovery) findDomains() {
	found := make([]domainsFound, d.ix.ownerShares())
	d.ix.eachOwnerRange(len(found), func(w int, lo, hi int32) { found[w] = d.domainsIn(lo, hi) })
	d.byDomain = found[0].byDomain
	for _, f := range found[1:] {
		for dom, dn := range f.byDomain {
			if have := d.byDomain[dom]; have != nil {
				have.merge(dn)
			} else {
				d.byDomain[dom] = dn
			}
		}
	}
	for _, f := range found {
		d.domains = append(d.domains, f.domains...)
	}
	slices.Sort(d.domains)
	d.domains = slices.Compact(d.domains)
}

// domainsFound is what findDomains finds in a range of owners.
type domainsFound struct {
	byDomain map[string]*domainNames
	domains  []string // the SIP domains, each once
}

// domainsIn is findDomains for the owners with ids in [lo, hi).
func (d *discovery) domainsIn(lo, hi int32) domainsFound {
	f := domainsFound{byDomain: map[string]*domainNames{}}
	seen := map[string]bool{}
	for id := lo; id < hi; id++ {
		name := d.ix.name(id)
		dom := ""
		if i, D, ok := serviceOf(name); ok {
			f.names(D).srv[i] = id + 1
			if len(ofType(d.ix.allOf(id), zone.TypeSRV)) > 0 {
				dom = D
			}
		}
		if label, parent, ok := zone.CutLabel(name); ok {
			if j := wellKnownIndex(label); j >= 0 {
				f.names(parent).wellKnown[j] = id + 1
				if label == "lyncdiscover" || label == "lyncdiscoverinternal" {
					dom = cmp.Or(dom, parent)
				}
			}
		}
		if dom != "" && !seen[dom] {
			seen[dom] = true
			f.domains = append(f.domains, dom)
		}
	}
	return f
}

// names returns the domainNames of dom, made when new.
func (f domainsFound) names(dom string) *domainNames {
	dn := f.byDomain[dom]
	if dn == nil {
		dn = &domainNames{}
		f.byDomain[dom] = dn
	}
	return dn
}

// domainNames holds the owners, as id+1 (0: none), of the Lync SRV names
// (by lyncServices) and the well-known names (by wellKnownLabels) under
// one name.
type domainNames struct {
	srv       [len(lyncServices)]int32
	wellKnown [len(wellKnownLabels)]int32
}

// merge takes the owners o has: the two never have one place both.
func (dn *domainNames) merge(o *domainNames) {
	for i, id := range o.srv {
		dn.srv[i] = max(dn.srv[i], id)
	}
	for j, id := range o.wellKnown {
		dn.wellKnown[j] = max(dn.wellKnown[j], id)
	}
}

// wellKnownIndex returns the place of label in wellKnownLabels, or -1.
func wellKnownIndex(label string) int {
	for j, l := range wellKnownLabels {
		if len(l) == len(label) && l == label {
			return j
		}
	}
	return -1
}

// srvTargets appends to out the Lync SRV owners of domain dom and their
// targets ("." means no service, RFC 2782). It only reads.
func (d *discovery) srvTargets(dom string, out []lyncName) []lyncName {
	dn := d.byDomain[dom]
	if dn == nil {
		return out
	}
	for i, owner := range dn.srv {
		if owner == 0 {
			continue
		}
		id := owner - 1
		out = append(out, lyncName{id: id, srvOwner: true})
		for _, r := range ofType(d.ix.allOf(id), zone.TypeSRV) {
			if r.Data == "." {
				continue
			}
			t, ok := d.ix.id(r.Data)
			if !ok {
				t = -1
			}
			out = append(out, lyncName{id: t, name: r.Data, role: srvRoles[i]})
		}
	}
	return out
}

// srvRoles holds the role of the targets of each of lyncServices.
var srvRoles = func() []string {
	out := make([]string, len(lyncServices))
	for i, s := range lyncServices {
		out[i] = "srv:" + strings.TrimSuffix(s.prefix, ".")
	}
	return out
}()

// wellKnown appends to out the well-known names of domain dom that have
// records. It only reads.
func (d *discovery) wellKnown(dom string, out []lyncName) []lyncName {
	if dn := d.byDomain[dom]; dn != nil {
		for j, owner := range dn.wellKnown {
			if owner != 0 {
				out = append(out, lyncName{id: owner - 1, role: wellKnownLabels[j]})
			}
		}
	}
	return out
}
