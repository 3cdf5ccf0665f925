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
// with --all-hosts as without (test 10 D2). A name whose records lie at
// or below a cut of their zone (Result.Cuts), which the audit leaves out
// as BIND does not serve them, is named so (test 20a #5).
//
// A name that is no host of its own but stands for one is not in why:
// discovery audits the name it leads to. indirect says what it is, for a
// plan's entry, which then gives nothing (test 21 #2): an alias (a CNAME,
// and no address record in any zone: review 21 #2), whose chain discovery
// follows to its end, or leaves the zone set with nothing to audit (test
// 18 D8); a name a wildcard answers for (the hosts' role wildcard:NAME,
// test 20d D8; review 21 #3; of any other name, wildcarded); or one that a wildcard's CNAME or a DNAME
// makes an alias (cname:NAME, test 20e D5).
func Unknown(zones []*zone.Zone, res *Result, names []string) (why, indirect map[string]string) {
	why, indirect = map[string]string{}, map[string]string{}
	for _, name := range names {
		why[name] = noRecord
	}
	cuts := res.Cuts()
	cname, addr := map[string]string{}, map[string]bool{}
	for _, z := range zones {
		for i := range z.Records {
			r := &z.Records[i]
			if _, ok := why[r.Name]; !ok && cname[r.Name] == "" && !addr[r.Name] || r.Class != zone.ClassIN ||
				r.Type != zone.TypeA && r.Type != zone.TypeAAAA && r.Type != zone.TypeCNAME {
				continue
			}
			if views, ok := cuts[z]; ok && !zone.Serves(views, r.Name, z.Origin, r.Type) {
				if _, ok := why[r.Name]; ok {
					why[r.Name] = "its records in " + z.Origin + " lie at or below a cut of the zone (a delegation, a DNAME, a child zone given), where BIND does not serve them"
				}
				continue
			}
			if r.Type == zone.TypeCNAME {
				cname[r.Name] = r.Data
			} else {
				addr[r.Name] = true
			}
			delete(why, r.Name)
		}
	}
	for name, target := range cname {
		if !addr[name] {
			indirect[name] = "the name is an alias (CNAME to " + target + "), and an AAAA goes to the name at the end of its chain"
		}
	}
	for h := range res.Hosts() {
		for _, role := range h.Roles {
			if name, ok := strings.CutPrefix(role, "wildcard:"); ok && why[name] != "" {
				delete(why, name)
				indirect[name] = "the wildcard " + h.Name + " answers for the name, and gets the AAAA from its own entry or a subnet"
			} else if name, ok := strings.CutPrefix(role, "cname:"); ok && why[name] != "" {
				delete(why, name)
				indirect[name] = "the name is an alias (through a wildcard's CNAME or a DNAME), and an AAAA goes to the name at the end of its chain"
			}
		}
	}
	wildcarded(res, why, indirect)
	return why, indirect
}

// noRecord is what Unknown says of a name with no record to audit.
const noRecord = "no A, AAAA or CNAME record of that name in the zones given"

// wildcarded moves from why to indirect each name without records that a
// wildcard with A, AAAA or CNAME records answers for in a view of res
// (wildcardOf): an AAAA at the name would make it exist and the wildcard
// stop answering it (test 21x #3: only a host discovery had found was said
// so, any other name had "no record"). A view's index is made again, only
// when such a name is left: the audit does not keep it.
func wildcarded(res *Result, why, indirect map[string]string) {
	for _, v := range res.cuts {
		var ix *index
		for name, w := range why {
			if w != noRecord {
				continue
			}
			if ix == nil {
				ix = newIndex(v.zones)
			}
			if id, _ := ix.wildcardRecord(name, isAddressOrAlias); id >= 0 {
				delete(why, name)
				indirect[name] = "the wildcard " + ix.name(id) + " answers for the name; an AAAA goes to the wildcard, as one at the name would stop the wildcard answering it"
			}
		}
	}
}
