package plan

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/clip"
)

// reader walks the YAML node tree of a plan and collects every problem it
// finds, each with the line of the node it is about.
type reader struct {
	file string
	errs []*Error
}

// errorAt records a problem at line.
func (r *reader) errorAt(line int, format string, args ...any) {
	r.errs = append(r.errs, &Error{File: r.file, Line: line, Err: fmt.Errorf(format, args...)})
}

// errorf records a problem at the line of node n.
func (r *reader) errorf(n *yaml.Node, format string, args ...any) {
	r.errorAt(n.Line, format, args...)
}

// err returns the problems found, in line order, or nil.
func (r *reader) err() error {
	slices.SortStableFunc(r.errs, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
	switch len(r.errs) {
	case 0:
		return nil
	case 1:
		return r.errs[0]
	}
	errs := make([]error, len(r.errs))
	for i, e := range r.errs {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// plan reads the root mapping.
func (r *reader) plan(root *yaml.Node) *Plan {
	p := &Plan{File: r.file}
	if !r.is(root, yaml.MappingNode, "plan") {
		return p
	}
	f := r.fields(root, "plan", "version", "subnets", "hosts")
	r.version(root, f["version"])
	if n := f["subnets"]; n != nil {
		p.subnets = r.subnets(n)
		p.byIPv4, p.lengths = indexSubnets(p.subnets)
	}
	if n := f["hosts"]; n != nil {
		p.hosts = r.hosts(n)
	}
	if len(r.errs) == 0 && len(p.subnets) == 0 && len(p.hosts) == 0 {
		r.errorf(root, "plan: no subnets and no hosts")
	}
	return p
}

// version checks that the plan is version 1, the only one there is.
func (r *reader) version(root, n *yaml.Node) {
	switch {
	case n == nil:
		r.errorf(root, "plan: missing version (want version: 1)")
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" && n.Value == "1":
		// "unsupported version "1" (want 1)" read as a contradiction (test 13 D11)
		r.errorf(n, `plan: version: want the number 1, got the text "1" (write version: 1, without quotes)`)
	case n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Value != "1":
		r.errorf(n, "plan: unsupported version %s (want 1)", describe(n))
	}
}

// is reports whether n is of the kind wanted, and records a problem if not.
func (r *reader) is(n *yaml.Node, kind yaml.Kind, what string) bool {
	if n.Kind == kind {
		return true
	}
	r.errorf(n, "%s: want %s, got %s", what, kindName(kind), describe(n))
	return false
}

// str returns the text of scalar n, recording a problem if n is not a
// scalar or is empty.
func (r *reader) str(n *yaml.Node, what string) (string, bool) {
	if !r.is(n, yaml.ScalarNode, what) {
		return "", false
	}
	if n.ShortTag() == "!!null" || n.Value == "" {
		r.errorf(n, "%s: missing value", what)
		return "", false
	}
	return n.Value, true
}

// fields returns the values of mapping n by key. It records keys that are
// not in known, keys given twice and keys that are not plain text.
func (r *reader) fields(n *yaml.Node, what string, known ...string) map[string]*yaml.Node {
	out := make(map[string]*yaml.Node)
	lines := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			r.errorf(k, "%s: want a key, got %s", what, describe(k))
		case !slices.Contains(known, k.Value):
			r.errorf(k, "%s: unknown key %s (want %s)", what, clip.Quote(k.Value), strings.Join(known, ", "))
		case lines[k.Value] != 0:
			r.errorf(k, "%s: %s given twice (first at line %d)", what, k.Value, lines[k.Value])
		default:
			out[k.Value], lines[k.Value] = v, k.Line
		}
	}
	return out
}

// require records a problem at mapping n for each key missing from f.
func (r *reader) require(n *yaml.Node, f map[string]*yaml.Node, what string, keys ...string) bool {
	ok := true
	for _, k := range keys {
		if f[k] == nil {
			r.errorf(n, "%s: missing %s", what, k)
			ok = false
		}
	}
	return ok
}

// kindName names a node kind in messages.
func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return "a value"
	case yaml.AliasNode:
		return "an alias (aliases are not supported)"
	}
	return "a YAML document"
}

// describe names what node n holds, for messages.
func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null":
		return "nothing"
	case n.Kind == yaml.ScalarNode:
		return clip.Quote(n.Value)
	}
	return kindName(n.Kind)
}
