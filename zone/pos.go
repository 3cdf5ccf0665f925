package zone

import "strconv"

// Pos is the place of a record or an error: the file that holds it and the
// 1-based line where it starts. A Pos with Line 0 names a whole file.
type Pos struct {
	File string
	Line int
}

// String formats p as file:line, or as file when the line is unknown.
func (p Pos) String() string {
	if p.Line <= 0 {
		return p.File
	}
	return string(p.AppendTo(nil))
}

// AppendTo appends p as String formats it to b: a report of a million
// findings makes no string for each position.
func (p Pos) AppendTo(b []byte) []byte {
	b = append(b, p.File...)
	if p.Line > 0 {
		b = strconv.AppendInt(append(b, ':'), int64(p.Line), 10)
	}
	return b
}
