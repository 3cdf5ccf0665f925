package fix

import (
	"errors"
	"path/filepath"

	"github.com/zonegen/zonegen/zone"
)

// Close closes the files the changes read through their descriptors
// (zone.Change.Close); the diff, the fragment and Write need them open.
func (r *Result) Close() error {
	var errs []error
	for i := range r.Changes {
		errs = append(errs, r.Changes[i].Close())
	}
	return errors.Join(errs...)
}

// Write writes every change to disk, all or none (zone.WriteFiles):
// each file atomically, refusing files that changed since they were
// read, or that a symbolic link would take out of the directory their
// zone was read under (Zone.Root: the include root, else the zone file's
// directory). It closes the files it read first (Close).
func (r *Result) Write() error {
	dirs := map[string]string{} // a file's include root: that of the last zone that reads it
	for _, z := range r.Zones {
		dir := z.Root
		if dir == "" {
			dir = filepath.Dir(z.File)
		}
		for _, f := range append([]string{z.File}, z.Includes...) {
			dirs[f] = dir
		}
	}
	files := make([]zone.FileWrite, len(r.Changes))
	for i, c := range r.Changes {
		dir, ok := dirs[c.File]
		if !ok {
			dir = filepath.Dir(c.File)
		}
		data, err := c.New()
		if err != nil {
			return err
		}
		files[i] = zone.FileWrite{Name: c.File, Was: c.Was, New: data, Root: dir}
	}
	if err := r.Close(); err != nil { // Windows renames over a file only once it is closed
		return err
	}
	return zone.WriteFiles(files)
}
