package main

import (
	"bytes"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// hugePageSize is the size of a transparent huge page on the platforms Go
// runs Linux on that matter here (amd64, and arm64 with 4 KB pages).
const hugePageSize = 2 << 20

// madvHugePage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugePage = 14

// useHugePages asks Linux to back the next n bytes of the heap with huge
// pages. It takes the room as one object that nothing has touched yet,
// marks it MADV_HUGEPAGE and has the collector free it at once: the
// runtime hands out the lowest free pages first, so the records, the
// index and the hosts that come next land in the marked range, and each
// of their first touches maps 2 MB.
//
// Nothing but speed depends on it: where huge pages are off, or the
// runtime places the heap elsewhere, the faults are small ones again. It
// is skipped where the room itself could hurt: with strict overcommit
// (the room would count against the commit limit), under a memory limit
// (the freed room would count against it until returned), and beyond half
// the machine's memory.
func useHugePages(n int64) {
	var si syscall.Sysinfo_t
	if n <= 0 || syscall.Sysinfo(&si) != nil || strictOvercommit() || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return
	}
	n = min(n, int64(si.Totalram)*int64(si.Unit)/2)
	if n < 2*hugePageSize {
		return
	}
	room := make([]byte, n)
	start := (uintptr(unsafe.Pointer(&room[0])) + hugePageSize - 1) &^ (hugePageSize - 1)
	end := (uintptr(unsafe.Pointer(&room[0])) + uintptr(n)) &^ (hugePageSize - 1)
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugePage)
	runtime.KeepAlive(room)
	runtime.GC()
}

// strictOvercommit reports whether Linux refuses to promise more memory
// than it has (vm.overcommit_memory = 2), or whether that cannot be told.
func strictOvercommit() bool {
	b, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err != nil || string(bytes.TrimSpace(b)) == "2"
}
