package zone

import (
	"fmt"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

// checkNAPTR refuses a NAPTR record whose regexp field BIND refuses
// (named-checkzone 9.18: "syntax error"), which miekg/dns takes as any
// text: a regexp that is not empty must be a delimiter, a regular
// expression, the delimiter, a replacement, the delimiter and the flag
// "i" or none (RFC 3403 §3.2); no NUL byte; no \0 in the replacement,
// nor a \N beyond the groups of the expression; and the expression must
// be one BIND's validator reads (validRegex).
func checkNAPTR(n *dns.NAPTR) error {
	if why := regexpProblem(unescapeText(n.Regexp)); why != "" {
		return fmt.Errorf("NAPTR regexp %s %s: BIND says %q", clip.With(n.Regexp, func(s string) string { return `"` + s + `"` }), why, svcSyntax)
	}
	return nil
}

// regexpProblem says what is wrong with a NAPTR regexp field, given as the
// bytes it holds on the wire; "" when nothing is.
func regexpProblem(re []byte) string {
	if len(re) == 0 {
		return ""
	}
	expr, groups, why := splitRegexp(re)
	if why != "" {
		return why
	}
	n, ok := validRegex(expr)
	switch {
	case !ok:
		return "has " + clip.Quote(string(expr)) + ", which is not a regular expression BIND reads"
	case groups > n:
		return fmt.Sprintf(`refers to \%d in its replacement, and its expression has %d groups`, groups, n)
	}
	return ""
}

// splitRegexp reads a regexp field that is not empty as BIND does: its
// delimiter, its expression (returned, escapes kept), its replacement
// (the highest \N it refers to is groups) and its flags; why says what is
// wrong with them, "" when nothing is.
func splitRegexp(re []byte) (expr []byte, groups int, why string) {
	delim := re[0]
	if delim >= '0' && delim <= '9' || delim == '\\' || delim == 'i' || delim == 0 {
		return nil, 0, fmt.Sprintf("starts with %q, which cannot be its delimiter", delim)
	}
	replace, flags := false, false
	for i := 1; i < len(re); i++ {
		c := re[i]
		switch {
		case c == 0:
			return nil, 0, "holds a NUL byte"
		case c == delim && !replace:
			replace = true
			continue
		case c == delim && !flags:
			flags = true
			continue
		case c == delim:
			return nil, 0, "has more than three delimiters"
		case flags && c != 'i':
			return nil, 0, fmt.Sprintf("has the flag %q (only \"i\" is one)", c)
		case flags:
			continue
		}
		if !replace {
			expr = append(expr, c)
		}
		if c != '\\' {
			continue
		}
		if i++; i == len(re) || re[i] == 0 {
			return nil, 0, "ends in a backslash"
		}
		switch c = re[i]; {
		case !replace:
			expr = append(expr, c)
		case c == '0':
			return nil, 0, `refers to \0 in its replacement`
		case c >= '1' && c <= '9':
			groups = max(groups, int(c-'0'))
		}
	}
	if !flags {
		return nil, 0, "does not have three delimiters"
	}
	return expr, groups, ""
}

// unescapeText returns the bytes a field of text in presentation form
// holds: \DDD is a byte, \X is X.
func unescapeText(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			c = (s[i+1]-'0')*100 + (s[i+2]-'0')*10 + s[i+3] - '0'
			i += 3
		} else if c == '\\' && i+1 < len(s) {
			i++
			c = s[i]
		}
		out = append(out, c)
	}
	return out
}
