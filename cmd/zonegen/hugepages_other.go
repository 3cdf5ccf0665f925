//go:build !linux

package main

// useHugePages does nothing outside Linux (hugepages_linux.go).
func useHugePages(int64) {}
