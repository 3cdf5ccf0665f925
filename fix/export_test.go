package fix

import "github.com/zonegen/zonegen/zone"

// NewBytes is newBytes, for the tests of package fix_test.
var NewBytes = newBytes

// RunPaths is Run of the zones read from paths (files and directories),
// as zonegen fix reads them.
func RunPaths(paths []string, opt Options) (*Result, error) {
	return Run(zone.ReadFiles(zone.ZoneFiles(paths), opt.Read), opt)
}
