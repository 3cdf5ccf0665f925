// Command zonegen audits BIND zone files of Lync Server 2013 and Skype for
// Business deployments for what dual stack needs, writes the missing AAAA
// records from an address plan, generates whole Lync record sets and
// reviews zone changes. See README.md.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A collection at half the live heap, not all of it: the
		// collector's work costs less than the fresh pages that garbage
		// would take (docs/decisions.md, "Speed"). GOGC still decides.
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr, os.Getenv))
}
