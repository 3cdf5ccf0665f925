package main

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Huge pages for the heap: a first touch of a 4 KB page costs about 8 µs
// on this project's machines, and a million-record audit touches 58,000
// of them, 0.47 s of system time that the floor, with its flat memory,
// never pays. Before a large read, zonegen asks Linux for 2 MB pages over
// the room the heap is about to take (hugepages_linux.go): 1,900 faults
// instead. docs/decisions.md, "Huge pages", weighs it.

// heapPerInputByte is about what the heap grows to per byte of zone file
// read: 4.5 for audit and 6.5 for fix at a million records, with room.
const heapPerInputByte = 8

// minHugeHeap is the least room worth asking for: below it, faults are
// few and the pages' 2 MB granules would only add to the peak.
const minHugeHeap = 64 << 20

// heapRoom returns the room the heap will take to read files (a file that
// cannot be read counts nothing: the read itself reports it), and 0 when
// that is below minHugeHeap.
func heapRoom(paths []string) int64 {
	var total int64
	for _, p := range paths {
		fi, err := os.Stat(p) // a link given on the command line is followed, as the read does
		switch {
		case err != nil:
		case fi.Mode().IsRegular():
			total += fi.Size()
		case fi.IsDir():
			filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() {
					if fi, err := d.Info(); err == nil {
						total += fi.Size()
					}
				}
				return nil
			})
		}
	}
	if total*heapPerInputByte < minHugeHeap {
		return 0
	}
	return total * heapPerInputByte
}
