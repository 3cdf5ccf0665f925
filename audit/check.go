package audit

import "github.com/zonegen/zonegen/zone"

// Check describes one check: its stable ID, default severity and the
// documentation that `zonegen checks ID`, the README and SARIF rules are
// made from. Checks are data; the function that runs an audit check is in
// the file named after it. Those of fix and review are data here too, and
// run where their stage does: in package fix (collide.go, shared.go,
// aaaa.go) and package review (serial.go). generate's are package
// topology's (checks.go).
type Check struct {
	ID       string
	Severity Severity
	Title    string // one line
	Text     string // what it means and why it matters
	Bad      string // a zone fragment that triggers it
	Good     string // the same fragment, fixed
	Ref      string // the RFC or Lync page it rests on
	// Stage is "audit" for the checks that audit runs; "fix" and "review"
	// checks are reported by those commands.
	Stage string

	// externalOnly says that the check looks at the external view only:
	// it runs with --view external alone (running).
	externalOnly bool

	run func(p *pass, c *Check)
	// host, for a check that looks at each host on its own, is what it
	// does with one: runChecks makes each host once for all such checks,
	// and shares the hosts out among the cores.
	host func(p *pass, c *Check, h *host)
	// describe, for a check that keeps notes (pass.note), appends the
	// message of the note about an owner of the index to b.
	describe func(ix *index, owner int32, b []byte) []byte
}

// Checks returns every check, ordered by ID: copies, as Lookup and the
// accessors (NoPlan, ...) return, so that no caller can change a check
// for every later audit of the process (review 16 G5).
func Checks() []*Check {
	all := allChecks()
	out := make([]*Check, len(all))
	for i, c := range all {
		out[i] = c.copy()
	}
	return out
}

// Lookup returns a copy of the check with the given ID.
func Lookup(id string) (*Check, bool) {
	for _, c := range allChecks() {
		if c.ID == id {
			return c.copy(), true
		}
	}
	return nil, false
}

// Finding returns a finding of check c about name at pos, at c's default
// severity: the finding of a check that runs outside this package (fix's,
// review's, and the audit checks fix applies to what it would add).
func (c *Check) Finding(name string, pos zone.Pos, msg string, related ...Related) Finding {
	return Finding{Check: c.ID, Severity: c.Severity, Name: name, Pos: pos, Message: msg, Related: related}
}

// copy returns a copy of c, for a caller outside the package.
func (c *Check) copy() *Check {
	cp := *c
	return &cp
}
