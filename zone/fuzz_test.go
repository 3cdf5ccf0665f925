package zone

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/corpus"
)

// FuzzRead reads fuzzed zone files. It must never panic or hang; errors
// must carry the file and a line of it; records must have lines of the file
// in order; and where miekg/dns parses the same bytes on its own (no
// directive zonegen handles itself, no divergence noted), both must give
// the same records.
func FuzzRead(f *testing.F) {
	files := globAll(f, "../audit/testdata/*.zone", "../fix/testdata/*/db.*")
	for _, name := range append(files, corpus.Files(f, "*/*")...) {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte("$TTL 1h\n@ SOA ns hm ( 1 2 3 4 5 )\n NS ns\nns A 10.0.0.1\n AAAA fd00::1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := Options{Origin: "example.", Limits: Limits{MaxGenerate: 256, MaxRecords: 20000, MaxLine: 1 << 16, MaxEntry: 1 << 17}}
		z := Read(fstest.MapFS{"db": {Data: data}}, "db", opt)
		lines := bytes.Count(data, []byte("\n")) + 1
		if z.Err != nil {
			checkError(t, z.Err, lines)
			return
		}
		checkLines(t, z, lines)
		one, split := readBoth(data, 2)
		sameAll(t, "read in segments", one, split)
		fast, miekg := readFastAndMiekg(data)
		sameAll(t, "read without the fast reader", fast, miekg)
		alone, onCore := readOnCore(data)
		sameAll(t, "read by a core of ReadFiles after another file", alone, onCore)
		if !bytes.Contains(data, []byte("$")) && len(z.Divergences) == 0 {
			sameAsMiekg(t, data, z)
		}
	})
}

// sameAll fails the test when two readings of one file differ in their
// records, notes or BIND's runs: every owner bug of the nineteenth round
// showed in the runs alone (review 20 #11).
func sameAll(t *testing.T, what string, one, other *Zone) {
	t.Helper()
	if diff := sameReading(one, other); diff != "" {
		t.Fatalf("%s: %s", what, diff)
	}
	if diff := sameRuns(one, other); diff != "" {
		t.Fatalf("%s: %s", what, diff)
	}
}

func checkError(t *testing.T, err error, lines int) {
	var ze *Error
	if !errors.As(err, &ze) {
		t.Fatalf("error without a position: %v", err)
	}
	if ze.Pos.File != "db" || ze.Pos.Line < 0 || ze.Pos.Line > lines {
		t.Fatalf("error at %s, outside the file of %d lines: %v", ze.Pos, lines, err)
	}
}

func checkLines(t *testing.T, z *Zone, lines int) {
	last := 0
	for _, r := range z.Records {
		if r.Pos().File != "db" || r.Pos().Line < 1 || r.Pos().Line > lines || r.Pos().Line < last {
			t.Fatalf("record %s at %s: not a line of the file in order (file has %d lines, last record at %d)", r.String(), r.Pos(), lines, last)
		}
		last = r.Pos().Line
	}
}

// sameAsMiekg parses data with a bare ZoneParser and compares the records.
func sameAsMiekg(t *testing.T, data []byte, z *Zone) {
	zp := dns.NewZoneParser(bytes.NewReader(data), "example.", "db")
	var want []string
	for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
		r, _ := newRecord(rr)
		want = append(want, r.String())
	}
	if zp.Err() != nil {
		return // zonegen read what miekg/dns refuses (a BIND reading), or both refuse
	}
	got := make([]string, len(z.Records))
	for i := range z.Records {
		got[i] = z.Records[i].String()
	}
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Fatalf("records differ from miekg/dns\nmiekg:   %q\nzonegen: %q", want, got)
	}
}
