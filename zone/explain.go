package zone

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// explainRecord returns what is wrong with a record line that miekg/dns
// refused, in BIND's terms, where miekg/dns's own message misleads: it
// says `not a TTL: "ANAME"` of an unknown type and of the type after a
// class ANY, and `overflow unpacking a` of RFC 3597 data of the wrong
// length. It returns "" when it has nothing clearer to say. It runs only
// on the line of an error, never on the lines that parse.
func explainRecord(text []byte) string {
	tok := fields(text, 0)
	if len(text) > 0 && text[0] != ' ' && text[0] != '\t' && len(tok) > 0 {
		tok = tok[1:] // the owner
	}
	hasTTL, hasClass := false, false
	for i, t := range tok {
		switch {
		case !hasTTL && isTTL(t):
			hasTTL = true
		case strings.EqualFold(t, "ANY") && !hasClass && i+1 < len(tok) && isTypeWord(tok[i+1]):
			// miekg/dns reads ANY as the type here (ANY is a type too).
			return `class "ANY" is not the zone's class IN`
		case isTypeWord(t):
			return explainRdata(strings.ToUpper(t), tok[i+1:])
		case !hasClass && isClass(t):
			hasClass = true
		default:
			return fmt.Sprintf("unknown type %s", clip.Quote(t))
		}
	}
	return ""
}

// plainWords rewrites the messages of miekg/dns that name a field by its
// type twice: `bad A A: "10.0.0.256"` is `bad A address: "10.0.0.256"`
// (BIND: "bad dotted quad"; test 18 D10), and so for AAAA.
func plainWords(msg string) string {
	for _, t := range [...]string{"A", "AAAA"} {
		if rest, ok := strings.CutPrefix(msg, "bad "+t+" "+t+":"); ok {
			return "bad " + t + " address:" + rest
		}
	}
	return msg
}

// isTypeWord reports whether t names a record type BIND knows, as a
// mnemonic or as TYPEnnn.
func isTypeWord(t string) bool {
	_, ok := typeOf(t)
	return ok
}

// fixedRdata holds the types whose data has one length, in bytes.
var fixedRdata = map[Type]int{TypeA: 4, TypeAAAA: 16}

// explainRdata explains RFC 3597 data (`\# 3 0a0000`) that does not make
// a record of type typ: a length that is not the number of bytes given,
// or a number of bytes that the type cannot have.
func explainRdata(typ string, data []string) string {
	if len(data) < 2 || data[0] != `\#` {
		return ""
	}
	t, _ := typeOf(typ)
	length, err := strconv.Atoi(data[1])
	if err != nil {
		return ""
	}
	hex := strings.Join(data[2:], "")
	if given := len(hex) / 2; given != length {
		return fmt.Sprintf(`\# says %d bytes and gives %d`, length, given)
	}
	if want, ok := fixedRdata[t]; ok && want != length {
		return fmt.Sprintf(`%s rdata is %d bytes, \# gives %d`, t, want, length)
	}
	return fmt.Sprintf(`%s rdata cannot be read from the %d bytes \# gives`, t, length)
}
