package audit

import (
	"cmp"
	"fmt"
	"iter"

	"github.com/zonegen/zonegen/zone"
)

// findingHead is what a finding is found by when a suppression that
// suppressed nothing looks for the finding it was meant for.
type findingHead struct {
	check, name string
	pos         zone.Pos
}

// nameCheck is a check's findings about one name.
type nameCheck struct{ check, name string }

// unusedSuppressions returns a bad-suppression finding for each
// well-formed suppression of zones that suppressed nothing (used, of
// every view) where a view looked (judged, of every view: lookedAt): one
// with a reason, of a check that ran (ran). A zone that
// does not parse is not judged: its records were not audited. A
// suppression is named once, however many views or readings of a file
// hold it. When the findings left (heads) hold one of its check for the
// name of its record, the message says where that finding is, so that
// the comment can be moved there (test 18 D7).
func unusedSuppressions(zones []*zone.Zone, used suppressions, judged lookedSet, ran map[string]bool, heads iter.Seq[findingHead]) []Finding {
	var out []Finding
	seen := map[suppressionKey]bool{}
	for _, z := range zones {
		if z.Err != nil {
			continue
		}
		for _, s := range z.Suppressions {
			k := suppressionKey{s.Pos, s.Check}
			if s.Reason == "" || !ran[s.Check] || used[k] || !judged[k].judged && !neverSuppressed(s.Check) || seen[k] {
				continue
			}
			seen[k] = true
			name := z.Origin // a comment on a line without a record
			if l := judged[k]; l.owner != "" {
				name = l.owner
			}
			out = append(out, Finding{Check: s.Check, Severity: checkBadSuppression.Severity, Name: name, Pos: s.Pos})
		}
	}
	if len(out) == 0 {
		return nil
	}
	at := whereFound(out, heads)
	for i := range out {
		f := &out[i]
		f.Message = unusedMessage(f.Check, f.Name, f.Pos, at[nameCheck{f.Check, f.Name}])
		f.Check = checkBadSuppression.ID
	}
	return out
}

// neverSuppressed reports whether no zonegen:ignore comment suppresses
// check's findings, on any name: they are always reported.
func neverSuppressed(check string) bool {
	return check == checkSyntax.ID || check == checkBadSuppression.ID
}

// lookedSet holds what the views learned of the suppressions that
// suppressed nothing (lookedAt), by suppression.
type lookedSet map[suppressionKey]looked

// looked is what the views learned of a suppression that suppressed
// nothing: whether one looked where it is, and the owner of the first
// record at its line, which the finding names (none on a line without a
// record). The one scan of the records that finds both is all the cost of
// a suppression left unused (review 18b #8: there were two).
type looked struct {
	judged bool
	owner  string
}

// lookedAt adds to judged the suppressions of the view that suppressed
// nothing (used) where the view looked: on the record of a name it looked
// at (every name with --all-hosts, the Lync names without), or on a line
// that holds no record (a directive's), where a comment suppresses
// nothing in any run. A comment on another name's record may be kept for
// runs with --all-hosts (a printer's missing-aaaa), and is not wrong in
// this one. With views, a comment is judged where any view looked at it,
// and reported when no view used it (test 18b D1: one view that did not
// look counted as a use). Only the zones of a suppression left unused are
// read for their records.
func (p *pass) lookedAt(used suppressions, judged lookedSet) {
	pending := map[zone.Pos][]suppressionKey{}
	for k, hit := range used {
		if !hit {
			pending[k.pos] = append(pending[k.pos], k)
		}
	}
	for _, z := range p.zones {
		for i := range z.Records {
			if len(pending) == 0 {
				return
			}
			r := &z.Records[i]
			if ks, ok := pending[r.Pos()]; ok {
				for _, k := range ks {
					l := judged[k]
					l.judged = l.judged || p.isLync(r.Name)
					if l.owner == "" {
						l.owner = r.Name
					}
					judged[k] = l
				}
				delete(pending, r.Pos())
			}
		}
	}
	for _, ks := range pending { // no record at that line
		for _, k := range ks {
			l := judged[k]
			l.judged = true
			judged[k] = l
		}
	}
}

// whereFound returns, for the check and name of each finding of want, the
// place of the first finding of heads with that check and name: in the
// file of the first of want's findings for it, or, when none is there, in
// the first file.
func whereFound(want []Finding, heads iter.Seq[findingHead]) map[nameCheck]zone.Pos {
	file := map[nameCheck]string{}
	checks := map[string]bool{}
	for _, f := range want {
		k := nameCheck{f.Check, f.Name}
		if _, ok := file[k]; !ok {
			file[k] = f.Pos.File
		}
		checks[f.Check] = true
	}
	at := map[nameCheck]zone.Pos{}
	for h := range heads {
		if !checks[h.check] {
			continue
		}
		k := nameCheck{h.check, h.name}
		if f, ok := file[k]; ok {
			if old, ok := at[k]; !ok || before(h.pos, old, f) {
				at[k] = h.pos
			}
		}
	}
	return at
}

// before reports whether position a goes before b for a suppression in
// file: one in file first, then by file and line.
func before(a, b zone.Pos, file string) bool {
	if (a.File == file) != (b.File == file) {
		return a.File == file
	}
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line)) < 0
}

// unusedMessage says that a suppression of check at pos, on a record of
// name, suppresses nothing, and where the check's finding for name is,
// when found is set (Line > 0).
func unusedMessage(check, name string, pos, found zone.Pos) string {
	msg := fmt.Sprintf("zonegen:ignore %s suppresses nothing here: ", check)
	switch {
	case neverSuppressed(check):
		return msg + "its findings are always reported"
	case found.Line == 0:
		return msg + fmt.Sprintf("no %s finding is at this line", check)
	case found.File == pos.File:
		return msg + fmt.Sprintf("the %s finding of %s is at line %d", check, name, found.Line)
	}
	return msg + fmt.Sprintf("the %s finding of %s is at %s", check, name, found)
}

// chunkHeads yields the heads of the findings of chunks and notes, as a
// view's audit left them, or of the merged findings of the views (one
// chunk, no notes).
func chunkHeads(chunks [][]Finding, notes []noteList, ix *index) iter.Seq[findingHead] {
	return func(yield func(findingHead) bool) {
		for _, fs := range chunks {
			for i := range fs {
				if !yield(findingHead{fs[i].Check, fs[i].Name, fs[i].Pos}) {
					return
				}
			}
		}
		for _, ns := range notes {
			for _, n := range ns.notes {
				if !yield(findingHead{ns.check.ID, ix.name(n.owner), ix.recs[n.rec].Pos()}) {
					return
				}
			}
		}
	}
}
