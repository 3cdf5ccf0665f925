// Command zonegen audits BIND zone files of Lync Server 2013 and Skype for
// Business deployments for what dual stack needs, writes the missing AAAA
// records from an address plan, generates whole Lync record sets and
// reviews zone changes. See README.md.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr, os.Getenv))
}
