package topology

import (
	"errors"
	"strings"
)

// maxNameLen is the longest name in presentation form without the final
// dot (RFC 1035 §2.3.4 allows 255 octets on the wire).
const maxNameLen = 253

// parseName reads a host or domain name as Lync accepts it (LYNC-DNS.md
// section 5): ASCII letters, digits and hyphens, labels of 1 to 63
// characters that neither start nor end with a hyphen, at least two labels,
// with or without the final dot. It returns the name canonical: lower case,
// fully qualified.
func parseName(s string) (string, error) {
	name := strings.TrimSuffix(s, ".")
	if name == "" {
		return "", errors.New("empty name")
	}
	if len(name) > maxNameLen {
		return "", errors.New("name longer than 253 characters")
	}
	// The labels are checked first: "contoso com" is one label, but the
	// space is what is wrong with it (test 13 D11).
	labels := strings.Split(name, ".")
	for _, l := range labels {
		if err := checkLabel(l); err != nil {
			return "", err
		}
	}
	if len(labels) < 2 {
		return "", errors.New("single-label names are not supported by Lync")
	}
	return strings.ToLower(name) + ".", nil
}

// checkLabel checks one label of a host name.
func checkLabel(l string) error {
	switch {
	case l == "":
		return errors.New("empty label")
	case len(l) > 63:
		return errors.New("label longer than 63 characters")
	case l[0] == '-' || l[len(l)-1] == '-':
		return errors.New("a label starts or ends with a hyphen")
	}
	for i := 0; i < len(l); i++ {
		if !isHostChar(l[i]) {
			return errors.New("only letters, digits and hyphens are allowed in Lync host names")
		}
	}
	return nil
}

// isHostChar reports whether c may appear in a label of a host name.
func isHostChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}
