package zone

import (
	"net/netip"
	"testing"
)

// TestRecordTypedData checks that the typed data sharing a record's
// sixteen bytes reads back as it was set, and reads as nothing for the
// types that do not have it.
func TestRecordTypedData(t *testing.T) {
	for _, tc := range []struct {
		typ  Type
		addr string
	}{
		{TypeA, "192.0.2.1"},
		{TypeA, "0.0.0.0"},
		{TypeAAAA, "2001:db8::1"},
		{TypeAAAA, "::ffff:192.0.2.1"}, // an IPv4-mapped AAAA stays an IPv6 address
		{TypeAAAA, "::"},
	} {
		r := Record{Type: tc.typ}
		want := netip.MustParseAddr(tc.addr)
		r.SetAddr(want)
		if got := r.Addr(); got != want {
			t.Errorf("%s %s: Addr() = %s", tc.typ, tc.addr, got)
		}
		if r.Priority() != 0 || r.Port() != 0 {
			t.Errorf("%s %s: priority %d, port %d, want none", tc.typ, tc.addr, r.Priority(), r.Port())
		}
	}
	for _, typ := range []Type{TypeMX, TypeSRV} {
		r := Record{Type: typ}
		r.SetNumbers(10, 60000, 5061)
		if r.Priority() != 10 || r.Weight() != 60000 || r.Port() != 5061 {
			t.Errorf("%s: numbers %d %d %d, want 10 60000 5061", typ, r.Priority(), r.Weight(), r.Port())
		}
		if r.Addr().IsValid() {
			t.Errorf("%s: Addr() = %s, want none", typ, r.Addr())
		}
	}
}

func TestRecordPos(t *testing.T) {
	var r Record
	if r.Pos() != (Pos{}) {
		t.Errorf("zero record at %v, want the zero Pos", r.Pos())
	}
	r.SetPos(Pos{File: "db.contoso.com", Line: 12})
	if want := (Pos{File: "db.contoso.com", Line: 12}); r.Pos() != want {
		t.Errorf("Pos() = %v, want %v", r.Pos(), want)
	}
	f := feeder{}
	a, b := f.fileName("db.a"), f.fileName("db.a")
	if a != b || *a != "db.a" {
		t.Errorf("the records of one file do not share its name")
	}
	if c := f.fileName("db.b"); c == a || *c != "db.b" || *a != "db.a" {
		t.Errorf("a new file reuses or changes the name of the last")
	}
}
