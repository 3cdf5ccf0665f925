// Package zone reads BIND master files the way BIND reads them, keeping the
// file and line of every record, and holds the model the rest of zonegen
// works on: zones, records and their positions. It also edits zone files
// byte for byte and writes them back safely.
//
// zone is the only package that imports github.com/miekg/dns. The
// records most zones hold (A, AAAA, CNAME, NS, PTR, MX and SRV with plain
// names) are read by this package itself (fast.go); the data of every
// other record is left to miekg/dns's ZoneParser (parse.go), which this
// package feeds one logical line at a time (feed.go, lines.go for where
// each came from, firstttl.go for BIND's TTL before any is written). It
// handles $ORIGIN, $TTL, $INCLUDE and $GENERATE itself, reads a large file
// in segments on every core (segment.go), and notes every place where
// miekg/dns would read a line differently from BIND (see Divergence).
package zone
