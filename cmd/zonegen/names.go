package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zonegen/zonegen/internal/clip"
)

// shownName returns a name as the user gave it, in double quotes when it
// would not be seen as given otherwise: empty, or holding a space, a
// double quote, a character that does not print or a byte that is not
// UTF-8. A name longer than clip.Limit is cut to its head and length.
func shownName(s string) string { return clip.With(s, showAsGiven) }

// shownPath returns a path, the file that err is about, as shownName
// shows a name but whole, so that it can be opened; cut only when the
// system refused it as too long (clip.Path).
func shownPath(p string, err error) string {
	if clip.Path(p, err) != p {
		return clip.With(p, showAsGiven)
	}
	return showAsGiven(p)
}

// showAsGiven returns s as it is, or quoted when it would not be seen as
// given (shownName).
func showAsGiven(s string) string {
	if s != "" && utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r == ' ' || r == '"' || !unicode.IsPrint(r) }) {
		return s
	}
	return strconv.Quote(s)
}
