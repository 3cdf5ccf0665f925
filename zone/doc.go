// Package zone reads BIND master files the way BIND reads them, keeping the
// file and line of every record, and holds the model the rest of zonegen
// works on: zones, records and their positions. It also edits zone files
// byte for byte and writes them back safely.
//
// zone is the only package that imports github.com/miekg/dns. Parsing of
// record data is left to miekg/dns's ZoneParser; this package feeds it one
// logical line at a time (see feed.go), handles $ORIGIN, $TTL, $INCLUDE and
// $GENERATE itself, and notes every place where miekg/dns would read a line
// differently from BIND (see Divergence).
package zone
