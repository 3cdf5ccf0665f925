package review

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// syntaxID is the check of a zone that does not parse. Its finding is
// always reported, old or new: the file does not parse now, review exits
// 2 for it, and the finding is what says why.
var syntaxID = audit.Syntax().ID

// audit audits both versions and keeps the findings that the change
// introduces, the syntax findings of the new version, and
// serial-not-incremented.
func (res *Result) audit(before, after []*zone.Zone, ropt Options) error {
	opt := ropt.Audit
	now, err := audit.Run(after, opt)
	if err != nil {
		return err
	}
	old, err := audit.Run(before, opt)
	if err != nil {
		return err
	}
	fresh := newFindings(old, now, newSide(before, old), newSide(after, now))
	labelUncompared(fresh, res.Files, after, ropt.Base)
	// review's own check, on unless --disable (or the config) turns it off
	if on, err := audit.Selected(opt, "review"); err == nil && on[audit.SerialNotIncremented().ID] {
		fresh = append(fresh, serialFindings(before, after, res.Files)...)
	}
	audit.SortFindings(fresh)
	if fresh == nil {
		fresh = []audit.Finding{}
	}
	now.SetFindings(fresh)
	res.Audit = now
	return nil
}

// newFindings returns the findings of now that old does not have, and the
// syntax findings of now. Findings are counted, not just compared: a key
// that old has once and now twice (a record copied once more beside a
// duplicate) is one new finding, the later one in report order.
func newFindings(old, now *audit.Result, oldSide, nowSide *side) []audit.Finding {
	seen := map[string]int{}
	for f := range old.AllFindings() {
		seen[oldSide.key(f)]++
	}
	var fresh []audit.Finding
	for f := range now.AllFindings() {
		k := nowSide.key(f)
		switch {
		case f.Check == syntaxID:
			fresh = append(fresh, f)
		case seen[k] > 0:
			seen[k]--
		default:
			fresh = append(fresh, f)
		}
	}
	return fresh
}

// side is one version of the change as its findings are matched: the
// record at each position, and the addresses of the names that findings
// of addressChecks are about.
type side struct {
	at    map[zone.Pos]*zone.Record
	addrs map[namePos]string // a name and its first A or AAAA record in a zone → its addresses there
}

// namePos is a name at a position: the hosts one $GENERATE line makes
// share its position, and each has addresses of its own.
type namePos struct {
	name string
	pos  zone.Pos
}

// newSide indexes the zones of one version for matching the findings res
// has of them. Each position has its first record (a $GENERATE line makes
// several). The addresses are gathered for the names that res has an
// addressChecks finding about only, as the A and AAAA records of the name
// in its zone, sorted and without repeats, and filed under the name's
// first address record, where such a finding points (a name with A and
// no AAAA, or AAAA and no A).
func newSide(zones []*zone.Zone, res *audit.Result) *side {
	names := addressNames(res)
	s := &side{at: map[zone.Pos]*zone.Record{}, addrs: map[namePos]string{}}
	for _, z := range zones {
		sets, first := map[string][]string{}, map[string]zone.Pos{}
		for i := range z.Records {
			r := &z.Records[i]
			if _, dup := s.at[r.Pos()]; !dup {
				s.at[r.Pos()] = r
			}
			if name := r.Name; (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && names[name] {
				if len(sets[name]) == 0 {
					first[name] = r.Pos()
				}
				sets[name] = append(sets[name], r.Type.String()+" "+r.Addr().String())
			}
		}
		for name, set := range sets {
			slices.Sort(set)
			s.addrs[namePos{name, first[name]}] = strings.Join(slices.Compact(set), ", ")
		}
	}
	return s
}

// addressNames returns the names that res has a finding
// of addressChecks about.
func addressNames(res *audit.Result) map[string]bool {
	names := map[string]bool{}
	for f := range res.AllFindings() {
		if addressChecks[f.Check] {
			names[f.Name] = true
		}
	}
	return names
}

// key identifies a finding across versions: its check, its name and what
// it is about, not its line, which moves. A finding about
// one record (most checks) is known by that record; one about the
// addresses of a host (addressChecks), by those addresses as a set; one
// about a name, a pool or a zone as a whole (nameChecks), by its message,
// with its lists of addresses or types sorted; one that points
// at the SOA, by its message too, since what the SOA holds (its timers)
// is not what it is about, and the message says what is (the minimum, for
// a bind-divergence of an SOA without TTL); and one that points at no
// single record (a $GENERATE line, a whole file), by its message.
func (s *side) key(f audit.Finding) string {
	about := f.Message
	r, ok := s.at[f.Pos]
	addrs, isFirst := s.addrs[namePos{f.Name, f.Pos}]
	switch {
	case addressChecks[f.Check] && isFirst:
		about = addrs
	case nameChecks[f.Check]:
		about = sortLists(f.Message)
	case ok && r.Type != zone.TypeSOA:
		about = recordKey(r, ttlChecks[f.Check])
	}
	return f.Check + "|" + f.Name + "|" + about
}

// addressChecks are the checks whose finding is about the addresses of a
// host: it has A and no AAAA, or AAAA and no A. Such a finding points at
// the host's first address record for its line, and once was known by it,
// so that the records reordered, or an address put above them, made the
// old finding new. Its message counts the records (a repeated one too), so
// it is not the key either: a duplicate added is duplicate-record's
// finding, not a new one of these.
var addressChecks = map[string]bool{audit.MissingAAAA().ID: true, audit.MissingA().ID: true}

// nameChecks are the checks whose finding is about a pool, a name or a
// zone as a whole, and points at the first record of the name (or the
// SOA) for its line only. Their messages say what the finding is about:
// the pool's addresses and their scopes, or the ones its name lacks or
// has too many of, the label at fault, the other record types of an
// alias, the zone without a deployment.
var nameChecks = map[string]bool{
	"pool-aaaa-mismatch": true, "pool-scope-mixed": true, "invalid-hostname": true,
	"cname-other-data": true, "lyncdiscover-view": true, "no-lync-deployment": true,
}

// commaList is a list of words separated by ", ": the addresses or record
// types of a message.
var commaList = regexp.MustCompile(`[^\s,()]+(?:, [^\s,()]+)+`)

// sortLists returns msg with the items of each of its lists in order, so
// that two messages that list the same addresses in another (file) order
// are the same.
func sortLists(msg string) string {
	return commaList.ReplaceAllStringFunc(msg, func(list string) string {
		items := strings.Split(list, ", ")
		slices.Sort(items)
		return strings.Join(items, ", ")
	})
}

// ttlChecks are the checks about TTLs: for them a record whose TTL changed
// is another record, since the change may make or end the mismatch. Every
// other finding keeps its identity through a TTL change (a $TTL lowered
// before a cut-over, an explicit TTL added), which once re-reported every
// old finding of the records it touched as new.
var ttlChecks = map[string]bool{audit.AAAATTLMismatch().ID: true, audit.RRsetTTLMismatch().ID: true}

// recordKey is the text of a record as findings are matched by it: the
// record as parsed (so its layout does not count), without its TTL unless
// withTTL.
func recordKey(r *zone.Record, withTTL bool) string {
	k := *r
	if !withTTL {
		k.TTL = 0
	}
	return k.String()
}

// labelUncompared adds a note to each finding of a zone whose base
// version does not parse: nothing was compared with it, so it is reported
// whether or not the base had it, and the note says so, at the line of
// the base's error in git's version. A finding in a file that a zone with
// a base that parses reads too may be that zone's, which was compared: a
// finding does not say which zone it is of, so the note there names the
// zone that does not parse and says the finding may be its (review 15).
// The syntax findings of the new version are left as they are: they are
// always reported.
func labelUncompared(fresh []audit.Finding, files []File, after []*zone.Zone, base string) {
	compared := map[string]bool{} // the files that a zone with a base that parses reads
	for i, f := range files {
		if f.BaseErr == nil {
			for _, file := range zoneFiles(after[i]) {
				compared[file] = true
			}
		}
	}
	notes := map[string]audit.Related{} // a file of such a zone, or one it includes → the note
	for i, f := range files {
		var ze *zone.Error
		if !errors.As(f.BaseErr, &ze) {
			continue
		}
		for _, file := range zoneFiles(after[i]) {
			notes[file] = uncomparedNote(ze, base, after[i].File, compared[file])
		}
	}
	for i := range fresh {
		if note, ok := notes[fresh[i].Pos.File]; ok && fresh[i].Check != syntaxID {
			fresh[i].Related = append(slices.Clip(fresh[i].Related), note)
		}
	}
}

// zoneFiles returns the file of zone z and the files it includes.
func zoneFiles(z *zone.Zone) []string {
	return append([]string{z.File}, z.Includes...)
}

// uncomparedNote is the note of a finding in a file of zone file, whose
// base version does not parse (ze), at its error; shared: a zone whose
// base parses reads the finding's file too.
func uncomparedNote(ze *zone.Error, base, file string, shared bool) audit.Related {
	if shared {
		return audit.Related{Pos: ze.Pos, Note: fmt.Sprintf(
			"at %s the zone %s, which reads this finding's file too, does not parse here (%v): its findings were not compared, so this finding may be one %s had",
			base, file, ze.Err, base)}
	}
	return audit.Related{Pos: ze.Pos, Note: fmt.Sprintf(
		"at %s the zone does not parse here (%v): nothing to compare with, so this finding is reported whether or not %s had it", base, ze.Err, base)}
}
