package main

import "os"

// Huge pages for the heap: a first touch of a 4 KB page costs about 8 µs
// on this project's machines, and a million-record audit touched 58,800
// of them, 0.5 s of system time that the floor, with its flat memory,
// never pays. Before a large read, zonegen asks Linux for 2 MB pages over
// the room the heap is about to take (hugepages_linux.go): 1,900 faults
// instead. docs/decisions.md, "Huge pages", weighs it.

// heapPerInputByte is about what the heap grows to per byte of zone file
// read: 4.5 for audit and 6.5 for fix at a million records, with room.
const heapPerInputByte = 8

// minHugeHeap is the least room worth asking for: below it, faults are
// few and the pages' 2 MB granules would only add to the peak.
const minHugeHeap = 64 << 20

// hugePageSize is the only huge page size the room is made for: 2 MB, the
// size on amd64 and on arm64 with 4 KB pages. Larger ones (512 MB on arm64
// with 64 KB pages) would map far more than a read needs at one touch.
const hugePageSize = 2 << 20

// heapRoom returns the room the heap will take to read the zone files
// (a file that cannot be read counts nothing: the read itself reports it).
func heapRoom(files []string) int64 {
	var total int64
	for _, name := range files {
		if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
			total += fi.Size()
		}
	}
	return total * heapPerInputByte
}

// memFacts is what decides whether the room is taken, and how large.
type memFacts struct {
	thp       string // transparent huge pages: "always", "madvise" or "never"; "" when unknown
	pageSize  int64  // the size of a huge page (hpage_pmd_size)
	ram       int64  // the machine's memory in bytes
	strict    bool   // strict overcommit: the room would count against the commit limit
	memLimit  bool   // a Go memory limit (GOMEMLIMIT): the freed room would count against it
	addrLimit bool   // a limit on the address space (ulimit -v): the room could exceed it
	wordBits  int    // 32 or 64: a 32-bit address space has no room to spare
}

// roomSize returns the room to advise for a read that wants want bytes of
// heap, or 0 to advise none. Only "madvise" mode needs the advice: with
// "always" the heap gets huge pages anyway, with "never" it cannot. The
// room is capped at half the machine's memory; it is never touched, so a
// container's memory limit, which counts touched pages, does not see it.
func roomSize(want int64, f memFacts) int64 {
	if want < minHugeHeap || f.thp != "madvise" || f.pageSize != hugePageSize ||
		f.strict || f.memLimit || f.addrLimit || f.wordBits < 64 {
		return 0
	}
	n := min(want, f.ram/2)
	if n < 2*hugePageSize {
		return 0
	}
	return n
}

// hugeRange returns the whole huge pages within the n bytes at p.
func hugeRange(p, n uintptr) (start, end uintptr) {
	start = (p + hugePageSize - 1) &^ (hugePageSize - 1)
	end = (p + n) &^ (hugePageSize - 1)
	return start, max(start, end)
}
