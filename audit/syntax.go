package audit

import (
	"errors"
	"io/fs"

	"github.com/zonegen/zonegen/zone"
)

var checkSyntax = &Check{
	ID:       "syntax",
	Severity: Error,
	Stage:    "audit",
	Title:    "the zone does not parse",
	Text: "The file could not be read as a BIND master file. zonegen reports the first error with the " +
		"file and line where it is, exits with status 2, and audits the other files it was given. " +
		"The records of a file that does not parse are left out of the audit, as BIND would refuse the zone. " +
		"This check cannot be turned off: --disable (all too) and zonegen:ignore leave it on, since the exit " +
		"status is 2 all the same and this finding is what says why.",
	Bad:  "fe01  A  10.0.1.300",
	Good: "fe01  A  10.0.1.30",
	Ref:  "RFC 1035 §5; BIND 9 ARM, zone file format",
}

// Syntax is the check syntax: an input that could not be read. generate
// reports a topology it cannot read so in the formats other than text.
func Syntax() *Check { return checkSyntax.copy() }

// missing reports whether z could not be read because its own path, as
// given, does not exist (not a file it includes: that error has a line).
func missing(z *zone.Zone) bool {
	var ze *zone.Error
	return errors.As(z.Err, &ze) && ze.Pos.File == z.File && ze.Pos.Line == 0 && errors.Is(z.Err, fs.ErrNotExist)
}

// syntax reports a zone that did not parse.
func (p *pass) syntax(z *zone.Zone) {
	pos, msg := zone.Pos{File: z.File}, z.Err.Error()
	var ze *zone.Error
	if errors.As(z.Err, &ze) {
		pos, msg = ze.Pos, ze.Err.Error()
	}
	p.report(checkSyntax, z.Origin, pos, msg)
}
