package workpath

// cEscapes are the bytes that git's C quoting writes as a letter.
var cEscapes = map[byte]byte{'\a': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\'}

// Quote quotes name as git's quote_c_style does: in double quotes,
// with \t, \n, \", \\ and the like for the bytes that have a letter, and
// three octal digits for other control characters, DEL and every byte
// beyond ASCII (UTF-8 names too, as git writes them by default).
func Quote(name string) string {
	b := []byte{'"'}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch e, ok := cEscapes[c]; {
		case ok:
			b = append(b, '\\', e)
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', '0'+c>>6, '0'+c>>3&7, '0'+c&7)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// QuoteControl returns name as Quote quotes it when it holds a control
// character or DEL, else as it is: a line of text output that names the
// file stays one line, and a name cannot start a line of its own (a
// GitHub Actions log runs a line that starts with :: as a command; test
// 13 D14). Other names, a byte beyond ASCII or not UTF-8 too, are
// written as they are.
func QuoteControl(name string) string {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c == 0x7f {
			return Quote(name)
		}
	}
	return name
}
