package zone

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

// findOrigin decides the origin of a file (DESIGN.md, "Common
// behaviour"): Options.Origin, else an $ORIGIN before the first record
// (after a $TTL, say), else the owner of the SOA when the file makes it
// absolute, else the file name (db.contoso.com, contoso.com.zone,
// contoso.com.db). The origin must be a domain name: one made from a file
// name with a label over 63 bytes, say, is an error that says where it
// came from.
//
// apex is the owner of the zone's SOA, when the file (or --origin) makes
// it absolute: the records outside it are dropped, as BIND drops them
// when it loads the zone (Options.apex). A file without an SOA, such as
// a fragment that generate writes for several domains, has none.
//
// guessed reports that the origin came from the file name.
func findOrigin(fsys fs.FS, name, file string, opt reading) (origin, apex string, guessed bool, err error) {
	o, err := scanOrigin(fsys, name, file, opt)
	if err != nil {
		return givenOrigin(opt), "", false, err
	}
	from := "the file"
	switch {
	case opt.Origin != "":
		origin, from = opt.Origin, "--origin"
	case o.first != "":
		origin = o.first
	case o.soa != "":
		origin = o.soa
	default:
		origin, from, guessed = originFromFileName(name), "the file name (give --origin or an $ORIGIN)", true
	}
	origin = canonical(origin)
	if _, ok := dns.IsDomainName(origin); !ok {
		return "", "", false, &Error{Pos: Pos{File: file}, Err: fmt.Errorf("the origin %s, taken from %s, is not a domain name", clip.Quote(origin), from)}
	}
	if guessed && o.slipped(origin) {
		return origin, "", guessed, &Error{Pos: Pos{File: file, Line: o.soaLine}, Err: fmt.Errorf(
			"SOA record not at top of zone: $ORIGIN %q is relative and reads as %s%s; write $ORIGIN %s. with a final dot",
			o.relative, origin, origin, o.relative)}
	}
	if o.soa == "" {
		return origin, "", guessed, nil
	}
	apex = canonical(o.soa)
	if apex != origin {
		if err := o.notAtTop(origin, opt.Origin != ""); err != nil {
			return origin, "", false, &Error{Pos: Pos{File: file, Line: o.soaLine}, Err: err}
		}
		origin = apex
	}
	return origin, apex, false, nil
}

// givenOrigin returns the origin given with --origin, as a zone refused
// before its origin is decided keeps it (the report names the zone by
// it), or "" when none is given or it is no domain name (IsOrigin).
func givenOrigin(opt reading) string {
	if opt.Origin == "" || !IsOrigin(opt.Origin) {
		return ""
	}
	return canonical(opt.Origin)
}

// slipped reports whether the file begins with the $ORIGIN of origin, the
// zone's name taken from the file name, written without its final dot
// ($ORIGIN contoso.com in db.contoso.com), before an SOA whose owner is
// relative. BIND, loading the zone by that name, reads the $ORIGIN as
// contoso.com.contoso.com. and refuses the SOA there ("SOA record not at
// top of zone"); zonegen named the zone contoso.com. and read its records
// one level down.
func (o *originScan) slipped(origin string) bool {
	return o.relative != "" && o.soaLine > 0 && o.soa == "" && strings.EqualFold(o.relative+".", origin)
}

// notAtTop decides what an SOA whose owner is not the origin means. BIND
// refuses such a zone ("SOA record not at top of zone"), so it is an error
// when the origin is --origin (BIND's zone name), or when the owner is the
// $ORIGIN written again without its final dot (contoso.com under
// contoso.com.), the classic slip. Otherwise the $ORIGIN at the top was a
// base for names, as the "$ORIGIN ." of named-compilezone's output, and
// the SOA says where the zone is: nil, and its owner is the origin.
func (o *originScan) notAtTop(origin string, given bool) error {
	switch {
	case given:
		return fmt.Errorf("SOA record not at top of zone: its owner %s is not the origin %s given with --origin", canonical(o.soa), origin)
	case o.soaBase != "" && strings.EqualFold(o.soaToken+".", o.soaBase):
		return fmt.Errorf("SOA record not at top of zone: its owner %s is relative and reads as %s; write %s. with a final dot, or @", clip.Quote(o.soaToken), canonical(o.soa), o.soaToken)
	}
	return nil
}

// scanOrigin reads a file's first entries, up to its SOA or the 1,000th,
// for its $ORIGIN and its SOA.
func scanOrigin(fsys fs.FS, name, file string, opt reading) (*originScan, error) {
	r, size, err := openRegular(fsys, name)
	if err != nil {
		return nil, &Error{Pos: Pos{File: file}, Err: topFileError(err, file)}
	}
	defer r.Close()
	// The origin is most often on the first lines: a core's spare scanner
	// or a small buffer, not one of the file's size (a directory of 2,000
	// zones made 30 MB of them).
	sc := opt.scanner(r, min(size, 4<<10), file)
	defer opt.done(sc)
	o := &originScan{current: opt.Origin}
	if o.current != "" {
		o.current = canonical(o.current)
	}
	for i := 0; i < 1000; i++ {
		e, err := sc.next()
		if err != nil || o.entry(e) {
			break // an error: the real pass reports it
		}
	}
	if !o.records { // directives only, or none: the $ORIGIN they leave
		o.first = o.current
	}
	return o, nil
}

// originScan is what a file's first entries say of its origin.
type originScan struct {
	current string // the absolute $ORIGIN in force (--origin to start with), or ""
	records bool   // a record has been read
	first   string // the $ORIGIN in force at the first record, or ""
	soa     string // the owner of the first SOA, when it is absolute or made so, or ""
	soaLine int    // the line of that SOA
	// soaToken is the SOA's owner as written when it is relative (not "@"),
	// and soaBase the $ORIGIN it was made absolute with.
	soaToken, soaBase string
	// relative is the first $ORIGIN when it is relative and no origin is
	// known to make it absolute (no --origin, no absolute $ORIGIN before)
	relative string
}

// entry takes in an entry and reports whether the scan is done: at the
// first SOA, which comes at or after the first record.
func (o *originScan) entry(e *entry) bool {
	tok := fields(e.text, 0)
	if e.directive() {
		if len(tok) > 1 && strings.EqualFold(tok[0], "$ORIGIN") {
			if abs, err := absName(tok[1], o.current); err == nil {
				o.current = abs
			} else if o.current == "" && o.relative == "" && !o.records {
				o.relative = tok[1]
			}
		}
		return false
	}
	if !o.records {
		o.records, o.first = true, o.current
	}
	if e.blankOwner() || len(tok) < 2 {
		return false
	}
	for _, t := range tok[1:min(4, len(tok))] {
		if strings.EqualFold(t, "SOA") {
			o.soaLine = e.line
			if abs, err := absName(tok[0], o.current); err == nil {
				o.soa = abs
				if tok[0] != "@" && abs != tok[0] {
					o.soaToken, o.soaBase = tok[0], o.current
				}
			}
			return true
		}
	}
	return false
}

// outOfZone reports whether a record's owner lies outside the apex, where
// BIND ignores it when it loads the zone ("ignoring out-of-zone data").
func (o reading) outOfZone(owner string) bool {
	return o.apex != "" && !InZone(owner, o.apex)
}

func originFromFileName(name string) string {
	base := path.Base(filepath.ToSlash(name))
	base = strings.TrimPrefix(base, "db.")
	for _, suffix := range []string{".zone", ".db"} {
		base = strings.TrimSuffix(base, suffix)
	}
	return canonical(base)
}

// outOfZoneNote says that BIND ignores a record outside the zone.
func outOfZoneNote(owner, apex string) string {
	return "out-of-zone data: " + owner + " is not in " + apex + ", BIND ignores it"
}
