package topology

import (
	"slices"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// Audit validates the topology and, when it has no errors, audits
// the records of each view with the checks of zonegen audit; every finding
// points at a line of the topology. The audit is skipped after an error in
// the topology itself, which it would only report again from the records.
// A problem found by both, or through two lines of the topology, is kept
// once for each (check, name) pair (docs/topology.md): the most severe,
// then the first. A name in both views may be a warning in one and an
// error in the other (missing-a, internal and external), and the error
// must stay, since it refuses the topology.
func (t *Topology) Audit(views []View) ([]audit.Finding, error) {
	all := t.Validate()
	if slices.ContainsFunc(all, func(f audit.Finding) bool { return f.Severity == audit.Error }) {
		return all, nil
	}
	for _, v := range views {
		zones := []*zone.Zone{t.Zone(v)}
		res, err := audit.Run(zones, audit.Options{View: string(v), Hosts: t.Hosts(v), Disable: disabledFor(zones)})
		if err != nil {
			return nil, err
		}
		all = append(all, withoutIPv4Mode(res.FindingList(), t.IPv4Only(v))...)
	}
	audit.SortFindings(all)
	kept := map[string]int{} // (check, name) -> place in out
	var out []audit.Finding
	for _, f := range all {
		k := f.Check + "|" + f.Name
		i, seen := kept[k]
		switch {
		case !seen:
			kept[k] = len(out)
			out = append(out, f)
		case f.Severity > out[i].Severity:
			out[i] = f
		}
	}
	audit.SortFindings(out)
	return out, nil
}

// withoutIPv4Mode drops the missing-aaaa findings of the names that are
// IPv4-only on purpose (topology.IPv4Only: a pool, the Edge internal pool
// or the Edge external side in IPv4 mode, and the names derived from
// one), which the fragment marks with zonegen:ignore so that an audit of
// it agrees. An IPv4-only server of a pool with IPv6 is still reported.
func withoutIPv4Mode(fs []audit.Finding, ipv4Only map[string]string) []audit.Finding {
	out, missing := fs[:0], audit.MissingAAAA().ID
	for _, f := range fs {
		if f.Check != missing || ipv4Only[f.Name] == "" {
			out = append(out, f)
		}
	}
	return out
}

// disabledFor returns the checks that say nothing of a view made from
// a topology: no-lync-deployment, since a topology is one (an external
// view without Edge or reverse proxy is empty, docs/topology.md), and, for
// a view without AAAA records, missing-aaaa: the topology gives IPv4 alone
// there, Lync's default mode (LYNC-DNS.md, section 6), and A and AAAA come
// together wherever it gives both families (DESIGN.md). An Edge that is
// dual stack inside and IPv4 outside is Validate's error.
func disabledFor(zones []*zone.Zone) []string {
	off := []string{"no-lync-deployment"}
	for _, z := range zones {
		for i := range z.Records {
			if z.Records[i].Type == zone.TypeAAAA {
				return off
			}
		}
	}
	return append(off, audit.MissingAAAA().ID)
}
