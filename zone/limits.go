package zone

// Limits bound what a zone file may make zonegen do. The zero value of a
// field means its default.
type Limits struct {
	MaxLine     int // bytes in one physical line (default 1 MiB)
	MaxEntry    int // bytes in one record, across its lines (default 4 MiB)
	MaxGenerate int // names one $GENERATE may make (default 65536); a file's $GENERATEs together may make 16 times that
	MaxRecords  int // records one top-level file may hold, includes counted (default 10 million)
	MaxDepth    int // $INCLUDE nesting (default 7)
	MaxIncludes int // $INCLUDEs one top-level file may open, nested ones counted (default 10,000)
	MaxHeld     int // bytes of a file the editor holds whole; it reads a larger one through its descriptor (default 4 MiB)
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxLine, 1<<20)
	def(&l.MaxEntry, 4<<20)
	def(&l.MaxGenerate, 65536)
	def(&l.MaxRecords, 10_000_000)
	def(&l.MaxDepth, 7)
	def(&l.MaxIncludes, 10_000)
	def(&l.MaxHeld, 4<<20)
	return l
}
