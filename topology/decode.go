package topology

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
)

// decoder walks the YAML node tree of a topology file and collects every
// error with its line.
type decoder struct {
	file string
	errs ErrorList
}

// fields maps the keys a mapping may hold to what to do with their values.
type fields map[string]func(value *yaml.Node)

// errorf records an error at a line of the topology file.
func (d *decoder) errorf(line int, format string, args ...any) {
	err := fmt.Errorf(format, args...)
	d.errs = append(d.errs, &zone.Error{Pos: zone.Pos{File: d.file, Line: line}, Err: err})
}

// is checks that n is a node of the kind wanted; aliases are refused, so
// that a small file cannot expand into a huge tree.
func (d *decoder) is(n *yaml.Node, path string, kind yaml.Kind, what string) bool {
	switch {
	case n.Kind == yaml.AliasNode:
		d.errorf(n.Line, "%s: YAML aliases are not supported", orTop(path))
		return false
	case n.Kind == yaml.ScalarNode && n.Tag == "!!null" && kind != yaml.ScalarNode:
		d.errorf(n.Line, "%s: missing value (want %s)", orTop(path), what)
		return false
	case n.Kind != kind:
		d.errorf(n.Line, "%s: want %s", orTop(path), what)
		return false
	}
	return true
}

// mapping hands the value of each key of the mapping n to its field, and
// reports unknown, repeated and missing keys. It returns false when n is
// not a mapping.
func (d *decoder) mapping(n *yaml.Node, path string, fs fields, required ...string) bool {
	if !d.is(n, path, yaml.MappingNode, "a mapping") {
		return false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		d.field(k, v, path, fs, seen)
	}
	for _, key := range required {
		if !seen[key] {
			d.errorf(n.Line, "%s: missing %s", orTop(path), key)
		}
	}
	return true
}

// field hands one value to the field of its key.
func (d *decoder) field(k, v *yaml.Node, path string, fs fields, seen map[string]bool) {
	if k.Kind != yaml.ScalarNode {
		d.errorf(k.Line, "%s: keys must be plain words", orTop(path))
		return
	}
	f, ok := fs[k.Value]
	switch {
	case !ok:
		d.errorf(k.Line, "%s: unknown key %s (want %s)", orTop(path), clip.Quote(k.Value), known(fs))
	case seen[k.Value]:
		d.errorf(k.Line, "%s: %s given twice", orTop(path), k.Value)
	default:
		seen[k.Value] = true
		f(atKey(k, v))
	}
}

// atKey returns the value of a key, placed on the key's line when it is a
// block mapping or list that starts on a later line: an item is reported
// where its key is (edge.external: at "external:", not at its first key).
func atKey(k, v *yaml.Node) *yaml.Node {
	if v.Line <= k.Line || (v.Kind != yaml.MappingNode && v.Kind != yaml.SequenceNode) {
		return v
	}
	at := *v
	at.Line = k.Line
	return &at
}

// known lists the keys of a mapping for an error message.
func known(fs fields) string {
	keys := make([]string, 0, len(fs))
	for k := range fs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return "one of " + strings.Join(keys, ", ")
}

// orTop names the top level of the file in messages.
func orTop(path string) string {
	if path == "" {
		return "topology"
	}
	return path
}

// join appends a key to a path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// index appends a sequence index to a path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// sequence hands each item of the sequence n to f.
func (d *decoder) sequence(n *yaml.Node, path string, f func(item *yaml.Node, path string)) {
	if !d.is(n, path, yaml.SequenceNode, "a list") {
		return
	}
	for i, item := range n.Content {
		f(item, index(path, i))
	}
}

// scalars returns the scalar n, or the scalar items of the sequence n, so
// that a key may hold one value or a list of them.
func (d *decoder) scalars(n *yaml.Node, path string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []*yaml.Node{n}
	}
	if !d.is(n, path, yaml.SequenceNode, "a value or a list of values") {
		return nil
	}
	var out []*yaml.Node
	for i, item := range n.Content {
		if _, ok := d.str(item, index(path, i)); ok {
			out = append(out, item)
		}
	}
	return out
}

// str returns the text of a scalar that is not empty.
func (d *decoder) str(n *yaml.Node, path string) (string, bool) {
	if !d.is(n, path, yaml.ScalarNode, "a value") {
		return "", false
	}
	if n.Tag == "!!null" || n.Value == "" {
		d.errorf(n.Line, "%s: missing value", path)
		return "", false
	}
	return n.Value, true
}

// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, path string) bool {
	if !d.is(n, path, yaml.ScalarNode, "true or false") {
		return false
	}
	if n.Tag != "!!bool" {
		d.errorf(n.Line, "%s: want true or false, not %s", path, clip.Quote(n.Value))
		return false
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		d.errorf(n.Line, "%s: %w", path, err)
	}
	return b
}
