// Command floor counts the records of zone files with a bare miekg/dns
// ZoneParser loop and prints the total. It is the floor zonegen's
// performance is measured against (docs/performance.md, scripts/bench.sh):
// the cost of parsing alone, in constant memory.
//
//	floor FILE ...
//
// It lives under zone/ because only package zone and its subtree import
// miekg/dns.
package main

import (
	"fmt"
	"os"

	"github.com/miekg/dns"
)

func main() {
	total := 0
	for _, name := range os.Args[1:] {
		n, err := count(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(2)
		}
		total += n
	}
	fmt.Println(total)
}

// count parses one file and returns the number of records in it.
func count(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	zp := dns.NewZoneParser(f, "", name)
	n := 0
	for _, ok := zp.Next(); ok; _, ok = zp.Next() {
		n++
	}
	return n, zp.Err()
}
