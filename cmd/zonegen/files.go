package main

import (
	"os"
	"slices"

	"github.com/zonegen/zonegen/internal/workpath"
	"github.com/zonegen/zonegen/zone"
)

// zoneFiles lists the zone files of the command line, as zone.ZoneFiles
// does, and the directories among args that hold none (empty, or holding
// only $INCLUDE parts and notes): a mistyped or moved directory would
// otherwise audit nothing and pass.
func zoneFiles(args []string) (files, empty []string) {
	files = zone.ZoneFiles(args)
	wd, _ := os.Getwd()
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.IsDir() && !slices.ContainsFunc(files, func(f string) bool { return workpath.Below(f, a, wd) }) {
			empty = append(empty, a)
		}
	}
	return files, empty
}

// noZoneFiles is the usage error of audit and fix for the first directory
// without zone files, or nil.
func noZoneFiles(empty []string) error {
	if len(empty) == 0 {
		return nil
	}
	return usageError("%s: no zone files", empty[0])
}
