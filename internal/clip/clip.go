// Package clip cuts the values that messages quote: a value a user gave
// (a flag, a YAML value, a zone file's token) is shown whole when it is
// of a size a person reads, else by its first bytes and its length, so
// that a message about a 3 MB value stays one readable line (tester
// finding D12). A file named as the place of a message (FILE:LINE:) is
// never cut: editors and CI read it.
package clip

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"
)

// Limit is the length of the longest value shown whole, in bytes: every
// domain name (253) and TXT string (255) a zone may hold fits.
const Limit = 256

// Head is how many bytes of a longer value are shown, fewer to end at a
// character boundary.
const Head = 64

// Quote returns s quoted as strconv.Quote quotes it; a value longer than
// Limit as its head and an ellipsis, quoted, then its length:
// "ffff…" (3000000 bytes).
func Quote(s string) string { return With(s, strconv.Quote) }

// Text returns s as it is; a value longer than Limit as its head, an
// ellipsis and its length: ffff… (3000000 bytes).
func Text(s string) string { return With(s, func(s string) string { return s }) }

// With returns quote(s); for a value longer than Limit, quote of its head
// and an ellipsis, then its length in bytes.
func With(s string, quote func(string) string) string {
	if len(s) <= Limit {
		return quote(s)
	}
	return quote(head(s)+"…") + " (" + strconv.Itoa(len(s)) + " bytes)"
}

// Quoted returns msg, a message of another library, with each string it
// quotes in Go's syntax ("…", as strconv.Quote and QuoteToASCII write
// it) that is longer than Limit cut as Quote cuts it: miekg/dns's `bad A
// A: "TOKEN"`, net/netip's `(at "REST")`. Shorter strings are left as
// they were written.
func Quoted(msg string) string {
	if len(msg) <= Limit {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '"')
		if i < 0 {
			break
		}
		b.WriteString(msg[:i])
		lit, err := strconv.QuotedPrefix(msg[i:])
		if err != nil {
			b.WriteByte('"')
			msg = msg[i+1:]
			continue
		}
		msg = msg[i+len(lit):]
		if s, _ := strconv.Unquote(lit); len(s) > Limit {
			lit = Quote(s)
		}
		b.WriteString(lit)
	}
	b.WriteString(msg)
	return b.String()
}

// Path returns path, the file that err is about, whole, so that it can
// be opened; cut as Text cuts when the system refused it as too long
// (ENAMETOOLONG): then the path is the value at fault and names no file.
func Path(path string, err error) string {
	if errors.Is(err, syscall.ENAMETOOLONG) {
		return Text(path)
	}
	return path
}

// PathError returns err with its path cut as Path cuts it when err is an
// *fs.PathError (os.WriteFile's, os.MkdirAll's), else err as it is.
func PathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		if cut := Path(pe.Path, pe.Err); cut != pe.Path {
			return &fs.PathError{Op: pe.Op, Path: cut, Err: pe.Err}
		}
	}
	return err
}

// head returns the first Head bytes of s, cut back to the start of a
// UTF-8 character (at most three bytes back: a byte that is not UTF-8
// is cut where it falls).
func head(s string) string {
	n := Head
	for i := 0; i < utf8.UTFMax-1 && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	return s[:n]
}
