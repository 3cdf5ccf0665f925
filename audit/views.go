package audit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/zone"
)

// originKey is what makes two zones the same zone: origin and class.
type originKey struct {
	origin string
	class  zone.Class
}

// splitViews splits a zone set into views, or returns nil when it has
// none. Two zones that parsed with the same origin and class are two views
// of one zone (the internal and the external db.contoso.com), which BIND
// serves apart: their records never form one RRset (RFC 2181 §5). View k
// holds the k-th zone, in the order given, of each origin that occurs more
// than once (Views), and every zone whose origin occurs once: those are
// shared by all views, so that an SRV of either view may point into a
// db.contoso.net given once. The zones that did not parse go into the
// first view only, which reports their syntax findings once.
func splitViews(zones []*zone.Zone) [][]*zone.Zone {
	view := Views(zones)
	if len(view) == 0 {
		return nil
	}
	n := 0
	for _, v := range view {
		n = max(n, v+1)
	}
	views := make([][]*zone.Zone, n)
	for _, z := range zones {
		v, own := view[z]
		switch {
		case z.Err != nil:
			views[0] = append(views[0], z)
		case !own:
			for i := range views {
				views[i] = append(views[i], z)
			}
		default:
			views[v] = append(views[v], z)
		}
	}
	return views
}

// Views returns the view of each zone of the set that parsed and whose
// origin and class another zone that parsed has too: its place among the
// zones of that origin and class, in the order given. A zone without a
// view is in every view. fix places its PTRs by it, as the audit splits
// the set (splitViews).
func Views(zones []*zone.Zone) map[*zone.Zone]int {
	count := make(map[originKey]int, len(zones))
	for _, z := range zones {
		if z.Err == nil {
			count[originKey{z.Origin, z.Class}]++
		}
	}
	view, next := map[*zone.Zone]int{}, map[originKey]int{}
	for _, z := range zones {
		if k := (originKey{z.Origin, z.Class}); z.Err == nil && count[k] > 1 {
			view[z] = next[k]
			next[k]++
		}
	}
	return view
}

// mergeViews makes one result of the results of each view (results[i] of
// views[i]): every zone once, in the order given, with the Lync hosts of
// the first view that holds it; the findings of all views, a finding that
// several views found (in a shared zone) once; the hosts of the first
// view, then those of later views that differ from every one listed.
func mergeViews(zones []*zone.Zone, views [][]*zone.Zone, results []*Result) *Result {
	return &Result{
		Zones:    mergeZones(zones, views, results),
		Findings: mergeFindings(results, sharedFiles(views)),
		HostList: mergeHosts(results),
		Pools:    mergePools(results),
		cuts:     mergeCuts(results),
	}
}

// mergePools lists the pools of every view, each view's apart: a pool of
// the internal view is not the external view's pool of that name.
func mergePools(results []*Result) []Pool {
	var out []Pool
	for i, r := range results {
		for _, p := range r.Pools {
			p.View = i
			out = append(out, p)
		}
	}
	return out
}

// sharedFiles returns the files that more than one view reads: the zones
// given once and the files they include, and an $INCLUDEd file that the
// zones of several views read. Only a finding in one of them can be found
// by several views.
func sharedFiles(views [][]*zone.Zone) map[string]bool {
	readBy := map[string]int{}
	for _, v := range views {
		seen := map[string]bool{}
		for _, z := range v {
			for _, f := range append([]string{z.File}, z.Includes...) {
				if !seen[f] {
					seen[f] = true
					readBy[f]++
				}
			}
		}
	}
	shared := map[string]bool{}
	for f, n := range readBy {
		if n > 1 {
			shared[f] = true
		}
	}
	return shared
}

// mergeZones lists the summary of each zone, in the order of zones, as
// the first view that holds it made it, with the most Lync hosts that a
// view found in it: a shared zone's count was the first view's, which the
// order of the arguments chose, and 0 where the other view had them (test
// 20a #6).
func mergeZones(zones []*zone.Zone, views [][]*zone.Zone, results []*Result) []ZoneSummary {
	summary := make(map[*zone.Zone]ZoneSummary, len(zones))
	for i, v := range views {
		for j, z := range v {
			s, ok := summary[z]
			if !ok {
				s = results[i].Zones[j]
			}
			s.LyncHosts = max(s.LyncHosts, results[i].Zones[j].LyncHosts)
			summary[z] = s
		}
	}
	out := make([]ZoneSummary, 0, len(zones))
	for _, z := range zones {
		out = append(out, summary[z])
	}
	return out
}

// findingKey is a finding as a comparable value, for finding the copies
// that each view makes of a finding in a shared zone.
type findingKey struct {
	check    string
	severity Severity
	name     string
	pos      zone.Pos
	message  string
	related  string
}

// keyOf returns the key of f: all of it, its related records too.
func keyOf(f Finding) findingKey {
	var rel strings.Builder
	for _, r := range f.Related {
		rel.WriteString(r.Pos.File)
		rel.WriteByte(0)
		rel.WriteString(strconv.Itoa(r.Pos.Line))
		rel.WriteByte(0)
		rel.WriteString(r.Note)
		rel.WriteByte(0)
	}
	return findingKey{f.Check, f.Severity, f.Name, f.Pos, f.Message, rel.String()}
}

// mergeFindings returns the findings of all results, each exact copy
// once, in report order. Only a finding in a file of shared, which
// several views read, may have copies: only those are compared.
func mergeFindings(results []*Result, shared map[string]bool) []Finding {
	n := 0
	for _, r := range results {
		n += r.NumFindings()
	}
	seen := map[findingKey]bool{}
	out := make([]Finding, 0, n)
	for _, r := range results {
		for f := range r.AllFindings() {
			if shared[f.Pos.File] {
				k := keyOf(f)
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			out = append(out, f)
		}
	}
	SortFindings(out)
	return out
}

// mergeHosts returns the hosts of the first result, then those of the
// others that are not the same (name, roles, addresses) as one listed: a
// host of a shared zone once, a name with other records in another view
// once per view.
func mergeHosts(results []*Result) []Host {
	var out []Host
	byName := map[string][]int{} // places in out of each name
	for _, r := range results {
		for h := range r.Hosts() {
			if slices.ContainsFunc(byName[h.Name], func(i int) bool { return sameHost(out[i], h) }) {
				continue
			}
			byName[h.Name] = append(byName[h.Name], len(out))
			out = append(out, h)
		}
	}
	return out
}

// sameHost reports whether a and b are one host: the same name, roles and
// addresses (the scopes follow from the addresses).
func sameHost(a, b Host) bool {
	return a.Name == b.Name && slices.Equal(a.Roles, b.Roles) && slices.Equal(a.A, b.A) && slices.Equal(a.AAAA, b.AAAA)
}
