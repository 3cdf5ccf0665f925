package benchzone

import (
	"fmt"
	"os"
	"strconv"

	"github.com/zonegen/zonegen/internal/clip"
)

// EnvRecords names the environment variable that sets the size of the
// zones the benchmarks generate (default DefaultRecords), so that one
// benchmark run can measure a 1M-record zone:
//
//	ZONEGEN_BENCH_RECORDS=1000000 go test -run '^$' -bench Audit ./audit
const EnvRecords = "ZONEGEN_BENCH_RECORDS"

// BenchOptions returns the Options of the benchmarks' zone: the defaults,
// with Records from EnvRecords when it is set.
func BenchOptions() (Options, error) {
	opt := Options{Records: DefaultRecords, Seed: 1}
	if s := os.Getenv(EnvRecords); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < MinRecords {
			return opt, fmt.Errorf("%s=%s: want a number of records, at least %d", EnvRecords, clip.Quote(s), MinRecords)
		}
		opt.Records = n
	}
	return opt, nil
}
