package fix

import (
	"fmt"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/addrscope"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// auditOn reports whether the audit runs check id, by the reading of
// --disable and --enable that audit itself makes. The flags were read for
// fix's own stage already: an unknown ID cannot come here.
func auditOn(opt audit.Options, id string) bool {
	on, err := audit.Selected(opt, "audit")
	return err == nil && on[id]
}

// notExternal leaves host name, whose first A record is first, without
// an AAAA when the plan gives it an address that the outside cannot reach
// (unique local or link-local) in the external view: the audit of the
// result would report it as external-local-aaaa, an error. It reports
// whether it did. The host gets none of its addresses, as for a pool
// that the plan covers in part (no-plan).
func (f *fixer) notExternal(name string, first *zone.Record, addrs []plan.Address) bool {
	for _, a := range addrs {
		s, local := addrscope.Local(a.Addr)
		if !local {
			continue
		}
		f.res.Left = append(f.res.Left, audit.ExternalLocalAAAA().Finding(name, first.Pos(),
			fmt.Sprintf("%s needs an AAAA and the plan gives %s (%s, from %s), which cannot be reached from outside: not written in the external view",
				name, a.Addr, s, f.source(a.Source))))
		return true
	}
	return false
}
