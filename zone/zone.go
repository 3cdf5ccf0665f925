package zone

// Zone is one zone file as read: its records in file order (records of
// $INCLUDEd files in place), and what the reader noticed on the way.
type Zone struct {
	File string // the file as named on the command line
	// Root is the directory its $INCLUDEs were confined to: the include
	// root, else the file's own directory, or that of the file a symbolic
	// link File leads to (ReadFile); "" when read from an fs.FS (Read).
	Root   string
	Origin string // canonical origin the file was read with
	// OriginGuessed reports that Origin came from the file name: no
	// --origin, no $ORIGIN before the first record, no absolute SOA owner.
	OriginGuessed bool
	Class         Class
	SOA           *SOA // nil when the zone has no SOA record
	Records       []Record
	Includes      []string // the $INCLUDEd files, as they appear in positions, each once
	Divergences   []Divergence
	Suppressions  []Suppression
	Err           error // the syntax error that stopped the reading, an *Error; nil when the file parsed
}

// Divergence is a line that miekg/dns reads differently from BIND. zonegen
// reads it as BIND does; the audit reports it as bind-divergence.
type Divergence struct {
	Pos     Pos
	Message string
}

// Suppression is a "; zonegen:ignore CHECK reason" comment on a record.
type Suppression struct {
	Pos    Pos
	Check  string
	Reason string
}
