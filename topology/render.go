package topology

import (
	"fmt"
	"maps"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/zone"
	"golang.org/x/net/publicsuffix"
)

// Fragment is the zone fragment of one view: the text to write, and the
// records it holds with the line each is written on.
type Fragment struct {
	View    View
	Origin  string   // the zone the fragment's names belong to (fragmentOrigin)
	Text    string   // the fragment, ready to $INCLUDE or paste
	Records []Record // in the order written
	Lines   []int    // Lines[i] is the 1-based line of Records[i] in Text
}

// Render writes the records of a view as zone fragments, one for each
// zone its names belong to (fragmentOrigin), each with a header that says
// where it comes from, $ORIGIN, then the records group by group under a
// comment, owner names relative to the origin, columns aligned, TTL and
// class on every record. BIND ignores a record outside the zone that
// $INCLUDEs a fragment ("ignoring out-of-zone data"), so a fragment holds
// the names at or below its origin only: one fragment for all SIP domains
// lost the others' records (test 19a D2). The fragments come in the order
// of the SIP domains, then of the other origins' first records; a view
// without records is one fragment that says so. The same topology always
// renders the same text.
func (t *Topology) Render(v View) []*Fragment {
	all := t.Records(v)
	// judged for the view, not for each fragment: a fragment without AAAA
	// in a view with some is no IPv4-only view (test 21g #1: its names
	// lost their comments, and the audit of generate's output failed)
	only := ipv4Only(all)
	origins, recs := t.splitByOrigin(all)
	out := make([]*Fragment, len(origins))
	for i, o := range origins {
		out[i] = t.render(v, o, recs[o], i+1, len(origins), only)
	}
	return out
}

// splitByOrigin parts recs by the origin of the fragment each goes into,
// keeping their order, and lists the origins in the order Render gives
// the fragments.
func (t *Topology) splitByOrigin(recs []Record) ([]string, map[string][]Record) {
	ups := map[string]bool{} // the domains one label up of the names outside the SIP domains
	for _, r := range recs {
		if t.sipDomainOf(r.Name) == "" {
			ups[domainUp(r.Name)] = true
		}
	}
	by := map[string][]Record{}
	var others []string
	for _, r := range recs {
		o := t.fragmentOrigin(r.Name, ups)
		if _, ok := by[o]; !ok && !t.isSIPDomain(o) {
			others = append(others, o)
		}
		by[o] = append(by[o], r)
	}
	var origins []string
	for _, d := range t.SIPDomains {
		if _, ok := by[d.FQDN]; ok {
			origins = append(origins, d.FQDN)
		}
	}
	origins = append(origins, others...)
	if len(origins) == 0 {
		origins = []string{t.origin()}
	}
	return origins, by
}

// fragmentOrigin returns the origin of the fragment a record of name goes
// into: the SIP domain that name is at or below (the longest, when one SIP
// domain lies below another); else the name itself when it is the domain
// one label up of another name outside the SIP domains (ups), or when it
// has two labels (a zone's own name, never a top-level domain: test 19c
// D7 found lyncmed.com. and fabrikam.com. in a fragment of com.); else
// the name one label up, so that the pool and server names of another
// domain (pool01.corp.fabrikam.net.) go into a fragment of their own,
// which a zone of that domain or above it can $INCLUDE.
func (t *Topology) fragmentOrigin(name string, ups map[string]bool) string {
	if d := t.sipDomainOf(name); d != "" {
		return d
	}
	if ups[name] {
		return name
	}
	return domainUp(name)
}

// domainUp returns the name one label up of a name outside the SIP
// domains, or the name itself when that would be a public suffix, under
// which names of many owners lie (com., co.uk.: review 19b #3), by the
// Public Suffix List that golang.org/x/net/publicsuffix compiles in.
func domainUp(name string) string {
	up := zone.ParentName(name)
	if up == "." || up == "" {
		return name
	}
	if d := strings.TrimSuffix(up, "."); publicSuffix(d) == d {
		return name
	}
	return up
}

// publicSuffix returns the public suffix of domain d (no final dot).
func publicSuffix(d string) string {
	s, _ := publicsuffix.PublicSuffix(d)
	return s
}

// sipDomainOf returns the SIP domain that name is at or below, the
// longest when one lies below another, or "".
func (t *Topology) sipDomainOf(name string) string {
	best := ""
	for _, d := range t.SIPDomains {
		if len(d.FQDN) > len(best) && zone.InZone(name, d.FQDN) {
			best = d.FQDN
		}
	}
	return best
}

// isSIPDomain reports whether name is one of the SIP domains.
func (t *Topology) isSIPDomain(name string) bool {
	for _, d := range t.SIPDomains {
		if d.FQDN == name {
			return true
		}
	}
	return false
}

// render writes the fragment of view v whose origin is origin, part of
// the parts of the view, holding recs; only is the view's IPv4Only.
func (t *Topology) render(v View, origin string, recs []Record, part, parts int, only map[string]string) *Fragment {
	f := &Fragment{View: v, Origin: origin, Records: recs}
	w := &fragmentWriter{origin: f.Origin, ipv4Only: maps.Clone(only)}
	w.header(t, v, part, parts)
	w.columns(f.Records)
	group := ""
	for _, r := range f.Records {
		if r.Group != group {
			group = r.Group
			w.line("")
			w.line("; " + group)
		}
		f.Lines = append(f.Lines, w.record(r))
	}
	if len(f.Records) == 0 {
		w.line("")
		w.line("; The topology gives no records for this view.")
	}
	f.Text = w.b.String()
	return f
}

// origin returns the origin of the fragment of a view without records:
// the first SIP domain.
func (t *Topology) origin() string {
	if len(t.SIPDomains) == 0 {
		return "."
	}
	return t.SIPDomains[0].FQDN
}

// fragmentWriter builds the text of a fragment line by line.
type fragmentWriter struct {
	b          strings.Builder
	lines      int
	origin     string
	ownerWidth int
	ttlWidth   int
	typeWidth  int
	// ipv4Only holds the names whose first A record gets a zonegen:ignore
	// missing-aaaa comment (IPv4Only); a name leaves it once written.
	ipv4Only map[string]string
}

// line writes one line.
func (w *fragmentWriter) line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
	w.lines++
}

// header writes the comment that says where the fragment comes from, and
// the $ORIGIN. A view of several fragments says which part each is: the
// records of the zone of its origin, for that zone to $INCLUDE.
func (w *fragmentWriter) header(t *Topology, v View, part, parts int) {
	file := printable(t.File)
	w.line(fmt.Sprintf("; Lync Server DNS records, %s view.", v))
	if parts > 1 {
		w.line(fmt.Sprintf("; Part %d of %d: the names at or below %s, for its zone to $INCLUDE.", part, parts, w.origin))
	}
	w.line(fmt.Sprintf("; Generated by zonegen from %s. Do not edit by hand: change the topology", file))
	w.line(fmt.Sprintf(";   and regenerate with: zonegen generate --topology %s --view %s", shellQuote(file), v))
	w.line("$ORIGIN " + w.origin)
}

// columns measures the owner, TTL and type columns over all records.
func (w *fragmentWriter) columns(recs []Record) {
	for _, r := range recs {
		w.ownerWidth = max(w.ownerWidth, len(zone.Relative(r.Name, w.origin)))
		w.ttlWidth = max(w.ttlWidth, len(strconv.FormatUint(uint64(r.TTL), 10)))
		w.typeWidth = max(w.typeWidth, len(r.Type.String()))
	}
}

// record writes one record and returns its line. The first A record of a
// name in IPv4 mode says so in a zonegen:ignore comment, the record that
// zonegen audit's missing-aaaa finding would be at: the audit of the
// fragment then agrees with generate, and the reader sees why.
func (w *fragmentWriter) record(r Record) int {
	text := fmt.Sprintf("%-*s %*d IN %-*s %s", w.ownerWidth, zone.Relative(r.Name, w.origin),
		w.ttlWidth, r.TTL, w.typeWidth, r.Type, r.Rdata())
	if why := w.ipv4Only[r.Name]; why != "" && r.Type == zone.TypeA {
		text += " ; zonegen:ignore missing-aaaa " + why
		delete(w.ipv4Only, r.Name)
	}
	w.line(text)
	return w.lines
}

// printable replaces the characters that would break a comment line.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return '?'
		}
		return r
	}, s)
}

// shellQuote quotes a file name for the command in the header when the
// shell would split or expand it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsFunc(s, needsQuote) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// needsQuote reports whether the shell treats r specially.
func needsQuote(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./+,:@%", r))
}
