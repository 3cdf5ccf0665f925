package benchzone

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// WriteFiles writes a zone to zoneFile and, unless planFile is empty, the
// plan that covers it to planFile.
func WriteFiles(zoneFile, planFile string, opt Options) (Stats, error) {
	st, err := writeFile(zoneFile, func(f *os.File) (Stats, error) { return Write(f, opt) })
	if err != nil || planFile == "" {
		return st, err
	}
	_, err = writeFile(planFile, func(f *os.File) (Stats, error) { return st, WritePlan(f, st) })
	return st, err
}

// WriteDir writes files zones of opt.Records records each into the
// directory dir, which must exist: db.branch0001.contoso.com and so on,
// each with its own origin below opt.Origin. No two of them share a name or
// an address. It says what they hold together.
func WriteDir(dir string, files int, opt Options) (Stats, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	if files < 1 {
		return Stats{}, errors.New("zonegen: no files to write")
	}
	g := newGen(opt)
	for i := 1; i <= files; i++ {
		origin := fmt.Sprintf("branch%04d.%s", i, opt.Origin)
		name := filepath.Join(dir, "db."+strings.TrimSuffix(origin, "."))
		_, err := writeFile(name, func(f *os.File) (Stats, error) { return g.st, g.zone(f, origin, opt.Records) })
		if err != nil {
			return g.st, err
		}
	}
	return g.st, nil
}

func writeFile(name string, write func(*os.File) (Stats, error)) (Stats, error) {
	f, err := os.Create(name)
	if err != nil {
		return Stats{}, err
	}
	st, err := write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return st, err
}
