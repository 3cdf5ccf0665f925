package yamlpos

import (
	"fmt"
	"unicode/utf8"
)

// checkText returns, as an *Error with its line, the first byte of data
// that is not UTF-8 or the first character YAML does not allow. The YAML
// library refuses both as well, but without saying where or which.
func checkText(data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{Line: line, Err: fmt.Errorf("%w (byte %#02x)", ErrNotUTF8, data[i])}
		case !printable(r):
			return &Error{Line: line, Err: fmt.Errorf("%w %U", ErrControl, r)}
		case r == '\n':
			line++
		}
		i += size
	}
	return nil
}

// printable reports whether YAML 1.2 allows r in a stream (§5.1,
// c-printable): tab, line feed, carriage return, NEL and every character
// but the other C0 and C1 controls, DEL, the surrogates, U+FFFE and U+FFFF.
// The YAML library's reader (readerc.go) allows the same.
func printable(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r < 0x20, 0x7f <= r && r <= 0x9f:
		return false
	}
	return r < 0xd800 || 0xe000 <= r && r <= 0xfffd || r >= 0x10000
}
