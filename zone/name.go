package zone

import (
	"fmt"

	"github.com/miekg/dns"
)

// absName makes a domain name from a master file absolute: "@" is the
// origin, a name without a final dot is relative to it.
func absName(name, origin string) (string, error) {
	if name == "@" {
		return origin, nil
	}
	if _, ok := dns.IsDomainName(name); !ok {
		return "", fmt.Errorf("bad domain name %q", name)
	}
	if dns.IsFqdn(name) {
		return name, nil
	}
	if origin == "" {
		return "", fmt.Errorf("relative name %q and no origin", name)
	}
	if origin == "." {
		return name + ".", nil
	}
	return name + "." + origin, nil
}

// canonical returns name in the form zonegen prints and compares names:
// ASCII letters in lower case (DNS compares only those without regard to
// case, RFC 4343; other bytes stay as they are), fully qualified.
func canonical(name string) string {
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

// IsSubdomain reports whether child is parent or below it. Both names must
// be canonical.
func IsSubdomain(parent, child string) bool { return dns.IsSubDomain(parent, child) }

// ReverseName returns the in-addr.arpa or ip6.arpa name of an address.
func ReverseName(addr string) (string, error) { return dns.ReverseAddr(addr) }
