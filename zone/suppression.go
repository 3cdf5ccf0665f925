package zone

import (
	"bytes"
	"strings"
)

// ignoreMark starts a suppression in a comment: "zonegen:ignore CHECK
// reason".
const ignoreMark = "zonegen:ignore"

// comment notes a zonegen:ignore suppression in a comment. The mark is
// read in any letter case, as a zone file's keywords are ($TTL, IN, A):
// ZONEGEN:IGNORE was taken for no comment at all (test 18 D7).
func (s *scanner) comment(e *entry, text []byte) {
	i := indexMark(text)
	if i < 0 {
		return
	}
	e.ignores = append(e.ignores, string(bytes.TrimSpace(text[i+len(ignoreMark):])))
}

// indexMark returns where ignoreMark first is in text, in any letter
// case, or -1: the first in any case, so that `ZONEGEN:IGNORE a x` before
// a `zonegen:ignore b y` in one comment is the one read (review 18b #19).
// Most comments have no colon, and are passed over by one search for it.
func indexMark(text []byte) int {
	if bytes.IndexByte(text, ':') < 0 {
		return -1
	}
	const colon = len("zonegen") // the mark's colon
	for i := 0; i+len(ignoreMark) <= len(text); i++ {
		if text[i+colon] == ':' && bytes.EqualFold(text[i:i+len(ignoreMark)], []byte(ignoreMark)) {
			return i
		}
	}
	return -1
}

// suppress records a "zonegen:ignore CHECK reason" comment; blanks or
// tabs separate the check from the reason, as they do a record's fields.
func (f *feeder) suppress(pos Pos, text string) {
	check, reason := text, ""
	if i := strings.IndexAny(text, " \t"); i >= 0 {
		check, reason = text[:i], text[i+1:]
	}
	f.zone.Suppressions = append(f.zone.Suppressions,
		Suppression{Pos: pos, Check: strings.TrimSpace(check), Reason: strings.TrimSpace(reason)})
}
