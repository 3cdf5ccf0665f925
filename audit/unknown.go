package audit

import (
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// Unknown says why each of names (canonical), given to be audited as a
// host (--host, a config file's hosts, a plan's hosts entry), is not one
// in the zones read, res being their audit: why maps such a name to what
// is said of it. It looks for the names' A, AAAA and CNAME records in the
// zones themselves, so that a name with other records only is named too,
// with --all-hosts as without (test 10 D2). A name with a CNAME is not in
// why: discovery follows its chain and audits the name at its end, or,
// where the chain leaves the zone set, has nothing of it to audit (test
// 18 D8); alias maps it to its CNAME's target, which a plan's entry does
// not name (test 21 #2). Nor is one that a wildcard's CNAME or a DNAME
// makes an alias, which the hosts' roles say (cname:NAME; test 20e D5),
// or one a wildcard gives its addresses (wildcard:NAME, test 20d D8). A
// name whose records lie at or below a cut of their zone (Result.Cuts),
// which the audit leaves out as BIND does not serve them, is named so
// (test 20a #5).
func Unknown(zones []*zone.Zone, res *Result, names []string) (why, alias map[string]string) {
	why, alias = map[string]string{}, map[string]string{}
	for _, name := range names {
		why[name] = "no A, AAAA or CNAME record of that name in the zones given"
	}
	cuts := res.Cuts()
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if _, ok := why[r.Name]; !ok || r.Class != zone.ClassIN ||
				r.Type != zone.TypeA && r.Type != zone.TypeAAAA && r.Type != zone.TypeCNAME {
				continue
			}
			if views, ok := cuts[z]; ok && !zone.Serves(views, r.Name, z.Origin, r.Type) {
				why[r.Name] = "its records in " + z.Origin + " lie at or below a cut of the zone (a delegation, a DNAME, a child zone given), where BIND does not serve them"
				continue
			}
			if r.Type == zone.TypeCNAME {
				alias[r.Name] = r.Data
			}
			delete(why, r.Name)
		}
	}
	if len(why) > 0 {
		for h := range res.Hosts() {
			for _, role := range h.Roles {
				if name, ok := strings.CutPrefix(role, "wildcard:"); ok {
					delete(why, name)
				} else if name, ok := strings.CutPrefix(role, "cname:"); ok {
					delete(why, name)
				}
			}
		}
	}
	return why, alias
}
