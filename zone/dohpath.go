package zone

// validDoHPath reports whether a dohpath is what BIND 9.18 takes: UTF-8
// (bindUTF8) that starts with "/", a URI template (RFC 6570) whose expressions are
// well formed, with an expression that names the variable "dns". Its
// reading of a template is BIND's, quirks included: a variable after a
// prefix modifier (`{?x:5,dns}`) is not told apart from the one before.
func validDoHPath(p string) bool {
	if p == "" || p[0] != '/' || !bindUTF8(p) {
		return false
	}
	var t templateScan
	for i := 0; i < len(p); i++ {
		if !t.step(p, i) {
			return false
		}
	}
	return t.state == inPath && t.dns
}

// templateScan reads a URI template a byte at a time (validDoHPath).
type templateScan struct {
	state  templateState
	varAt  int  // where the variable name being read starts
	numAt  int  // where the prefix length being read starts
	op     bool // the expression has had its operator
	dns    bool // a variable named "dns" was seen
	hexes  int  // the hexadecimal digits of a percent escape still to come
	inName bool // the percent escape is in a variable name
}

type templateState int

const (
	inPath templateState = iota
	inName
	inPrefix
	afterExplode
	inEscape
)

// step reads the byte at i of p and reports whether the template may go on.
func (t *templateScan) step(p string, i int) bool {
	c := p[i]
	switch t.state {
	case inPath:
		switch c {
		case '{':
			t.state, t.op, t.varAt = inName, false, i+1
		case '%':
			t.state, t.hexes, t.inName = inEscape, 2, false
		}
	case inEscape:
		if !isHex(c) {
			return false
		}
		if t.hexes--; t.hexes == 0 {
			t.state = inPath
			if t.inName {
				t.state = inName
			}
		}
	case inName:
		return t.nameByte(p, i)
	case inPrefix:
		if c >= '0' && c <= '9' {
			return true
		}
		if n := i - t.numAt; n == 0 || n > 4 || p[t.numAt] == '0' {
			return false
		}
		return t.endVariable(c, i)
	case afterExplode:
		return t.endVariable(c, i)
	}
	return true
}

// nameByte reads a byte of an expression's operator or variable name.
func (t *templateScan) nameByte(p string, i int) bool {
	switch c := p[i]; c {
	case '+', '#', '.', '/', ';', '?', '&':
		if i != t.varAt || t.op {
			return false
		}
		t.op, t.varAt = true, i+1
	case '=', '!', '@', '|':
		return false // reserved operators
	case '*', ':', '}', ',':
		if i == t.varAt {
			return false
		}
		if p[t.varAt:i] == "dns" {
			t.dns = true
		}
		switch c {
		case ':':
			t.state, t.numAt = inPrefix, i+1
		case '*':
			t.state = afterExplode
		default:
			return t.endVariable(c, i)
		}
	case '%':
		t.state, t.hexes, t.inName = inEscape, 2, true
	default:
		return c == '_' || isAlnum(c)
	}
	return true
}

// endVariable reads the byte at i after a variable, its prefix or its
// explode modifier: a comma starts the next variable, a closing brace
// ends the expression. After a prefix BIND does not note where the next
// variable starts, so that it is read as the one before and its name never
// "dns"; so here.
func (t *templateScan) endVariable(c byte, i int) bool {
	switch c {
	case ',':
		if t.state != inPrefix {
			t.varAt = i + 1
		}
		t.state, t.op = inName, false
		return true
	case '}':
		t.state = inPath
		return true
	}
	return false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// bindUTF8 reports whether s is UTF-8 as BIND's isc_utf8_valid reads it:
// the shortest form of each code point up to U+10FFFF, the surrogates
// U+D800 to U+DFFF included, which Go's utf8.ValidString refuses and BIND
// loads in a dohpath (test 17 D1).
func bindUTF8(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		var n int            // continuation bytes
		lo, hi := 0x80, 0xbf // the range of the first of them
		switch {
		case c < 0x80:
			i++
			continue
		case c >= 0xc2 && c <= 0xdf:
			n = 1
		case c == 0xe0:
			n, lo = 2, 0xa0
		case c >= 0xe1 && c <= 0xef:
			n = 2
		case c == 0xf0:
			n, lo = 3, 0x90
		case c >= 0xf1 && c <= 0xf3:
			n = 3
		case c == 0xf4:
			n, hi = 3, 0x8f
		default:
			return false
		}
		if i+n >= len(s) {
			return false
		}
		for j := 1; j <= n; j++ {
			b := int(s[i+j])
			if j == 1 && (b < lo || b > hi) || j > 1 && (b < 0x80 || b > 0xbf) {
				return false
			}
		}
		i += n + 1
	}
	return true
}
