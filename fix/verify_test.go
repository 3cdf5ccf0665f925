package fix

import (
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// TestVerifyRefuses: an edit that loses, changes or adds a record the plan
// did not ask for is refused, and the message names the record missing
// or extra.
func TestVerifyRefuses(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.0.1\nfe01 A 10.0.1.11\n"
	tests := []struct {
		name, edited string
		want         string // in the message
	}{
		{"record lost", strings.Replace(text, "ns1 A 10.0.0.1\n", "", 1),
			`expected "ns1.contoso.com.\t3600\tIN\tA\t10.0.0.1", not read`},
		{"record changed", strings.Replace(text, "10.0.1.11", "10.0.1.12", 1),
			`expected "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", read "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.12" instead`},
		{"TTL changed", strings.Replace(text, "fe01 A", "fe01 300 A", 1),
			`expected "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", read "fe01.contoso.com.\t300\tIN\tA\t10.0.1.11" instead`},
		{"record added", text + "fe02 A 10.0.1.12\n",
			`read "fe02.contoso.com.\t3600\tIN\tA\t10.0.1.12", not expected`},
		{"record doubled", text + "fe01 A 10.0.1.11\n",
			`read "fe01.contoso.com.\t3600\tIN\tA\t10.0.1.11", not expected`},
		{"does not parse", text + "fe02 A 10.0.1.300\n", "10.0.1.300"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "db.contoso.com")
			os.WriteFile(name, []byte(text), 0o644)
			z := zone.ReadFile(name, zone.Options{})
			f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, zones: []*zone.Zone{z}, res: &Result{}}
			f.res.Changes = []zone.Change{testChange(name, []byte(text), []zone.Edit{{Start: 0, End: len(text), New: tt.edited}})}
			err := f.verify()
			if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want a refusal that says %s", err, tt.want)
			}
		})
	}
}

// TestVerifyChangedSinceRead: test 13 D10. When the zone changed on disk
// after fix read it and before the editor did (a record appended), the
// edit, made on the new bytes, does not read back as the first reading
// expects: that is the file's change, said as zone.ErrChanged, not the
// edit's fault ("does not read back as intended"). So for an included
// file, not edited, that changed.
func TestVerifyChangedSinceRead(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.0.1\n$INCLUDE hosts.inc\n"
	const late = "late A 10.20.1.99\n"
	for _, changes := range []string{"db.contoso.com", "hosts.inc"} {
		t.Run(changes, func(t *testing.T) {
			dir := t.TempDir()
			name, inc := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "hosts.inc")
			os.WriteFile(name, []byte(text), 0o644)
			os.WriteFile(inc, []byte("fe01 A 10.0.1.11\n"), 0o644)
			z := zone.ReadFile(name, zone.Options{})
			if z.Err != nil {
				t.Fatal(z.Err)
			}
			old := text // the bytes the editor read
			if changes == "hosts.inc" {
				os.WriteFile(inc, []byte("fe01 A 10.0.1.11\n"+late), 0o644)
			} else {
				old += late
				os.WriteFile(name, []byte(old), 0o644)
			}
			f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, zones: []*zone.Zone{z}, res: &Result{}}
			f.res.Changes = []zone.Change{testChange(name, []byte(old), []zone.Edit{{Start: len(old), End: len(old), New: "; a comment\n"}})}
			err := f.verify()
			if !errors.Is(err, zone.ErrChanged) || !strings.HasPrefix(err.Error(), name+": ") {
				t.Errorf("err = %v, want %s: zone.ErrChanged", err, name)
			}
		})
	}
}

// TestVerifyFirstZone: with the zones read side by side, the refusal still
// names the first zone in reading order whose edit does not read back.
func TestVerifyFirstZone(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.0.1\n"
	dir := t.TempDir()
	f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, res: &Result{}}
	for i := range 8 {
		name := filepath.Join(dir, fmt.Sprintf("db.%d", i))
		os.WriteFile(name, []byte(text), 0o644)
		f.zones = append(f.zones, zone.ReadFile(name, zone.Options{}))
		edited := text + "; a comment\n"
		if i == 3 || i == 6 {
			edited = text + "fe02 A 10.0.1.12\n"
		}
		f.res.Changes = append(f.res.Changes, testChange(name, []byte(text), []zone.Edit{{Start: 0, End: len(text), New: edited}}))
	}
	for range 20 {
		err := f.verify()
		if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, "db.3")+":") {
			t.Fatalf("err = %v, want the refusal of db.3", err)
		}
	}
}

// TestVerifyIncludedTwice: a zone that $INCLUDEs a file twice under one
// origin reads the new line in that file twice, as it reads the A record
// there, and the edit that writes it once reads back as intended. An edit
// that writes it twice, or in the zone's own file, or another address,
// is still refused.
func TestVerifyIncludedTwice(t *testing.T) {
	const text = "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\n$INCLUDE part.inc\n$INCLUDE part.inc\n"
	const part = "x A 10.0.0.1\n"
	const aaaa = "x AAAA fd00::1\n"
	tests := []struct {
		name             string
		text, part, want string // want: in the message, "" for no error
	}{
		{"line once", text, part + aaaa, ""},
		{"line twice", text, part + aaaa + aaaa, `read "x.contoso.com.\t3600\tIN\tAAAA\tfd00::1", not expected`},
		{"line in the zone's file", text + aaaa, part, `expected "x.contoso.com.\t3600\tIN\tAAAA\tfd00::1", not read`},
		{"other address", text, part + "x AAAA fd00::2\n", `read "x.contoso.com.\t3600\tIN\tAAAA\tfd00::2" instead`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			name, inc := filepath.Join(dir, "db.contoso.com"), filepath.Join(dir, "part.inc")
			os.WriteFile(name, []byte(text), 0o644)
			os.WriteFile(inc, []byte(part), 0o644)
			z := zone.ReadFile(name, zone.Options{})
			if z.Err != nil || len(z.Records) != 4 {
				t.Fatalf("read %d records, %v; want the A record twice", len(z.Records), z.Err)
			}
			rec := zone.Record{Name: "x.contoso.com.", Type: zone.TypeAAAA, Class: zone.ClassIN, TTL: 3600}
			rec.SetAddr(netip.MustParseAddr("fd00::1"))
			rec.SetPos(z.Records[3].Pos())
			f := &fixer{opt: Options{Serial: zone.SerialKeep, Now: time.Now()}, zones: []*zone.Zone{z},
				res: &Result{Added: []Addition{{Zone: z, Record: rec, reads: 2}}}}
			for file, pair := range map[string][2]string{name: {text, tt.text}, inc: {part, tt.part}} {
				if pair[0] != pair[1] {
					f.res.Changes = append(f.res.Changes, testChange(file, []byte(pair[0]),
						[]zone.Edit{{Start: 0, End: len(pair[0]), New: pair[1]}}))
				}
			}
			err := f.verify()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("err = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("err = %v, want a refusal that says %s", err, tt.want)
			}
		})
	}
}

// TestVerifyGenerateTwice: a $GENERATE that makes one A record twice in
// one reading is read once, and so is the AAAA line after it: the edit
// reads back as intended.
func TestVerifyGenerateTwice(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "db.contoso.com")
	os.WriteFile(name, []byte("$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\n_sipinternaltls._tcp SRV 0 0 5061 z\n$GENERATE 1-2 z A 10.0.0.1\n"), 0o644)
	p, err := plan.Parse("plan.yaml", []byte("version: 1\nsubnets:\n  - ipv4: 10.0.0.0/16\n    ipv6: \"fd00:1::/64\"\n    host: mimic\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := RunPaths([]string{name}, Options{Plan: p, Serial: zone.SerialKeep, Now: time.Now()})
	if err != nil || len(res.Added) != 1 {
		t.Fatalf("err = %v, %d new records; want one AAAA and no error", err, len(res.Added))
	}
}

// TestRefusalNamesLine: an edit that fix still refuses (a reverse zone
// without $TTL, where the new PTR goes past a blank-owner entry that
// writes a TTL of its own, which the PTR's line would take) names the
// file and line of the record that differs, the record the new line
// follows (the TXT that ends the run of the PTR, zone.RunEnd; the PTR's
// line 4 until the new line went after the run), so the user sees where.
// It used to name the file alone.
func TestRefusalNamesLine(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"db.contoso.com": "$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 hm 1 2 3 4 5\n NS ns1\nns1 A 10.0.1.5\n" +
			"_sipinternaltls._tcp SRV 0 0 5061 pool01\npool01 A 10.0.1.11\n",
		"rev": "$ORIGIN 1.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa.\n@ 3600 SOA ns1.contoso.com. hm.contoso.com. 1 2 3 4 5\n" +
			"  NS ns1.contoso.com.\n5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 PTR ns1.contoso.com.\n  60 TXT \"ns1's, with a TTL of its own\"\n",
		"plan.yaml": "version: 1\nsubnets:\n  - ipv4: 10.0.1.0/24\n    ipv6: \"fd00:10:0:1::/64\"\n    host: mimic\n",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := plan.Load("plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = RunPaths([]string{"db.contoso.com", "rev"}, Options{Plan: p, Serial: zone.SerialIncrement, Now: time.Now()})
	const want = "rev:5: the edit does not read back as intended, nothing written: expected \"1.1."
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v, want one that starts %s", err, want)
	}
}

// TestOldLine: a line of the edited file is taken back to the line of the
// file as it is, a line inserted to the line it follows, so that a
// refusal for a record read too many times names a line the user has.
func TestOldLine(t *testing.T) {
	old := "a\nb\nc\n"
	c := testChange("", []byte(old), []zone.Edit{{Start: 2, End: 2, New: "x\ny\n"}, {Start: 4, End: 5, New: "C"}})
	if got := string(newBytes(t, c)); got != "a\nx\ny\nb\nC\n" {
		t.Fatalf("edited file %q", got)
	}
	for line, want := range []int{1: 1, 2: 1, 3: 1, 4: 2, 5: 3} {
		if line > 0 {
			if got := oldLine(&c, line); got != want {
				t.Errorf("oldLine(%d) = %d, want %d", line, got, want)
			}
		}
	}
}

// TestUnreadableNamedOnce: an edit whose bytes do not read is refused at
// the reader's position, which the message gives once (review 19 #11).
func TestUnreadableNamedOnce(t *testing.T) {
	inner := errors.New("bad A address")
	err := unreadable("db.x", &zone.Error{Pos: zone.Pos{File: "db.x", Line: 12}, Err: inner})
	if want := "db.x:12: the edit does not read back as intended, nothing written: bad A address"; err.Error() != want || !errors.Is(err, inner) {
		t.Errorf("err = %v, want %q wrapping the reader's", err, want)
	}
	if err := unreadable("db.x", inner); err.Error() != "db.x: the edit does not read back as intended, nothing written: bad A address" {
		t.Errorf("an error without a place: %v", err)
	}
}
