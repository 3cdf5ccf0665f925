package zone

import "strings"

// ReadPair reads two versions of one zone, for zonegen diff. A file whose
// origin can only come from its name takes the other's when its name is
// the other's with a label that names a copy (db.contoso.com.new against db.contoso.com or
// a file with $ORIGIN contoso.com.), or when its name gives a single
// label, no zone's name (/tmp/x, c.zone); two zones of unrelated names
// (db.contoso.com, db.fabrikam.net, db.contoso.com.au) keep their own
// origins.
func ReadPair(oldFile, newFile string, opt Options) (old, now *Zone) {
	old, now = ReadFile(oldFile, opt), ReadFile(newFile, opt)
	if old.Err != nil || now.Err != nil || old.Origin == now.Origin {
		return old, now
	}
	switch {
	case now.OriginGuessed && adopts(now.Origin, old.Origin):
		opt.Origin = old.Origin
		now = ReadFile(newFile, opt)
	case old.OriginGuessed && adopts(old.Origin, now.Origin):
		opt.Origin = now.Origin
		old = ReadFile(oldFile, opt)
	}
	return old, now
}

// adopts reports whether a file whose origin guessed came from its name
// takes the origin other of the file it is compared with: guessed is
// other with one more label that names a copy (contoso.com.new. of
// contoso.com.; copyLabel), or with an editor's backup ~ (contoso.com~.
// of db.contoso.com~, test 21g), or a single label. contoso.com.au. is
// another zone than contoso.com., whatever the names say.
func adopts(guessed, other string) bool {
	rest, ok := strings.CutPrefix(guessed, strings.TrimSuffix(other, ".")+".")
	label := strings.TrimSuffix(rest, ".")
	return ok && copyLabel(label) || guessed == strings.TrimSuffix(other, ".")+"~." || strings.Count(guessed, ".") == 1
}

// copyLabel reports whether the last label of a file's name says it is a
// copy of another: new, orig, old, bak and the like, or a number or date.
func copyLabel(label string) bool {
	switch label {
	case "new", "orig", "old", "bak", "backup", "save", "saved", "prev", "tmp", "dist", "rej", "work", "edit":
		return true
	}
	return label != "" && strings.Trim(label, "0123456789-_") == ""
}
