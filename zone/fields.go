package zone

// fields splits an entry's text into blank-separated tokens, keeping quoted
// strings and escapes whole. It returns at most max tokens when max > 0; the
// last one then holds the rest of the text.
func fields(text []byte, max int) []string {
	var out []string
	i := 0
	for {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) {
			return out
		}
		if max > 0 && len(out) == max-1 {
			end := len(text)
			for end > i && (text[end-1] == ' ' || text[end-1] == '\t') {
				end--
			}
			return append(out, string(text[i:end]))
		}
		start := i
		i = tokenEnd(text, i)
		out = append(out, string(text[start:i]))
	}
}

// tokenEnd returns the index just past the token that starts at i in an
// entry's text, where only blanks separate tokens.
func tokenEnd(text []byte, i int) int { return tokenEndAt(text, i, &blanks) }

// tokenEndAt returns the index just past the token that starts at i: at
// the first byte of seps outside quotes and not escaped.
func tokenEndAt(text []byte, i int, seps *byteSet) int {
	quoted := false
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && seps[c]:
			return i
		}
	}
	return len(text)
}

// byteSet is a set of bytes, for scanning loops that test each byte.
type byteSet [256]bool

func newByteSet(s string) (set byteSet) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

// blanks separate the tokens of an entry's text.
var blanks = newByteSet(" \t")

// unquote strips the quotes around a token, if it has them.
func unquote(tok string) string {
	if len(tok) >= 2 && tok[0] == '"' && tok[len(tok)-1] == '"' {
		return tok[1 : len(tok)-1]
	}
	return tok
}
