package audit

// checkAAAASharedFile is reported by zonegen fix.
var checkAAAASharedFile = &Check{
	ID:       "aaaa-shared-file",
	Severity: Error,
	Stage:    "fix",
	Title:    "(fix) a host's new AAAA would go into a file that another zone reads too, which does not get it in this run",
	Text: "zonegen fix writes a new AAAA after its host's A record, in the file that holds the A record. " +
		"When another zone reads that file too (two views that $INCLUDE one part) and that zone does not " +
		"get the same AAAA (it has one already, or fix leaves the host out there), the line would change " +
		"that zone as well. fix leaves the host without an AAAA in its zone and names the other zone; " +
		"write the AAAA in the zone's own file by hand, after its $INCLUDE, or give the views their own " +
		"copies of the part.",
	Bad: "; int/db.contoso.com and ext/db.contoso.com: $INCLUDE ../fe.inc   (fe01 A 10.20.1.11)\n" +
		"; int/db.contoso.com: fe01 AAAA fd20:0:0:1::11   (ext/ has none)",
	Good: "; ext/db.contoso.com: $INCLUDE ../fe.inc\n" +
		"fe01.contoso.com.  IN AAAA 2a01:db8:1::11   ; in ext/'s own file",
	Ref: "zonegen fix (docs/decisions.md, \"A file that several zones $INCLUDE\")",
}

// AAAASharedFile is the check that zonegen fix reports for a host whose
// new AAAA would go into a file another zone reads without getting it.
func AAAASharedFile() *Check { return checkAAAASharedFile.copy() }
