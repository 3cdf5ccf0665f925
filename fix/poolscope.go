package fix

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// checkPoolScope is the audit's check that fix must not fail: a pool whose
// IPv6 addresses span more than one scope.
const checkPoolScope = "pool-scope-mixed"

// dropMixedScopes leaves without an AAAA every host whose new addresses
// would give one of its pools a scope that the pool's other addresses do
// not have: the audit of the result would report pool-scope-mixed, an
// error. The servers of a pool with unique-local AAAA records get no
// global ones from a plan; a pool of no AAAA yet, whose new addresses the
// plan gives in two scopes, gets none, since the plan does not say which
// scope is right. A pool that has mixed scopes already may get more of
// the scopes it has. It is decided on everything the plan gives, before
// any host is left out, as the collisions are.
func (f *fixer) dropMixedScopes() {
	if len(f.pools) == 0 || len(f.res.Added) == 0 {
		return
	}
	added := map[string][]int{} // the places in Added of each name's new records
	for i := range f.res.Added {
		name := f.res.Added[i].Record.Name
		added[name] = append(added[name], i)
	}
	drop := map[string]string{} // host left out -> why
	var order []string
	for _, p := range f.pools {
		for name, why := range f.mixing(&p, added) {
			if _, ok := drop[name]; !ok {
				drop[name] = why
				order = append(order, name)
			}
		}
	}
	for _, name := range order {
		f.leaveOutMixed(name, drop[name])
	}
	if len(order) > 0 {
		f.res.Added = slices.DeleteFunc(f.res.Added, func(a Addition) bool { _, ok := drop[a.Record.Name]; return ok })
	}
}

// mixing returns the hosts of pool p (by name) whose new records in the
// pool's view (added: their places in Added) bring it a scope its
// addresses do not have, with why.
func (f *fixer) mixing(p *audit.Pool, added map[string][]int) map[string]string {
	had := map[string]bool{}
	for _, a := range p.AAAA {
		had[audit.Scope(a)] = true
	}
	scopes := maps.Clone(had)
	var news []int
	for _, name := range p.Names {
		for _, i := range added[name] {
			if slices.Contains(p.Zones, f.res.Added[i].Zone) {
				news = append(news, i)
				scopes[audit.Scope(f.res.Added[i].Record.Addr())] = true
			}
		}
	}
	if len(scopes) < 2 || len(scopes) == len(had) {
		return nil
	}
	out := map[string]string{}
	for _, i := range news {
		rec := &f.res.Added[i].Record
		if s := audit.Scope(rec.Addr()); len(had) == 0 || !had[s] {
			out[rec.Name] = fmt.Sprintf("the plan gives %s (%s, from %s), where pool %s %s: not written",
				rec.Addr(), s, f.res.Added[i].Source, p.Name, poolScopes(p, had))
		}
	}
	return out
}

// poolScopes says what scopes pool p has (had), for a message.
func poolScopes(p *audit.Pool, had map[string]bool) string {
	if len(had) == 0 {
		return "has no AAAA yet and gets addresses of several scopes"
	}
	scopes := slices.Sorted(maps.Keys(had))
	shown := p.AAAA[:min(len(p.AAAA), 3)]
	text := make([]string, len(shown))
	for i, a := range shown {
		text[i] = a.String()
	}
	if len(p.AAAA) > len(shown) {
		text = append(text, "...")
	}
	return fmt.Sprintf("has %s addresses (%s)", strings.Join(scopes, " and "), strings.Join(text, ", "))
}

// leaveOutMixed adds the pool-scope-mixed finding of host name, left
// without an AAAA, at its first A record.
func (f *fixer) leaveOutMixed(name, why string) {
	c, _ := audit.Lookup(checkPoolScope)
	f.res.Left = append(f.res.Left, audit.Finding{
		Check: c.ID, Severity: c.Severity, Name: name, Pos: f.records(name, zone.TypeA)[0].r.Pos(),
		Message: name + " needs an AAAA and " + why,
	})
}
