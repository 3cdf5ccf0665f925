package main

import (
	"os"
	"strings"
	"testing"
)

// TestUseHugePagesAdvises: where this machine takes the room, a range of
// the heap is advised afterwards (the "hg" flag of /proc/self/smaps).
func TestUseHugePagesAdvises(t *testing.T) {
	const want = 64 << 20
	if roomSize(want, linuxFacts()) == 0 {
		t.Skipf("no room taken on this machine: %+v", linuxFacts())
	}
	useHugePages(want)
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	if !strings.Contains(string(smaps), " hg") {
		t.Error("no mapping of the process is advised MADV_HUGEPAGE")
	}
}

func TestBracketed(t *testing.T) {
	for in, want := range map[string]string{
		"always [madvise] never\n": "madvise",
		"[always] madvise never":   "always",
		"always madvise [never]":   "never",
		"":                         "",
		"always madvise never":     "",
		"[unclosed":                "",
	} {
		if got := bracketed(in); got != want {
			t.Errorf("bracketed(%q) = %q, want %q", in, got, want)
		}
	}
}
