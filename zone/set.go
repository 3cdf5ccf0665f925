package zone

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// ReadFiles reads the zone files of a command line, as ZoneFiles lists
// them. The files are read in parallel and returned in the order given. A
// file that another file of the set $INCLUDEs is read as part of that
// file only. A path that cannot be looked at, or a directory below one
// that cannot be listed, is read as a file, and its Zone.Err says why, as
// problems inside a file are.
func ReadFiles(files []string, opt Options) []*Zone {
	return DropIncluded(readAll(files, reading{Options: opt}))
}

// readAll reads the files on every core. The files one core reads keep
// their names in one set of blocks: the names of all the zones of a run
// live as long as one another.
func readAll(files []string, opt reading) []*Zone {
	zones := make([]*Zone, len(files))
	if wd, err := os.Getwd(); err == nil {
		opt.wd = wd
	}
	var next atomic.Int64 // the next file to read
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			o := opt
			o.core = &coreCache{}
			defer o.core.roots.close()
			for i := next.Add(1) - 1; i < int64(len(files)); i = next.Add(1) - 1 {
				zones[i] = readFile(files[i], o)
			}
		})
	}
	wg.Wait()
	return zones
}

// rootCache keeps one open root.
type rootCache struct {
	dir string
	r   *os.Root
}

// open returns the root of dir, opened now or kept from the last call.
func (c *rootCache) open(dir string) (*os.Root, error) {
	if c.r != nil && c.dir == dir {
		return c.r, nil
	}
	c.close()
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	c.dir, c.r = dir, r
	return r, nil
}

// close closes the root kept, if any.
func (c *rootCache) close() {
	if c.r != nil {
		c.r.Close()
		c.r = nil
	}
}

// DropIncluded removes the zones whose file another zone of the set
// includes: they were read as part of it. ReadFiles does so; a reader of
// zones from elsewhere (review, from git's index) calls it.
func DropIncluded(zones []*Zone) []*Zone {
	included := map[string]bool{}
	for _, z := range zones {
		for _, inc := range z.Includes {
			included[filepath.Clean(inc)] = true
		}
	}
	out := zones[:0]
	for _, z := range zones {
		if !included[filepath.Clean(z.File)] {
			out = append(out, z)
		}
	}
	return out
}
