package zone

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/zonegen/zonegen/internal/corpus"
)

// readBoth reads data in one go and in segments of a few records.
func readBoth(data []byte, per int) (one, split *Zone) {
	return readTwice(data, func(o *reading) { o.segmentRecords = per })
}

// readTwice reads data as a file "db" with the test options, then again
// with the options changed.
func readTwice(data []byte, change func(*reading)) (a, b *Zone) {
	fsys := fstest.MapFS{"db": {Data: data}}
	opt := reading{Options: Options{Origin: "example.", Limits: Limits{MaxGenerate: 256, MaxRecords: 20000, MaxLine: 1 << 16, MaxEntry: 1 << 17}}}
	a = Read(fsys, "db", opt.Options)
	change(&opt)
	return a, read(fsys, "db", &Zone{File: "db", Class: ClassIN}, opt)
}

// readOnCore reads data alone, then as a core of ReadFiles does after a
// file that stopped its scanner halfway: nothing a core keeps from one file
// for the next (coreCache) may change how the next reads.
func readOnCore(data []byte) (alone, onCore *Zone) {
	core := &coreCache{}
	return readTwice(data, func(o *reading) {
		o.core = core
		read(fstest.MapFS{"db": {Data: []byte("@ SOA ns hm ( 1 2 3 4 5\nns A 10.0.0.1\n")}}, "db", &Zone{File: "db", Class: ClassIN}, *o)
	})
}

// sameReading describes the difference between two readings, or "".
func sameReading(one, split *Zone) string {
	if fmt.Sprint(one.Err) != fmt.Sprint(split.Err) {
		return fmt.Sprintf("error %v, in segments %v", one.Err, split.Err)
	}
	if len(one.Records) != len(split.Records) {
		return fmt.Sprintf("%d records, in segments %d", len(one.Records), len(split.Records))
	}
	for i := range one.Records {
		a, b := &one.Records[i], &split.Records[i]
		if a.String() != b.String() || a.Pos() != b.Pos() {
			return fmt.Sprintf("record %d: %s at %s, in segments %s at %s", i, a, a.Pos(), b, b.Pos())
		}
	}
	if fmt.Sprint(one.Divergences, one.Suppressions, one.SOA) != fmt.Sprint(split.Divergences, split.Suppressions, split.SOA) {
		return fmt.Sprintf("notes %v %v %v, in segments %v %v %v", one.Divergences, one.Suppressions, one.SOA,
			split.Divergences, split.Suppressions, split.SOA)
	}
	return ""
}

// sameRuns compares the runs (markRuns) of two readings of one file.
func sameRuns(one, split *Zone) string {
	for i := range min(len(one.Records), len(split.Records)) {
		if a, b := &one.Records[i], &split.Records[i]; a.run != b.run {
			return fmt.Sprintf("record %d: %s in run %d, in segments in run %d", i, a, a.run, b.run)
		}
	}
	return ""
}

// TestSegmentsReadAsOne reads every test zone and corpus file in one go and
// in segments of 1, 3 and 7 records: the readings must be the same, and so
// must BIND's runs of records of one owner (no segment starts within one:
// a letter case that changes where a segment starts was lost).
func TestSegmentsReadAsOne(t *testing.T) {
	files := testZones(t)
	files["segmentSample"] = []byte(segmentSample)
	for name, data := range files {
		for _, per := range []int{1, 3, 7} {
			if per == 1 && len(data) > 16<<10 {
				continue // a parser per record: slow on big files, and 3 says as much
			}
			one, split := readBoth(data, per)
			if diff := sameReading(one, split); diff != "" {
				t.Errorf("%s, segments of %d: %s", name, per, diff)
			}
			if diff := sameRuns(one, split); diff != "" {
				t.Errorf("%s, segments of %d: %s", name, per, diff)
			}
		}
	}
}

// testZones returns the test zones of the packages, the examples and the
// corpus files (when ../shared/corpus is there; the log says when it is
// not), by file name. A pattern that matches nothing, or a file that
// cannot be read, fails the test: the input must not shrink unseen.
func testZones(t testing.TB) map[string][]byte {
	t.Helper()
	files := globAll(t, "../audit/testdata/*.zone", "../fix/testdata/*/db.*", "../examples/*/db.*")
	out := map[string][]byte{}
	for _, name := range append(files, corpus.Files(t, "*/*")...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = data
	}
	return out
}

// globAll returns the files matching each pattern; a malformed pattern, or
// one that matches nothing, fails the test.
func globAll(t testing.TB, patterns ...string) []string {
	t.Helper()
	var files []string
	for _, pattern := range patterns {
		m, err := filepath.Glob(pattern)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %d files, error %v", pattern, len(m), err)
		}
		files = append(files, m...)
	}
	return files
}

// segmentSample has what a split must carry over: $ORIGIN changes, blank
// owners, a $TTL change, a record miekg/dns cannot read, a suppression, a
// long TXT string and an error near the end.
const segmentSample = `$TTL 1h
@ SOA ns1 hm ( 1 2 3 4 5 )
  NS ns1
ns1 A 10.0.0.1
    AAAA fd00::1
$ORIGIN sub.example.
host A 10.0.0.2 ; zonegen:ignore missing-aaaa lab
 TXT "x"
nsap NSAP 0x47.0005.80.005a00.0000.0001.e133.ffffff000162.00
$TTL 300
other A 10.0.0.3
 A 10.0.0.4
Other A 10.0.0.6
other A 10.0.0.7
other.sub.example. A 10.0.0.8
OTHER A 10.0.0.9
long TXT "` + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" + `x"
$ORIGIN example.
last A 10.0.0.5
bad A 10.0.0.300
`

// TestReadEachAsRead: ReadFileEach hands over the records that ReadFile
// keeps, each once, in one go and in segments, with the same notes and
// errors.
func TestReadEachAsRead(t *testing.T) {
	files := testZones(t)
	files["segmentSample"] = []byte(segmentSample)
	var big strings.Builder
	big.WriteString("$TTL 60\n@ SOA ns hm 1 2 3 4 5\n")
	for i := range 3 * handBatch {
		fmt.Fprintf(&big, "h%d A 10.%d.%d.%d\n", i, i>>16&255, i>>8&255, i&255)
	}
	files["three batches"] = []byte(big.String())
	for name, data := range files {
		for _, per := range []int{0, 3, 1000} {
			var mu sync.Mutex
			var handed []Record
			one, each := readTwice(data, func(o *reading) {
				o.segmentRecords = per
				o.each = func(rs []Record) {
					mu.Lock()
					defer mu.Unlock()
					handed = append(handed, rs...)
				}
			})
			if each.Records != nil {
				t.Errorf("%s: ReadFileEach kept %d records", name, len(each.Records))
			}
			// batches of segments come in any order; within a line, in order
			slices.SortStableFunc(handed, func(a, b Record) int { return cmp.Compare(a.Pos().Line, b.Pos().Line) })
			each.Records = handed
			if one.Err != nil { // records before the error may have been handed over
				one.Records, each.Records = nil, nil
			}
			if diff := sameReading(one, each); diff != "" {
				t.Errorf("%s, segments of %d: %s", filepath.Base(name), per, diff)
			}
		}
	}
}

// TestHeldBytesNotKept: a small file is read into a buffer that the next
// file of the same core reuses (coreCache.hold), so nothing read may keep
// its bytes; and it is read by a scanner the files before used
// (coreCache.scanners). Each test zone is read with a shared buffer, which
// is then overwritten: the zone must still be as a reading without one.
// Files that stop a scanner halfway come between the others.
func TestHeldBytesNotKept(t *testing.T) {
	dir := t.TempDir()
	files := testZones(t)
	files["segmentSample"] = []byte(segmentSample)
	files["bom"] = []byte("\uFEFF@ SOA ns hm 1 2 3 4 5\n")
	files["unbalanced"] = []byte("@ SOA ns hm ( 1 2 3 4 5\nns A 10.0.0.1\n")
	files["longLine"] = []byte("@ SOA ns hm 1 2 3 4 5\nns TXT \"" + strings.Repeat("x", 1<<16) + "\"\n")
	files["included"] = []byte("@ SOA ns hm 1 2 3 4 5\n$INCLUDE db.segmentSample\nlast A 10.0.0.9\n")
	core := &coreCache{}
	defer core.roots.close()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, "db."+filepath.Base(name)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		p := filepath.Join(dir, "db."+filepath.Base(name))
		opt := reading{Options: Options{Limits: Limits{MaxGenerate: 256, MaxRecords: 20000, MaxLine: 1 << 16, MaxEntry: 1 << 17}}}
		alone := readFile(p, opt)
		opt.core = core
		z := readFile(p, opt)
		clear(core.hold[:cap(core.hold)])
		if diff := sameReading(alone, z); diff != "" {
			t.Errorf("%s: with its bytes overwritten after the reading: %s", name, diff)
		}
	}
	if cap(core.hold) == 0 {
		t.Error("the buffer was never used")
	}
	if n := len(core.scanners); n != 2 {
		t.Errorf("%d spare scanners after the files, want 2: the files' and an $INCLUDE's", n)
	}
}

// TestReadFilesOneCore: the files one core reads share a buffer and, in
// one directory, a root; each reads as it does alone, $INCLUDE too.
func TestReadFilesOneCore(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := []struct{ name, data string }{
		{"db.z0.example", segmentSample},
		{"sub/db.z1.example", "@ SOA ns hm 1 2 3 4 5\n$INCLUDE inc\n"},
		{"sub/inc", "ns A 10.0.0.1\n"},
		{"db.z2.example", segmentSample + segmentSample},
	}
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if f.name != "sub/inc" {
			paths = append(paths, p)
		}
	}
	zones := ReadFiles(paths, Options{})
	if len(zones) != len(paths) {
		t.Fatalf("%d zones read from %d files", len(zones), len(paths))
	}
	for _, z := range zones {
		if diff := sameReading(ReadFile(z.File, Options{}), z); diff != "" {
			t.Errorf("%s: alone, then with the others: %s", filepath.Base(z.File), diff)
		}
		if filepath.Base(filepath.Dir(z.File)) == "sub" && (z.Err != nil || len(z.Records) != 2) {
			t.Errorf("%s: %d records, error %v; want the SOA and the A of its $INCLUDE", z.File, len(z.Records), z.Err)
		}
	}
}

// TestAbsPath: with the working directory given, absPath is filepath.Abs.
func TestAbsPath(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Skip("no working directory:", err)
	}
	for _, p := range []string{"db.example", "a/../db", filepath.Join(wd, "db"), ".", "./x/", ""} {
		want, _ := filepath.Abs(p)
		if got, err := absPath(p, wd); got != want || err != nil {
			t.Errorf("absPath(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
}
