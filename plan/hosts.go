package plan

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
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
		if v.Kind == yaml.MappingNode {
			if h, ok := r.hostByV4(v, "host "+name); ok {
				h.line = k.Line
				out[name] = h
			}
		} else if addrs, ok := r.hostAddrs(v, "host "+name); ok {
			out[name] = hostEntry{line: k.Line, addrs: addrs}
		}
	}
	return out
}

// hostName reads a key of the hosts mapping and returns it canonical.
func (r *reader) hostName(k *yaml.Node) (string, bool) {
	if k.Kind == yaml.ScalarNode && (k.ShortTag() == "!!null" || k.Value == "") {
		// the key is empty, not the value ("hosts: missing value"; test 13 D11)
		r.errorf(k, "hosts: want a host name as the key, got %s", describe(k))
		return "", false
	}
	s, ok := r.str(k, "hosts")
	if !ok {
		return "", false
	}
	name := canonicalName(s)
	if err := checkName(name); err != nil {
		r.errorf(k, "hosts: bad name %s: %v", clip.Quote(s), err)
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

// hostByV4 reads the value of a hosts entry written as a mapping from
// each IPv4 address of the host to its IPv6 address, which says what a
// list cannot when the host's A records differ between views (test 21 #1:
// a list was paired with them in the order the views were read).
func (r *reader) hostByV4(v *yaml.Node, what string) (hostEntry, bool) {
	if len(v.Content) == 0 {
		r.errorf(v, "%s: empty mapping of addresses", what)
		return hostEntry{}, false
	}
	h := hostEntry{byV4: make(map[netip.Addr]netip.Addr, len(v.Content)/2)}
	lines := make(map[netip.Addr]int)
	all := true
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		var v4 netip.Addr
		ok := r.value(k, what, "", func(s string) (err error) { v4, err = parseIPv4Key(s); return err })
		a, aok := r.hostAddr(val, what+", for A "+k.Value)
		switch {
		case !ok || !aok:
			all = false
		case lines[v4] != 0:
			r.errorf(k, "%s: %s given twice (first at line %d)", what, v4, lines[v4])
			all = false
		default:
			lines[v4], h.byV4[v4] = k.Line, a
			h.addrs = append(h.addrs, a)
		}
	}
	return h, all
}

// parseIPv4Key reads the key of a hosts entry's mapping: an IPv4 address
// of the host.
func parseIPv4Key(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return netip.Addr{}, fmt.Errorf("want an IPv4 address of the host (an A record's) as the key, got %s", clip.Quote(s))
	}
	return a, nil
}

// hostAddr reads one explicit address.
func (r *reader) hostAddr(n *yaml.Node, what string) (netip.Addr, bool) {
	var a netip.Addr
	ok := r.value(n, what, "", func(s string) (err error) { a, err = parseHostAddr(s); return err })
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

// CheckName reports whether name can be the owner of an A or AAAA
// record: the plan's hosts keys, and the command line's --host names, are
// checked by this one rule. Given a name canonical (zone.Canonical), it
// decides; given the name as the user spelled it, its error names the
// label and the character the way the user wrote them.
func CheckName(name string) error { return checkName(name) }

// checkName reports whether name can be the owner of an A or AAAA record:
// labels of letters, digits, hyphens and underscores, or a wildcard first
// label. A label ends at a dot that no backslash escapes (`a\.b` is one
// label), and an escaped character is never a name's letter: the
// canonical form escapes only characters a host name cannot hold.
func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("empty name")
	case name == ".":
		return errors.New("the root is not a host")
	case len(name) > 254:
		return errors.New("longer than 253 characters")
	}
	rest := trimFinalDot(name)
	for first := true; ; first = false {
		label, more, found := zone.CutLabel(rest)
		if err := checkLabel(label, first); err != nil {
			return err
		}
		if !found {
			return nil
		}
		rest = more
	}
}

// trimFinalDot returns name without the dot that makes it fully
// qualified: a final dot that no backslash escapes.
func trimFinalDot(name string) string {
	if !strings.HasSuffix(name, ".") {
		return name
	}
	backslashes := 0
	for i := len(name) - 2; i >= 0 && name[i] == '\\'; i-- {
		backslashes++
	}
	if backslashes%2 == 1 {
		return name
	}
	return name[:len(name)-1]
}

// checkLabel checks one label of a host name, as spelled.
func checkLabel(label string, first bool) error {
	switch {
	case label == "":
		return errors.New("empty label")
	case len(label) > 63:
		return fmt.Errorf("label %s is longer than 63 characters", quoteSpelling(label))
	case label == "*" && first:
		return nil
	}
	for i := 0; i < len(label); {
		r, size, escaped := nextChar(label[i:])
		if !escaped && isNameRune(r) {
			i += size
			continue
		}
		return fmt.Errorf("label %s holds %s", quoteSpelling(label), charFault(r, label[i:i+size]))
	}
	return nil
}

// charFault names a character a label cannot hold, spelled as given, and
// says what a label holds instead.
func charFault(r rune, spelled string) string {
	const want = " (want letters, digits, - and _)"
	switch {
	case r == utf8.RuneError && len(spelled) == 1:
		return fmt.Sprintf("the byte 0x%02x, not UTF-8", spelled[0])
	case r >= utf8.RuneSelf && spelled[0] == '\\' && len(spelled) == 4:
		return fmt.Sprintf("the byte %s, not ASCII%s", spelled, want)
	case r >= utf8.RuneSelf:
		return fmt.Sprintf("%q, not ASCII (write an internationalized name in its xn-- form)", r)
	}
	return fmt.Sprintf("%q%s", r, want)
}

// nextChar returns the first character of s, the number of bytes that
// spell it and whether a backslash escapes it: \DDD is the byte DDD, \X
// is X, and anything else a UTF-8 character (utf8.RuneError for a byte
// that is not UTF-8).
func nextChar(s string) (r rune, size int, escaped bool) {
	if s[0] != '\\' || len(s) == 1 {
		r, size = utf8.DecodeRuneInString(s)
		return r, size, false
	}
	if len(s) >= 4 && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) {
		n, _ := strconv.Atoi(s[1:4])
		return rune(n), 4, true
	}
	r, size = utf8.DecodeRuneInString(s[1:])
	return r, 1 + size, true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// quoteSpelling quotes a label as the user wrote it: between double
// quotes, backslashes and all, unless it holds a character that must be
// escaped to be seen (a control character, a double quote), where Go's
// quoting is used, as for a byte that is not UTF-8.
func quoteSpelling(s string) string {
	if !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	for _, r := range s {
		if r == '"' || !unicode.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return `"` + s + `"`
}

// isNameRune reports whether r may appear in a label: DNS letters in
// either case (a canonical name has lower case only), digits, - and _.
func isNameRune(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-' || r == '_'
}
