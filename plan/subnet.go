package plan

import (
	"cmp"
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/clip"
)

// subnets reads the subnets list, checks the entries against each other
// and returns them most specific first.
func (r *reader) subnets(n *yaml.Node) []subnet {
	if !r.is(n, yaml.SequenceNode, "subnets") {
		return nil
	}
	var subs []subnet
	for i, item := range n.Content {
		if s, ok := r.subnet(i, item); ok {
			subs = append(subs, s)
		}
	}
	subs = r.distinct(subs)
	r.disjoint(subs)
	slices.SortFunc(subs, func(a, b subnet) int {
		if c := cmp.Compare(b.ipv4.Bits(), a.ipv4.Bits()); c != 0 {
			return c
		}
		return a.ipv4.Addr().Compare(b.ipv4.Addr())
	})
	return subs
}

// subnet reads the i-th (0-based) entry of the subnets list.
func (r *reader) subnet(i int, n *yaml.Node) (subnet, bool) {
	what := subnetLabel(i, n)
	if !r.is(n, yaml.MappingNode, what) {
		return subnet{}, false
	}
	f := r.fields(n, what, "ipv4", "ipv6", "host")
	ok := r.require(n, f, what, "ipv4", "ipv6", "host")
	s := subnet{line: n.Line}
	if v := f["ipv4"]; v != nil {
		ok = r.value(v, what, "ipv4", func(v string) (err error) { s.ipv4, err = parseIPv4(v); return err }) && ok
	}
	if v := f["ipv6"]; v != nil {
		ok = r.value(v, what, "ipv6", func(v string) (err error) { s.ipv6, err = parseIPv6(v); return err }) && ok
	}
	if v := f["host"]; v != nil {
		ok = r.value(v, what, "host", func(v string) (err error) { s.scheme, err = parseScheme(v); return err }) && ok
	}
	if !ok {
		return subnet{}, false
	}
	if err := s.fits(); err != nil {
		r.errorf(f["host"], "%s: %v", what, err)
		return subnet{}, false
	}
	return s, true
}

// subnetLabel names the i-th subnet in messages: by its ipv4 text when it
// has one, else by its place in the list.
func subnetLabel(i int, n *yaml.Node) string {
	for j := 0; n.Kind == yaml.MappingNode && j+1 < len(n.Content); j += 2 {
		if k, v := n.Content[j], n.Content[j+1]; k.Value == "ipv4" && v.Kind == yaml.ScalarNode && v.Value != "" {
			if strings.ContainsAny(v.Value, " \t\r\n\"") {
				return fmt.Sprintf("subnet %s", clip.Quote(v.Value))
			}
			return "subnet " + v.Value
		}
	}
	return fmt.Sprintf("subnets[%d]", i)
}

// value reads scalar n, the value of key (if any), and hands its text to
// parse, recording a problem at n's line if either fails. A value that is
// no text (a list, nothing) is said with its key: "subnets[0]: want a
// value, got a list" did not say which (test 13 D11).
func (r *reader) value(n *yaml.Node, what, key string, parse func(string) error) bool {
	label := what
	if key != "" {
		label += ": " + key
	}
	v, ok := r.str(n, label)
	if !ok {
		return false
	}
	if err := parse(v); err != nil {
		r.errorf(n, "%s: %v", what, err)
		return false
	}
	return true
}

// distinct records a problem for each subnet whose IPv4 prefix an earlier
// one already has, since neither would be more specific, and returns the
// subnets without them.
func (r *reader) distinct(subs []subnet) []subnet {
	first := make(map[netip.Prefix]int)
	out := subs[:0]
	for _, s := range subs {
		if line, dup := first[s.ipv4]; dup {
			r.errorAt(s.line, "subnet %s: same ipv4 prefix as the subnet at line %d, so neither is more specific", s.ipv4, line)
			continue
		}
		first[s.ipv4] = s.line
		out = append(out, s)
	}
	return out
}

// disjoint records a problem for each subnet whose derived addresses may
// be those of another subnet: two hosts would get the same AAAA. Every
// scheme maps an IPv4 subnet in order onto a range of IPv6 addresses, so
// two subnets are disjoint when their ranges are. Two embed subnets never
// collide, as the low 32 bits are the whole IPv4 address.
func (r *reader) disjoint(subs []subnet) {
	byLow := slices.Clone(subs)
	slices.SortStableFunc(byLow, func(a, b subnet) int { return a.low().Compare(b.low()) })
	var reach, reachNonEmbed *subnet // the subnets seen so far whose ranges end last
	for i := range byLow {
		s := &byLow[i]
		other := reach
		if s.scheme == Embed {
			other = reachNonEmbed
		}
		if other != nil && s.low().Compare(other.high()) <= 0 {
			r.collision(*s, *other)
		}
		if reach == nil || s.high().Compare(reach.high()) > 0 {
			reach = s
		}
		if s.scheme != Embed && (reachNonEmbed == nil || s.high().Compare(reachNonEmbed.high()) > 0) {
			reachNonEmbed = s
		}
	}
}

// collision records that subnets a and b overlap, at the later one's line.
func (r *reader) collision(a, b subnet) {
	if a.line < b.line {
		a, b = b, a
	}
	r.errorAt(a.line, "subnet %s: can derive the same IPv6 addresses as subnet %s at line %d", a.ipv4, b.ipv4, b.line)
}

// fits reports whether the scheme has host bits to write and room to
// write them after the IPv6 prefix.
func (s subnet) fits() error {
	need := s.hostBits()
	if need == 0 {
		return fmt.Errorf("a /32 has no host bits for %s (use embed or a hosts entry)", s.scheme)
	}
	if room := 128 - s.ipv6.Bits(); room < need {
		return fmt.Errorf("%s needs an ipv6 prefix of /%d or shorter, got /%d", s.scheme, 128-need, s.ipv6.Bits())
	}
	return nil
}

// hostBits is the number of low bits of the IPv6 address the scheme
// writes.
func (s subnet) hostBits() int {
	switch s.scheme {
	case Mimic:
		return 16 * len(hostOctets(s.ipv4.Addr(), s.ipv4.Bits()))
	case LowBits:
		return 32 - s.ipv4.Bits()
	}
	return 32
}
