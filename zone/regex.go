package zone

// validRegex reads a POSIX extended regular expression as BIND's
// validator of NAPTR expressions reads it (isc_regex_validate, in the "C"
// locale), and returns its number of groups; false where BIND refuses it.
// Its rules are BIND's, not those of Go's regexp package, which refuses
// expressions BIND takes (an unmatched ")" is a literal here) and takes
// ones BIND refuses ("a|", "a{1").
func validRegex(expr []byte) (groups int, ok bool) {
	if len(expr) == 0 {
		return 0, false
	}
	r := regexReader{expr: expr}
	for r.i < len(expr) {
		var ok bool
		switch r.state {
		case reNone:
			ok = r.atom()
		case reBound:
			ok = r.bound()
		case reBracket:
			ok = r.bracket()
		case reCollating:
			ok = r.collating()
		case reEquivalence:
			ok = r.equivalence()
		case reClass:
			ok = r.class()
		}
		if !ok {
			return 0, false
		}
	}
	if r.open != 0 || r.state != reNone || !r.haveAtom {
		return 0, false
	}
	return r.groups, true
}

type regexState int

const (
	reNone regexState = iota
	reBound
	reBracket
	reCollating   // [. .] in a bracket
	reEquivalence // [= =] in a bracket
	reClass       // [: :] in a bracket
)

// regexReader is validRegex's state between bytes.
type regexReader struct {
	expr  []byte
	i     int
	state regexState

	open, groups int  // groups open, and all groups
	haveAtom     bool // an atom that a repetition may follow
	multiple     bool // the atom has a repetition already
	emptyOK      bool // a group may end here without an atom

	low, high      int  // a bound's numbers
	comma, highSet bool // the bound has its comma, its upper number

	negated, seenChar bool // the bracket has its ^, a character
	rng               int  // 2 after a range's "-", 1 after its last character
	rangeStart        int  // the character a range that follows starts at
	seenElement       bool // the [. .] or [= =] has a character
	classAt           int  // where the name of a [: :] starts (its first colon)
}

// at returns the byte at i, 0 past the end (the C string's NUL).
func (r *regexReader) at(i int) byte {
	if i < len(r.expr) {
		return r.expr[i]
	}
	return 0
}

// atom reads at the top level: atoms, groups, alternatives, repetitions.
func (r *regexReader) atom() bool {
	switch c := r.expr[r.i]; c {
	case '\\':
		return r.escape()
	case '[':
		r.i++
		r.negated, r.multiple, r.seenChar = false, false, false
		r.state = reBracket
	case '{':
		return r.boundStart()
	case '(':
		r.haveAtom, r.multiple, r.emptyOK = false, false, true
		r.open++
		r.groups++
		r.i++
	case ')':
		if r.open > 0 && !r.haveAtom && !r.emptyOK {
			return false // an empty alternative
		}
		r.haveAtom, r.multiple = true, false
		if r.open > 0 {
			r.open--
		}
		r.i++
	case '|':
		if !r.haveAtom {
			return false
		}
		r.haveAtom, r.emptyOK, r.multiple = false, false, false
		r.i++
	case '^', '$':
		r.haveAtom, r.multiple = true, true
		r.i++
	case '+', '*', '?':
		if r.multiple || !r.haveAtom {
			return false
		}
		r.haveAtom, r.multiple = true, true
		r.i++
	default:
		return r.literal()
	}
	return true
}

// escape reads a backslash and the byte after it: a back reference to a
// group opened before, or a literal.
func (r *regexReader) escape() bool {
	r.i++
	switch d := r.at(r.i); {
	case d == 0:
		return false
	case d >= '1' && d <= '9':
		if int(d-'0') > r.groups {
			return false // a back reference to a group not open yet
		}
		r.haveAtom, r.multiple = true, false
		r.i++
		return true
	}
	return r.literal()
}

// boundStart reads a "{": a bound when a digit follows, which must follow
// an atom without a repetition; else a literal.
func (r *regexReader) boundStart() bool {
	if !isDigit(r.at(r.i + 1)) {
		return r.literal()
	}
	if !r.haveAtom || r.multiple {
		return false
	}
	r.comma, r.highSet, r.low, r.high = false, false, 0, 0
	r.state = reBound
	r.i++
	r.haveAtom, r.multiple = true, true
	return true
}

// literal reads a byte that stands for itself.
func (r *regexReader) literal() bool {
	r.haveAtom, r.multiple = true, false
	r.i++
	return true
}

// bound reads a {m,n} bound, after its brace: numbers up to 255.
func (r *regexReader) bound() bool {
	switch c := r.expr[r.i]; {
	case isDigit(c) && !r.comma:
		if r.low = r.low*10 + int(c-'0'); r.low > 255 {
			return false
		}
	case isDigit(c):
		r.highSet = true
		if r.high = r.high*10 + int(c-'0'); r.high > 255 {
			return false
		}
	case c == ',' && !r.comma:
		r.comma = true
	case c == '}':
		if r.highSet && r.low > r.high {
			return false
		}
		r.comma = false
		r.state = reNone
	default:
		return false
	}
	r.i++
	return true
}

// bracket reads inside a bracket expression.
func (r *regexReader) bracket() bool {
	switch c := r.expr[r.i]; c {
	case '^':
		if r.seenChar || r.negated {
			return r.inside()
		}
		r.negated = true
		r.i++
	case '-':
		if r.rng == 2 || !r.seenChar {
			return r.inside()
		}
		if r.rng == 1 {
			return false // a range that starts where one ends
		}
		r.rng = 2
		r.i++
	case '[':
		r.i++
		switch r.at(r.i) {
		case '.':
			if r.rng != 0 {
				r.rng--
			}
			r.i++
			r.state, r.seenElement = reCollating, false
		case '=':
			if r.rng == 2 {
				return false
			}
			r.i++
			r.state, r.seenElement = reEquivalence, false
		case ':':
			if r.rng == 2 {
				return false
			}
			r.classAt = r.i
			r.i++
			r.state = reClass
		}
		r.seenChar = true
	case ']':
		if !r.seenChar {
			if r.at(r.i+1) == 0 {
				return false
			}
			return r.inside()
		}
		r.i++
		r.rng = 0
		r.haveAtom = true
		r.state = reNone
	default:
		return r.inside()
	}
	return true
}

// inside reads a character of a bracket expression, which may end a range.
func (r *regexReader) inside() bool {
	c := int(r.expr[r.i])
	r.seenChar = true
	if r.rng == 2 && c < r.rangeStart {
		return false // a range out of order
	}
	if r.rng != 0 {
		r.rng--
	}
	r.rangeStart = c
	r.i++
	return true
}

// collating reads a [. .] collating element.
func (r *regexReader) collating() bool {
	c := r.expr[r.i]
	if c == '.' {
		r.i++
		if r.at(r.i) == ']' {
			return r.closeElement()
		}
		c, r.i = '.', r.i-1 // the dot is a character of the element
	}
	r.rangeStart = int(int8(c)) // BIND reads a C char here, signed: a byte from 0x80 on starts no range out of order
	if r.seenElement {
		r.rangeStart = 256
	}
	r.seenElement = true
	r.i++
	return true
}

// equivalence reads a [= =] equivalence class.
func (r *regexReader) equivalence() bool {
	if r.expr[r.i] == '=' {
		r.i++
		if r.at(r.i) == ']' {
			return r.closeElement()
		}
		r.seenElement = true
		return true
	}
	r.seenElement = true
	r.i++
	return true
}

// closeElement reads the "]" that ends a [. .] or [= =], which must hold
// a character.
func (r *regexReader) closeElement() bool {
	if !r.seenElement {
		return false
	}
	r.i++
	r.state = reBracket
	return true
}

// classNames are the character classes of the "C" locale.
var classNames = map[string]bool{
	":alnum:": true, ":digit:": true, ":punct:": true, ":alpha:": true, ":graph:": true, ":space:": true,
	":blank:": true, ":lower:": true, ":upper:": true, ":cntrl:": true, ":print:": true, ":xdigit:": true,
}

// class reads a [: :] character class, which must be one of classNames.
func (r *regexReader) class() bool {
	if r.expr[r.i] != ':' {
		r.i++
		return true
	}
	r.i++
	if r.at(r.i) == ']' {
		if !classNames[string(r.expr[r.classAt:r.i])] {
			return false
		}
		r.i++
		r.state = reBracket
	}
	return true
}
