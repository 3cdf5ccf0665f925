package plan

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"

	"go.yaml.in/yaml/v3"
)

// hosts reads the hosts mapping: canonical name to explicit addresses.
func (r *reader) hosts(n *yaml.Node) map[string]hostEntry {
	out := make(map[string]hostEntry)
	if !r.is(n, yaml.MappingNode, "hosts") {
		return out
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name, ok := r.hostName(k)
		if !ok {
			continue
		}
		if line, dup := seen[name]; dup {
			r.errorf(k, "hosts: %s given twice (first at line %d)", name, line)
			continue
		}
		seen[name] = k.Line
		if addrs, ok := r.hostAddrs(v, "host "+name); ok {
			out[name] = hostEntry{line: k.Line, addrs: addrs}
		}
	}
	return out
}

// hostName reads a key of the hosts mapping and returns it canonical.
func (r *reader) hostName(k *yaml.Node) (string, bool) {
	s, ok := r.str(k, "hosts")
	if !ok {
		return "", false
	}
	name := canonicalName(s)
	if err := checkName(name); err != nil {
		r.errorf(k, "hosts: bad name %q: %v", s, err)
		return "", false
	}
	return name, true
}

// hostAddrs reads the value of a hosts entry: one address or a list.
func (r *reader) hostAddrs(v *yaml.Node, what string) ([]netip.Addr, bool) {
	if v.Kind != yaml.SequenceNode {
		a, ok := r.hostAddr(v, what)
		return []netip.Addr{a}, ok
	}
	if len(v.Content) == 0 {
		r.errorf(v, "%s: empty list of addresses", what)
		return nil, false
	}
	addrs := make([]netip.Addr, 0, len(v.Content))
	lines := make(map[netip.Addr]int)
	all := true
	for _, item := range v.Content {
		a, ok := r.hostAddr(item, what)
		switch {
		case !ok:
			all = false
		case lines[a] != 0:
			r.errorf(item, "%s: %s given twice (first at line %d)", what, a, lines[a])
			all = false
		default:
			addrs, lines[a] = append(addrs, a), item.Line
		}
	}
	return addrs, all
}

// hostAddr reads one explicit address.
func (r *reader) hostAddr(n *yaml.Node, what string) (netip.Addr, bool) {
	var a netip.Addr
	ok := r.value(n, what, func(s string) (err error) { a, err = parseHostAddr(s); return err })
	return a, ok
}

// canonicalName returns name lower case with the trailing dot, the way
// zonegen prints and compares names.
func canonicalName(name string) string {
	name = strings.ToLower(name)
	if !strings.HasSuffix(name, ".") {
		name += "."
	}
	return name
}

// CheckName reports whether name, canonical (Canonical), can be the
// owner of an A or AAAA record: the plan's hosts keys, and the command
// line's --host names, are checked by this one rule.
func CheckName(name string) error { return checkName(name) }

// checkName reports whether canonical name can be the owner of an A or
// AAAA record: labels of letters, digits, hyphens and underscores, or a
// wildcard first label.
func checkName(name string) error {
	if name == "." {
		return errors.New("the root is not a host")
	}
	if len(name) > 254 {
		return errors.New("longer than 253 characters")
	}
	for i, label := range strings.Split(strings.TrimSuffix(name, "."), ".") {
		if err := checkLabel(label, i == 0); err != nil {
			return err
		}
	}
	return nil
}

// checkLabel checks one label of a host name.
func checkLabel(label string, first bool) error {
	switch {
	case label == "":
		return errors.New("empty label")
	case len(label) > 63:
		return fmt.Errorf("label %q is longer than 63 characters", label)
	case label == "*" && first:
		return nil
	}
	for _, c := range []byte(label) {
		if !isNameByte(c) {
			return fmt.Errorf("label %q holds %q (want letters, digits, - and _)", label, c)
		}
	}
	return nil
}

// isNameByte reports whether c may appear in a label.
func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}
