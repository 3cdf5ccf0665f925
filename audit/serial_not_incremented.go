package audit

// checkSerialNotIncremented is reported by zonegen review.
var checkSerialNotIncremented = &Check{
	ID:       "serial-not-incremented",
	Severity: Error,
	Stage:    "review",
	Title:    "(review) the zone's content changed but its SOA serial did not grow",
	Text: "Secondary servers transfer a zone only when its SOA serial grows (RFC 1982 serial arithmetic). " +
		"A change committed without a larger serial stays on the primary and the secondaries keep " +
		"serving the old data.",
	Bad:  "@  SOA  ns1 hostmaster 2024061501 3600 600 1209600 300   ; records changed, serial not",
	Good: "@  SOA  ns1 hostmaster 2024061502 3600 600 1209600 300",
	Ref:  "RFC 1982; RFC 1996",
}

// SerialNotIncremented is the check that zonegen review reports.
func SerialNotIncremented() *Check { return checkSerialNotIncremented.copy() }
