package zone

import (
	"errors"
	"fmt"
)

// quotedOwner rewrites an entry whose owner is quoted ("sip" A 10.0.0.1)
// with the name BIND reads in the quotes, its blanks and the bytes that end
// a token escaped (BIND loads "s ip" as s\032ip). miekg/dns refuses a
// quoted owner, which the returned note says; the rewritten line reads
// the same in both readers. It returns "" for an owner without quotes:
// one byte test per record.
func quotedOwner(e *entry) (note string, err error) {
	if len(e.text) == 0 || e.text[0] != '"' {
		return "", nil
	}
	end := tokenEnd(e.text, 0)
	tok := e.text[:end]
	if len(tok) < 2 || tok[len(tok)-1] != '"' {
		return "", fmt.Errorf("owner %s: a quoted owner name must be the whole field", tok)
	}
	if len(tok) == 2 {
		return "", errors.New(`empty owner name ""`)
	}
	text := escapeOwner(make([]byte, 0, len(e.text)+8), tok[1:len(tok)-1])
	e.text = append(text, e.text[end:]...)
	return fmt.Sprintf("a quoted owner name (%s): BIND reads the name in the quotes, miekg/dns refuses it", tok), nil
}

// escapeOwner appends the text of a quoted name with the bytes that would
// end or split a token outside quotes written as \DDD escapes.
func escapeOwner(buf, name []byte) []byte {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; c {
		case '\\':
			buf = append(buf, c)
			if i+1 < len(name) {
				i++
				buf = append(buf, name[i])
			}
		case ' ', '\t', ';', '(', ')', '"':
			buf = fmt.Appendf(buf, "\\%03d", c)
		default:
			buf = append(buf, c)
		}
	}
	return buf
}
