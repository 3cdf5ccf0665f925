package benchzone_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/fix"
	"github.com/zonegen/zonegen/internal/benchzone"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

func write(t *testing.T, opt benchzone.Options) ([]byte, benchzone.Stats) {
	t.Helper()
	var b bytes.Buffer
	st, err := benchzone.Write(&b, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), st
}

func TestDeterministic(t *testing.T) {
	opt := benchzone.Options{Records: 20_000, Seed: 7}
	a, _ := write(t, opt)
	b, _ := write(t, opt)
	if !bytes.Equal(a, b) {
		t.Error("the same options wrote different zones")
	}
	opt.Seed++
	if c, _ := write(t, opt); bytes.Equal(a, c) {
		t.Error("another seed wrote the same zone")
	}
}

// TestReadsBack checks that zone reads every record written, with no
// error and nothing BIND would read differently.
func TestReadsBack(t *testing.T) {
	tests := []struct {
		name string
		opt  benchzone.Options
	}{
		{name: "apex only", opt: benchzone.Options{Records: benchzone.MinRecords}},
		{name: "tiny sites", opt: benchzone.Options{Records: 500, SiteRecords: 30}},
		{name: "default", opt: benchzone.Options{Records: 30_000, Seed: 3}},
		{name: "all Lync", opt: benchzone.Options{Records: 5_000, LyncShare: 1, AAAAShare: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, st := write(t, tt.opt)
			z := zone.Read(fstest.MapFS{"db.contoso.com": {Data: b}}, "db.contoso.com", zone.Options{})
			if z.Err != nil {
				t.Fatal(z.Err)
			}
			if len(z.Records) != tt.opt.Records || st.Records != tt.opt.Records {
				t.Errorf("read %d records, Stats says %d, want %d", len(z.Records), st.Records, tt.opt.Records)
			}
			if len(z.Divergences) > 0 {
				t.Errorf("divergences: %v", z.Divergences)
			}
		})
	}
}

// TestAuditFindsTheGaps checks that the Lync hosts are found as planned:
// no finding but the dual-stack gaps the generator means to leave.
func TestAuditFindsTheGaps(t *testing.T) {
	b, st := write(t, benchzone.Options{Records: 30_000, Seed: 5})
	z := zone.Read(fstest.MapFS{"db.contoso.com": {Data: b}}, "db.contoso.com", zone.Options{})
	res, err := audit.Run([]*zone.Zone{z}, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range res.FindingList() {
		counts[f.Check]++
	}
	for check := range counts {
		switch check {
		case "missing-aaaa", "pool-aaaa-mismatch", "aaaa-ttl-mismatch":
		default:
			t.Errorf("unexpected %s findings: %d", check, counts[check])
		}
	}
	if res.NumHosts() != st.LyncNames {
		t.Errorf("audit found %d Lync hosts, the generator wrote %d", res.NumHosts(), st.LyncNames)
	}
}

// TestFixAddsTheMissing checks that the plan covers every Lync host and
// that fix adds exactly the AAAA records Stats counts.
func TestFixAddsTheMissing(t *testing.T) {
	dir := t.TempDir()
	zf, pf := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "plan.yaml")
	st, err := benchzone.WriteFiles(zf, pf, benchzone.Options{Records: 20_000, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Load(pf)
	if err != nil {
		t.Fatal(err)
	}
	res, err := fix.Run(zone.ReadFiles([]string{zf}, zone.Options{}), fix.Options{Plan: p, Serial: zone.SerialAuto})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) > 0 {
		t.Errorf("findings: %v", res.Findings[0])
	}
	if len(res.Added) != st.MissingAAAA {
		t.Errorf("fix added %d records, Stats says %d are missing", len(res.Added), st.MissingAAAA)
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	opt := benchzone.Options{Records: 250}
	st, err := benchzone.WriteDir(dir, 20, opt)
	if err != nil {
		t.Fatal(err)
	}
	zones := zone.ReadFiles(zone.ZoneFiles([]string{dir}), zone.Options{})
	var got []string
	records := 0
	for _, z := range zones {
		if z.Err != nil {
			t.Fatal(z.Err)
		}
		got = append(got, z.Origin)
		records += len(z.Records)
	}
	var want []string
	for i := 1; i <= 20; i++ {
		want = append(want, fmt.Sprintf("branch%04d.contoso.com.", i))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("origins (-want +got):\n%s", diff)
	}
	if records != 20*opt.Records || st.Records != records {
		t.Errorf("read %d records, Stats says %d, want %d", records, st.Records, 20*opt.Records)
	}
	res, err := audit.Run(zones, audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.NumHosts() != st.LyncNames {
		t.Errorf("audit found %d Lync hosts, the generator wrote %d (addresses shared between zones?)", res.NumHosts(), st.LyncNames)
	}
}

func TestBadOptions(t *testing.T) {
	for _, opt := range []benchzone.Options{
		{Records: benchzone.MinRecords - 1},
		{LyncShare: 1.5},
		{SiteRecords: -1},
	} {
		if _, err := benchzone.Write(&bytes.Buffer{}, opt); err == nil {
			t.Errorf("%+v: no error", opt)
		}
	}
}
