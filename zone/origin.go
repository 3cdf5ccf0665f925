package zone

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/miekg/dns"
)

// findOrigin decides the origin of a file (DESIGN.md, "Common
// behaviour"): Options.Origin, else an $ORIGIN before the first record
// (after a $TTL, say), else the owner of the SOA when the file makes it
// absolute, else the file name (db.contoso.com, contoso.com.zone,
// contoso.com.db).
// The origin must be a domain name: one made from a file name with a
// label over 63 bytes, say, is an error that says where it came from.
func findOrigin(fsys fs.FS, name, file string, opt Options) (string, error) {
	origin, from, err := guessOrigin(fsys, name, file, opt)
	if err != nil {
		return "", err
	}
	if _, ok := dns.IsDomainName(origin); !ok {
		return "", &Error{Pos: Pos{File: file}, Err: fmt.Errorf("the origin %q, taken from %s, is not a domain name", origin, from)}
	}
	return origin, nil
}

// guessOrigin is findOrigin without the check, and says where the origin
// comes from.
func guessOrigin(fsys fs.FS, name, file string, opt Options) (origin, from string, err error) {
	if opt.Origin != "" {
		return canonical(opt.Origin), "--origin", nil
	}
	r, size, err := openRegular(fsys, name)
	if err != nil {
		return "", "", &Error{Pos: Pos{File: file}, Err: err}
	}
	defer r.Close()
	// The origin is most often on the first lines: a core's spare scanner
	// or a small buffer, not one of the file's size (a directory of 2,000
	// zones made 30 MB of them).
	sc := opt.scanner(r, min(size, 4<<10), file)
	defer opt.done(sc)
	var o originScan
	for i := 0; i < 1000; i++ {
		e, err := sc.next()
		if err != nil {
			break // the real pass reports it
		}
		if origin := o.entry(e); origin != "" {
			return canonical(origin), "the file", nil
		}
	}
	return originFromFileName(name), "the file name (give --origin or an $ORIGIN)", nil
}

// originScan finds the origin among a file's first entries.
type originScan struct {
	current string // the absolute $ORIGIN in force, "" when none was set
	records bool   // a record has been read
}

// entry returns the origin that e decides, or "": the $ORIGIN in force at
// the first record, or the owner of an SOA, absolute or made so by the
// $ORIGIN in force.
func (o *originScan) entry(e *entry) string {
	tok := fields(e.text, 0)
	if e.directive() {
		if len(tok) > 1 && strings.EqualFold(tok[0], "$ORIGIN") {
			if abs, err := absName(tok[1], o.current); err == nil {
				o.current = abs
			}
		}
		return ""
	}
	if !o.records {
		o.records = true
		if o.current != "" {
			return o.current
		}
	}
	if e.blankOwner() || len(tok) < 2 {
		return ""
	}
	for _, t := range tok[1:min(4, len(tok))] {
		if strings.EqualFold(t, "SOA") {
			if abs, err := absName(tok[0], o.current); err == nil {
				return abs
			}
		}
	}
	return ""
}

func originFromFileName(name string) string {
	base := path.Base(filepath.ToSlash(name))
	base = strings.TrimPrefix(base, "db.")
	for _, suffix := range []string{".zone", ".db"} {
		base = strings.TrimSuffix(base, suffix)
	}
	return canonical(base)
}
