package zone

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

// absName makes a domain name from a master file absolute: "@" is the
// origin, a name without a final dot is relative to it.
func absName(name, origin string) (string, error) {
	if name == "@" {
		return origin, nil
	}
	if _, ok := dns.IsDomainName(name); !ok {
		return "", fmt.Errorf("bad domain name %s", clip.Quote(name))
	}
	if dns.IsFqdn(name) {
		return name, nil
	}
	if origin == "" {
		return "", fmt.Errorf("relative name %s and no origin", clip.Quote(name))
	}
	if origin == "." {
		return name + ".", nil
	}
	return name + "." + origin, nil
}

// canonical returns name in the form zonegen prints and compares names:
// ASCII letters in lower case (DNS compares only those without regard to
// case, RFC 4343; other bytes stay as they are), fully qualified, and
// escaped as miekg/dns and BIND print names: a raw control byte or a byte
// beyond ASCII is \DDD, so that "x<ESC>y" and `x\027y` are one name, and
// no report carries a raw control byte.
func canonical(name string) string {
	if settledName(name) {
		return dns.Fqdn(name)
	}
	if needsPrinting(name) {
		name = printedName(name)
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 'A' && c <= 'Z' {
			b := []byte(name)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return dns.Fqdn(string(b))
		}
	}
	return dns.Fqdn(name)
}

// Canonical returns name lower case and fully qualified, the way zonegen
// prints and compares names.
func Canonical(name string) string { return canonical(name) }

// IsOrigin reports whether s, a zone's origin given on a command line, is
// a domain name as a zone file would write it: one miekg/dns takes, with
// no space or control character, which a zone file writes escaped (\032),
// though miekg/dns takes "contoso com".
func IsOrigin(s string) bool {
	_, ok := dns.IsDomainName(canonical(s))
	return ok && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) })
}

// InZone reports whether name is origin or lies below it; both are
// canonical. The dot before origin must end a label: one that a backslash
// escapes does not (evil\.contoso.com. is a label of com., not a name of
// contoso.com., as BIND reads it). A comparison of the names' ends, where
// IsSubdomain splits both into labels: the audit asks it of every owner.
func InZone(name, origin string) bool {
	switch {
	case origin == "." || name == origin:
		return true
	case len(name) <= len(origin) || !strings.HasSuffix(name, origin):
		return false
	}
	dot := len(name) - len(origin) - 1
	if name[dot] != '.' {
		return false
	}
	backslashes := 0
	for i := dot - 1; i >= 0 && name[i] == '\\'; i-- {
		backslashes++
	}
	return backslashes%2 == 0
}

// IsSubdomain reports whether child is parent or below it. Both names must
// be canonical.
func IsSubdomain(parent, child string) bool { return dns.IsSubDomain(parent, child) }

// CutLabel slices name around the dot that ends its first label, as
// strings.Cut(name, ".") does, but a dot escaped with a backslash is part
// of the label: `pool\.01.contoso.com.` is the label `pool\.01` and then
// contoso.com. (RFC 1035 §5.1; a decimal escape, `\046`, holds no dot, and
// after `\\`, an escaped backslash, a dot ends the label). found is false
// when the name has no dot that ends a label.
func CutLabel(name string) (label, rest string, found bool) {
	i := labelEnd(name)
	if i < 0 {
		return name, "", false
	}
	return name[:i], name[i+1:], true
}

// ParentName returns the name one label up, "." for a top-level name,
// and "" for the root.
func ParentName(name string) string {
	_, parent, ok := CutLabel(name)
	switch {
	case !ok || name == ".":
		return ""
	case parent == "":
		return "."
	}
	return parent
}

// labelEnd returns the index of the dot that ends the first label of name,
// or -1. A label without a backslash, nearly every one, costs a search for
// the dot and one for a backslash before it; miekg/dns's NextLabel, which
// looks back over the backslashes before each dot, takes a name's final
// dot for its end rather than a label's.
func labelEnd(name string) int {
	i := strings.IndexByte(name, '.')
	if i <= 0 || strings.IndexByte(name[:i], '\\') < 0 {
		return i
	}
	for j := 0; j < len(name); j++ {
		switch name[j] {
		case '\\':
			j++ // the escaped character, or the first digit of \DDD
		case '.':
			return j
		}
	}
	return -1
}

// printedName writes a name with escapes the way miekg/dns prints names:
// an escape stays only where the character needs one, so that each name
// has one string (`\$a.example.` and `$a.example.` are one name; fix
// writes the first at the start of a line, where $ would begin a
// directive). A name that does not pack, or has a decimal escape past
// 255 (which miekg/dns reads modulo 256 and BIND refuses), is left as it is.
func printedName(name string) string {
	for i := 0; i+3 < len(name); i++ {
		if name[i] == '\\' {
			if d := name[i+1 : i+4]; d > "255" && d <= "999" && isDigits(d) {
				return name
			}
			i++ // the escaped character
		}
	}
	var buf [256]byte
	n, err := dns.PackDomainName(dns.Fqdn(name), buf[:], 0, nil, false)
	if err != nil {
		return name
	}
	s, _, err := dns.UnpackDomainName(buf[:n], 0)
	if err != nil {
		return name
	}
	return s
}

// settledBytes are the bytes of a name that canonical leaves as they are.
var settledBytes = newByteSet("abcdefghijklmnopqrstuvwxyz0123456789.-_*/")

// settledName reports whether name is made of settledBytes only, as
// almost every name is: one pass over it, where looking for an escape
// and for upper case took two.
func settledName(name string) bool {
	for i := 0; i < len(name); i++ {
		if !settledBytes[name[i]] {
			return false
		}
	}
	return true
}

// needsPrinting reports whether name has an escape, or a byte that
// miekg/dns prints as an escape: a control byte, DEL, a byte beyond
// ASCII, or an @ inside a name (`a@b` is `a\@b`). Most names have none,
// and cost this scan only.
func needsPrinting(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == '\\' || c == '@' || c < ' ' || c > '~' {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// maxWire is the most octets a name may have in wire form (RFC 1035 §2.3.4).
const maxWire = 255

// checkNameLength refuses a canonical, fully qualified name longer than
// 255 octets in wire form, which BIND refuses ("ran out of space") and
// miekg/dns lets through when the origin makes it so, or when it is one
// octet too long. A name of up to 254 bytes as written is short enough
// (its wire form is one more octet at most), so the common case costs one
// comparison.
func checkNameLength(name string) error {
	if len(name) < maxWire {
		return nil
	}
	if n := wireLength(name); n > maxWire {
		return fmt.Errorf("name longer than %d octets: %s... is %d", maxWire, name[:40], n)
	}
	return nil
}

// wireLength returns the length in wire form of a fully qualified name in
// presentation form: one octet a byte, an escape (\. or \DDD) one octet,
// and one more for the root label.
func wireLength(name string) int {
	if name == "." {
		return 1
	}
	n := len(name) + 1
	for i := 0; i < len(name); i++ {
		if name[i] != '\\' {
			continue
		}
		if i+3 < len(name) && isDigits(name[i+1:i+4]) {
			n, i = n-3, i+3
		} else {
			n, i = n-1, i+1
		}
	}
	return n
}
