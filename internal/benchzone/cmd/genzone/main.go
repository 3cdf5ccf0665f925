// Command genzone writes the generated zones of zonegen's benchmarks
// (internal/benchzone, docs/performance.md): one large zone and the address
// plan that covers it, or a directory of small zones.
//
//	genzone -records 1000000 -o bench/out/1m.zone -plan bench/out/1m.plan.yaml
//	genzone -records 250 -files 2000 -dir bench/out/dir2000
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zonegen/zonegen/internal/benchzone"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "genzone:", err)
		os.Exit(2)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("genzone", flag.ContinueOnError)
	var opt benchzone.Options
	fs.IntVar(&opt.Records, "records", benchzone.DefaultRecords, "records per zone")
	fs.StringVar(&opt.Origin, "origin", benchzone.DefaultOrigin, "origin of the zone (of the directory's zones: their parent)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "seed; the same flags write the same bytes")
	fs.IntVar(&opt.SiteRecords, "site-records", benchzone.DefaultSiteRecords, "mean records between $ORIGIN switches")
	fs.Float64Var(&opt.LyncShare, "lync-share", benchzone.DefaultLyncShare, "share of the records in Lync tenants")
	fs.Float64Var(&opt.AAAAShare, "aaaa-share", benchzone.DefaultAAAAShare, "share of the Lync names with AAAA (negative: none)")
	out := fs.String("o", "", "the zone file to write")
	planFile := fs.String("plan", "", "also write the address plan that covers the zone to `FILE`")
	dir := fs.String("dir", "", "write -files small zones into `DIR` instead (created if missing)")
	files := fs.Int("files", 2000, "number of zones with -dir")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := generate(opt, *out, *planFile, *dir, *files)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "genzone: %d records (%d A, %d AAAA) in %d sites, %d Lync tenants, %d pools, %d Lync hosts, %d plain hosts; fix adds %d AAAA\n",
		st.Records, st.A, st.AAAA, st.Sites, st.Tenants, st.Pools, st.LyncNames, st.PlainHosts, st.MissingAAAA)
	return nil
}

func generate(opt benchzone.Options, out, planFile, dir string, files int) (benchzone.Stats, error) {
	switch {
	case dir != "" && out != "":
		return benchzone.Stats{}, errors.New("give -o or -dir, not both")
	case dir != "":
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return benchzone.Stats{}, err
		}
		return benchzone.WriteDir(dir, files, opt)
	case out != "":
		return benchzone.WriteFiles(out, planFile, opt)
	}
	return benchzone.Stats{}, errors.New("give -o FILE or -dir DIR")
}
