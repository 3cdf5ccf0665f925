package main

import (
	"bytes"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// madvHugePage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugePage = 14

// useHugePages asks Linux to back the next want bytes of the heap with
// huge pages, where roomSize says so. It takes the room as one object
// that nothing has touched yet, marks it MADV_HUGEPAGE and has the
// collector free it at once: the runtime hands out the lowest free pages
// first, so the records, the index and the hosts that come next land in
// the marked range, and each of their first touches maps 2 MB. Nothing
// but speed depends on it: where the runtime places the heap elsewhere,
// the faults are small ones again.
func useHugePages(want int64) {
	n := roomSize(want, linuxFacts())
	if n == 0 {
		return
	}
	room := make([]byte, n)
	start, end := hugeRange(uintptr(unsafe.Pointer(&room[0])), uintptr(n))
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugePage)
	runtime.KeepAlive(room)
	runtime.GC()
}

// linuxFacts reads what roomSize decides by.
func linuxFacts() memFacts {
	f := memFacts{wordBits: strconv.IntSize}
	const thp = "/sys/kernel/mm/transparent_hugepage/"
	if b, err := os.ReadFile(thp + "enabled"); err == nil {
		f.thp = bracketed(string(b))
	}
	if b, err := os.ReadFile(thp + "hpage_pmd_size"); err == nil {
		f.pageSize, _ = strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64)
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		f.ram = int64(si.Totalram) * int64(si.Unit)
	}
	b, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	f.strict = err != nil || string(bytes.TrimSpace(b)) == "2"
	f.memLimit = debug.SetMemoryLimit(-1) != math.MaxInt64
	var rl syscall.Rlimit
	f.addrLimit = syscall.Getrlimit(syscall.RLIMIT_AS, &rl) != nil || rl.Cur != math.MaxUint64
	return f
}

// bracketed returns the word in brackets of a sysfs choice list, as in
// "always [madvise] never".
func bracketed(s string) string {
	_, after, ok := strings.Cut(s, "[")
	word, _, ok2 := strings.Cut(after, "]")
	if !ok || !ok2 {
		return ""
	}
	return word
}
