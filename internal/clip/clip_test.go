package clip

import (
	"io/fs"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestQuote: a value of at most Limit bytes is quoted whole, as
// strconv.Quote quotes it; a longer one by its head, cut at a character
// boundary, and its length.
func TestQuote(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "empty", in: "", want: `""`},
		{name: "short", in: "ANAME", want: `"ANAME"`},
		{name: "control", in: "a\nb", want: `"a\nb"`},
		{name: "at the limit", in: strings.Repeat("a", Limit), want: strconv.Quote(strings.Repeat("a", Limit))},
		{name: "one past", in: strings.Repeat("a", Limit+1), want: `"` + strings.Repeat("a", Head) + `…" (257 bytes)`},
		{name: "3 MB", in: strings.Repeat("f", 3_000_000), want: `"` + strings.Repeat("f", Head) + `…" (3000000 bytes)`},
		{name: "character across the cut", in: strings.Repeat("a", Head-1) + strings.Repeat("é", Limit), want: `"` + strings.Repeat("a", Head-1) + `…" (575 bytes)`},
		{name: "not UTF-8", in: strings.Repeat("\x80", Limit+1), want: `"` + strings.Repeat(`\x80`, Head-utf8Back) + `…" (257 bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Quote(tt.in); got != tt.want {
				t.Errorf("Quote(%d bytes) = %s, want %s", len(tt.in), got, tt.want)
			}
		})
	}
}

// utf8Back is how far head goes back in bytes that are all continuation
// bytes: three, then it cuts.
const utf8Back = 3

// TestText: Text cuts as Quote does, without the quotes.
func TestText(t *testing.T) {
	if got := Text("web.contoso.com"); got != "web.contoso.com" {
		t.Errorf("Text(web.contoso.com) = %s", got)
	}
	long := strings.Repeat("a", 100_000)
	if got, want := Text(long), strings.Repeat("a", Head)+"… (100000 bytes)"; got != want {
		t.Errorf("Text(100000 bytes) = %s, want %s", got, want)
	}
}

// TestQuoted: in another library's message, a quoted string longer than
// Limit is cut; the rest of the message, and shorter strings, are kept
// as written.
func TestQuoted(t *testing.T) {
	long := strings.Repeat("x", 60_000)
	cut := `"` + strings.Repeat("x", Head) + `…" (60000 bytes)`
	tests := []struct {
		name, in, want string
	}{
		{name: "short", in: `bad A A: "10.0.0.x"`, want: `bad A A: "10.0.0.x"`},
		{name: "token", in: `bad A A: ` + strconv.QuoteToASCII(long), want: `bad A A: ` + cut},
		{name: "two", in: `ParseAddr(` + strconv.Quote(long) + `): unexpected character (at "x")`, want: `ParseAddr(` + cut + `): unexpected character (at "x")`},
		{name: "lone quote", in: strconv.Quote(long) + ` and a " alone`, want: cut + ` and a " alone`},
		{name: "no quotes", in: long, want: long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Quoted(tt.in); got != tt.want {
				t.Errorf("Quoted(%d bytes) = %.200s, want %.200s", len(tt.in), got, tt.want)
			}
		})
	}
}

// TestPathError: a path is cut only when the system refused it as too
// long; any other path is kept whole, so that it can be opened.
func TestPathError(t *testing.T) {
	long := strings.Repeat("p", 100_000)
	tests := []struct {
		name string
		err  error
		want string
	}{
		{name: "too long", err: &fs.PathError{Op: "open", Path: long, Err: syscall.ENAMETOOLONG}, want: "open " + strings.Repeat("p", Head) + "… (100000 bytes): file name too long"},
		{name: "missing", err: &fs.PathError{Op: "open", Path: long, Err: fs.ErrNotExist}, want: "open " + long + ": file does not exist"},
		{name: "no path", err: fs.ErrNotExist, want: "file does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PathError(tt.err).Error(); got != tt.want {
				t.Errorf("PathError = %.200s, want %.200s", got, tt.want)
			}
		})
	}
}
