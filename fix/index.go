package fix

import (
	"cmp"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// index gathers the records fix reads: the A and AAAA records of the hosts
// that need an AAAA and of the pool names that completeSets may give a
// member's address, and the PTR records that tell which addresses have
// one. Indexing only these keeps a zone of millions of records cheap.
// It returns the hosts, each once (with views, the audit reports a host
// once in each view that lacks its AAAA), and the number of A records
// indexed.
func (f *fixer) index(hosts []string) ([]string, int) {
	once, filter := f.needed(hosts)
	as := 0
	var ptrOnly map[string]bool // owners of PTR records only, which f.names holds but fix needs no A of
	for _, z := range f.zones {
		for i := range z.Records {
			r := &z.Records[i]
			if r.Class != z.Class {
				continue // no address: BIND refuses it, the audit leaves it out
			}
			switch {
			case r.Type == zone.TypePTR:
				ptrOnly = f.addPTRRecord(ref{r, z}, ptrOnly)
			case (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && filter.mayHold(r.Name):
				if refs, ok := f.names[r.Name]; ok && !ptrOnly[r.Name] {
					f.names[r.Name] = append(refs, ref{r, z})
					if r.Type == zone.TypeA {
						as++
					}
				}
			}
		}
	}
	if f.mayOcclude() {
		as -= f.dropOccluded()
	}
	return once, as
}

// needed makes f.names with an empty list for each name whose A and AAAA
// records index gathers: the hosts, each once, and the pool names that
// completeSets may give a member's address. It returns the hosts, each
// once, and a filter of those names, which spares index a lookup in
// f.names for most of the records it passes over (nameFilter).
func (f *fixer) needed(hosts []string) ([]string, *nameFilter) {
	heads := f.fullHeads()
	f.names = make(map[string][]ref, len(hosts)+len(heads))
	filter := newNameFilter(len(hosts) + len(heads))
	once := hosts[:0]
	for _, h := range hosts {
		if _, ok := f.names[h]; !ok {
			f.names[h] = nil
			filter.add(h)
			once = append(once, h)
		}
	}
	for _, n := range heads {
		if _, ok := f.names[n]; !ok {
			f.names[n] = nil
			filter.add(n)
		}
	}
	return once, filter
}

// addPTRRecord adds a PTR record to f.names, whose owner need not be a
// name that index needs, and returns ptrOnly with that owner in it when
// f.names held no list of it before: its A and AAAA records are then
// not gathered.
func (f *fixer) addPTRRecord(x ref, ptrOnly map[string]bool) map[string]bool {
	refs, ok := f.names[x.r.Name]
	if !ok {
		if ptrOnly == nil {
			ptrOnly = map[string]bool{}
		}
		ptrOnly[x.r.Name] = true
	}
	f.names[x.r.Name] = append(refs, x)
	return ptrOnly
}

// mayOcclude reports whether some zone may have records it is not
// authoritative for (zone.Cuts.MayOccludeAny): most zone sets have none,
// and index then spares dropOccluded's pass.
func (f *fixer) mayOcclude() bool {
	for _, cuts := range f.cuts {
		if slices.ContainsFunc(cuts, (*zone.Cuts).MayOccludeAny) {
			return true
		}
	}
	return false
}

// dropOccluded leaves out of f.names the records of zones that are not
// authoritative for them (serves), and returns how many A records went.
func (f *fixer) dropOccluded() int {
	as := 0
	for name, refs := range f.names {
		kept := refs[:0]
		for _, x := range refs {
			switch {
			case f.serves(x.z, name, x.r.Type):
				kept = append(kept, x)
			case x.r.Type == zone.TypeA:
				as++
			}
		}
		f.names[name] = kept
	}
	return as
}

// needAAAA asks the audit which hosts have A records and no AAAA, in the
// order of their first A record; with views (see audit.Run), a host once
// in each view that lacks its AAAA.
func (f *fixer) needAAAA() ([]string, error) {
	opt := f.opt.Audit
	opt.Pools = f.pool.scopes || f.pool.poolSets
	missing := audit.MissingAAAA().ID
	opt.Disable, opt.Enable = []string{"all"}, []string{missing}
	res, err := audit.Run(f.zones, opt)
	if err != nil {
		return nil, err
	}
	f.pool.pools = res.Pools
	f.cuts = res.Cuts()
	f.unknown(res)
	var hosts []string
	var fd audit.Finding
	var msg []byte // unread: the messages of 100k findings are not made into strings
	for i := range res.NumFindings() {
		if msg = res.AppendFinding(i, &fd, msg[:0]); fd.Check == missing {
			hosts = append(hosts, fd.Name)
		}
	}
	return hosts, nil
}

// unknown fills the result's UnknownHosts and Unused from res, the audit
// of the zones. Of the plan's entries it judges those whose name lies in
// a zone given, and a name of one label (written relative): a plan kept
// for a whole company holds the names of zones not given this time (review
// 21 #8).
func (f *fixer) unknown(res *audit.Result) {
	var entries []plan.Source
	for _, e := range f.opt.Plan.HostEntries() {
		if strings.Count(e.Host, ".") == 1 || f.inZones(e.Host) {
			entries = append(entries, e)
		}
	}
	if len(f.opt.Audit.Hosts)+len(entries) == 0 {
		return
	}
	var names []string
	for _, h := range f.opt.Audit.Hosts {
		names = append(names, zone.Canonical(h))
	}
	for _, e := range entries {
		names = append(names, e.Host)
	}
	why, indirect := audit.Unknown(f.zones, res, names)
	for _, h := range names[:len(f.opt.Audit.Hosts)] {
		if why[h] != "" {
			if f.res.UnknownHosts == nil {
				f.res.UnknownHosts = map[string]string{}
			}
			f.res.UnknownHosts[h] = why[h]
		}
	}
	for _, e := range entries {
		if w := cmp.Or(why[e.Host], indirect[e.Host]); w != "" {
			f.res.Unused = append(f.res.Unused, Unused{Entry: e, Why: w})
		}
	}
}

// inZones reports whether a zone read serves name: it lies at or below
// the zone's origin and not below a delegation of it to a zone not given
// (test 21x #2: a child zone's names were said to have no records).
func (f *fixer) inZones(name string) bool {
	return slices.ContainsFunc(f.zones, func(z *zone.Zone) bool {
		return zone.InZone(name, z.Origin) && zone.Serves(f.cuts[z], name, z.Origin, zone.TypeA)
	})
}

// records returns the indexed records of a name and type in file order.
func (f *fixer) records(name string, t zone.Type) []ref {
	var out []ref
	for _, x := range f.names[name] {
		if x.r.Type == t {
			out = append(out, x)
		}
	}
	return out
}

// serves reports whether zone z is authoritative for its records of type
// t of name in some view that reads it, as the audit found the cuts of
// the views' namespaces (audit.Result.Cuts, docs/decisions.md, "Occluded
// records", zone.Serves): fix neither reads nor adds a record that BIND
// never serves (an AAAA after a parent's stale copy of a child's A, a PTR
// below a reverse zone's delegation).
func (f *fixer) serves(z *zone.Zone, name string, t zone.Type) bool {
	cuts, ok := f.cuts[z]
	return !ok || zone.Serves(cuts, name, z.Origin, t)
}
