package zone

import (
	"testing"
	"testing/fstest"

	"github.com/miekg/dns"
)

// TestRRsetTTL: the TTL of A records of mixed TTLs is the one
// named-checkzone -D (BIND 9.18) prints for the set: the first record's
// of the last run of records of the owner, a run ending at a record of
// another owner or at an $INCLUDE's start or end.
func TestRRsetTTL(t *testing.T) {
	const head = "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 h 1 3600 600 1209600 300\n NS ns1\nns1 A 10.0.0.1\n"
	tests := []struct {
		name, text string
		want       uint32
	}{
		{"one after another", "h 3600 A 10.0.0.11\nh 300 A 10.0.0.12\n", 3600},
		{"another type between", "h 3600 A 10.0.0.11\nh TXT x\nh 300 A 10.0.0.12\n", 3600},
		{"directives between", "h 3600 A 10.0.0.11\n$TTL 60\n$ORIGIN example.com.\nh 300 A 10.0.0.12\n", 3600},
		{"blank owner", "h 3600 A 10.0.0.11\n 300 A 10.0.0.12\n", 3600},
		{"another owner between", "h 3600 A 10.0.0.11\nx A 10.0.0.9\nh 300 A 10.0.0.12\n", 300},
		{"last run's first", "h 3600 A 10.0.0.11\nx A 10.0.0.9\nh 300 A 10.0.0.12\nh 600 A 10.0.0.13\n", 300},
		{"include", "h 3600 A 10.0.0.11\n$INCLUDE inc\n", 300},
		{"after an include", "h 3600 A 10.0.0.11\n$INCLUDE inc\nh 600 A 10.0.0.13\n", 600},
		// An $INCLUDE ends the run however little its file holds (test 5,
		// defect 3): named-checkzone -D serves these at 600.
		{"empty include between", "h 300 A 10.0.0.11\n$INCLUDE empty\nh 600 A 10.0.0.13\n", 600},
		{"comment include between", "h 300 A 10.0.0.11\n$INCLUDE comment\nh 600 A 10.0.0.13\n", 600},
		{"$TTL include between", "h 300 A 10.0.0.11\n$INCLUDE ttl\nh 600 A 10.0.0.13\n", 600},
		{"$ORIGIN include between", "h 300 A 10.0.0.11\n$INCLUDE origin\nh 600 A 10.0.0.13\n", 600},
		// A file included twice: its record read twice is two runs, the
		// last read under $TTL 200 (defect 4).
		{"include read twice", "$TTL 100\n$INCLUDE notl\n$TTL 200\n$INCLUDE notl\n", 200},
		// BIND compares an owner with its letter case: another spelling
		// starts a run (test 19b D1).
		{"another letter case", "h 3600 A 10.0.0.11\nH 300 A 10.0.0.12\n", 300},
		{"another letter case, absolute", "h 3600 A 10.0.0.11\nH.example.com. 300 A 10.0.0.12\n", 300},
		{"the same letter case, absolute", "h 3600 A 10.0.0.11\nh.example.com. 300 A 10.0.0.12\n", 3600},
		{"blank owner after a capital", "H 3600 A 10.0.0.11\n 300 A 10.0.0.12\n", 3600},
		{"another letter case for miekg/dns", "h 3600 A 10.0.0.11\nH ( 300 A 10.0.0.12 )\n", 300},
		{"back to the first spelling", "h 3600 A 10.0.0.11\nH 300 A 10.0.0.12\nh 600 A 10.0.0.13\n", 600},
		{"capitals in the origin's part", "H 3600 A 10.0.0.11\nh.EXAMPLE.com. 300 A 10.0.0.12\n", 300},
		{"blank owner for miekg/dns after a capital", "H 3600 A 10.0.0.11\n ( 300 A 10.0.0.12 )\n", 3600},
		// a record miekg/dns cannot read, kept as text, in the run (test 19c D8)
		{"kept as text, blank owner", "H 3600 A 10.0.0.11\n WKS 10.9.9.1 tcp 25\n 300 A 10.0.0.12\n", 3600},
		{"kept as text, the owner again", "H 3600 A 10.0.0.11\nH WKS 10.9.9.1 tcp 25\n 300 A 10.0.0.12\n", 3600},
		{"kept as text, another spelling", "H 3600 A 10.0.0.11\nh WKS 10.9.9.1 tcp 25\n 300 A 10.0.0.12\n", 300},
		// an escape is the letter it stands for, and the origin's part of an
		// absolute owner is the origin (review 19b #1)
		{"an escaped letter", "h 3600 A 10.0.0.11\n\\104 300 A 10.0.0.12\n", 3600},
		{"an escaped capital", "H 3600 A 10.0.0.11\n\\072 300 A 10.0.0.12\n", 3600},
		{"an escape in another case", "H 3600 A 10.0.0.11\n\\104 300 A 10.0.0.12\n", 300},
		{"the origin's spelling", "$ORIGIN Example.com.\nh 3600 A 10.0.0.11\nh.Example.com. 300 A 10.0.0.12\n", 3600},
		{"the origin's spelling, capital first", "$ORIGIN Example.com.\nH 3600 A 10.0.0.11\nH.Example.com. 300 A 10.0.0.12\n", 3600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"z": {Data: []byte(head + tt.text)}, "inc": {Data: []byte("h 300 A 10.0.0.12\n")},
				"empty": {}, "comment": {Data: []byte("; nothing\n")}, "ttl": {Data: []byte("$TTL 50\n")},
				"origin": {Data: []byte("$ORIGIN foo.example.com.\n")}, "notl": {Data: []byte("h A 10.0.0.12\n")}}
			z := Read(fsys, "z", Options{})
			if z.Err != nil {
				t.Fatal(z.Err)
			}
			var as []*Record
			for i := range z.Records {
				if z.Records[i].Name == "h.example.com." && z.Records[i].Type == TypeA {
					as = append(as, &z.Records[i])
				}
			}
			if got := RRsetTTL(as); got == nil || got.TTL != tt.want {
				t.Errorf("RRsetTTL = %v, want TTL %d", got, tt.want)
			}
		})
	}
}

// TestPriorTTLInherited: in a zone without $TTL, a record gives the
// records after it without a TTL its TTL as BIND set it: the TTL of the
// first record of its type in the run ("TTL set to prior TTL"), not the
// one written (test 19b D3). The TTLs are named-checkzone -D's (BIND
// 9.18), through both readers and out of an $INCLUDE.
func TestPriorTTLInherited(t *testing.T) {
	const head = "$ORIGIN example.com.\n@ 7200 SOA ns1 h 1 3600 600 1209600 300\n NS ns1\n"
	tests := []struct {
		name, text string
		want       uint32
	}{
		{"blank owner", "ns1 300 A 10.0.1.53\n 600 A 10.0.1.54\nsip A 10.0.1.15\n", 300},
		{"for miekg/dns", "ns1 300 A 10.0.1.53\n 600 A 10.0.1.54\nsip ( A 10.0.1.15 )\n", 300},
		{"adjusted by miekg/dns", "ns1 300 A 10.0.1.53\n ( 600 A 10.0.1.54 )\nsip A 10.0.1.15\n", 300},
		{"another spelling, another run", "ns1 300 A 10.0.1.53\nNS1 600 A 10.0.1.54\nsip A 10.0.1.15\n", 600},
		{"another type between", "ns1 300 A 10.0.1.53\n 600 TXT x\n 900 A 10.0.1.54\nsip A 10.0.1.15\n", 300},
		{"out of an include", "ns1 A 10.0.0.1\n$INCLUDE inc\nsip A 10.0.1.15\n", 300},
		// a record kept as text, with no TTL of its own, set to the prior
		// TTL (review 19b #2)
		{"kept as text without a TTL", "ns1 A 10.0.0.1\nh 300 WKS 10.9.9.1 tcp 25\n 600 A 10.0.1.54\n WKS 10.9.9.2 tcp 25\nsip A 10.0.1.15\n", 300},
		// BIND drops a record out of the zone before it joins a list: it
		// is never set to a prior TTL and passes its own on (test 20e D2;
		// named-checkzone -D)
		{"out of the zone", "ns1 300 A 10.0.1.53\nx.other.org. 600 A 10.9.9.1\nx.other.org. 900 A 10.9.9.2\nsip A 10.0.1.15\n", 900},
		{"out of the zone, blank owner", "x.other.org. 600 A 10.9.9.1\n 900 A 10.9.9.2\n A 10.9.9.3\nsip A 10.0.1.15\n", 900},
		{"out of the zone, kept as text", "x.other.org. 600 WKS 10.9.9.1 tcp 25\nx.other.org. 900 WKS 10.9.9.2 tcp 25\nsip A 10.0.1.15\n", 900},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"z": {Data: []byte(head + tt.text)}, "inc": {Data: []byte("h 300 A 10.0.1.53\n 600 A 10.0.1.54\n")}}
			z := Read(fsys, "z", Options{})
			if z.Err != nil {
				t.Fatal(z.Err)
			}
			for _, r := range z.Records {
				if r.Name == "sip.example.com." && r.TTL != tt.want {
					t.Errorf("sip's TTL %d, want %d", r.TTL, tt.want)
				}
			}
		})
	}
}

// TestOwnerRunManyTypes: the prior TTL of a type is found among many
// types of one run as among a few.
func TestOwnerRunManyTypes(t *testing.T) {
	var s ownerRun
	for i := range 3 * runTypes {
		if n, served := joinRun(&s, "h.example.com.", 0, typeList(Type(1000+i)), uint32(100+i)); n != 1 || served != uint32(100+i) {
			t.Fatalf("type %d: run %d, TTL %d", 1000+i, n, served)
		}
	}
	for i := range 3 * runTypes {
		if _, served := joinRun(&s, "", 0, typeList(Type(1000+i)), 7); served != uint32(100+i) {
			t.Errorf("type %d again: TTL %d, want the prior %d", 1000+i, served, 100+i)
		}
	}
	if n, served := joinRun(&s, "H.example.com.", 0, typeList(Type(1000)), 7); n != 2 || served != 7 {
		t.Errorf("another spelling: run %d, TTL %d, want run 2 with its own TTL", n, served)
	}
	if _, served := joinRun(&s, "", 0, typeList(Type(1000+2*runTypes)), 9); served != 9 {
		t.Errorf("a type of the run before: TTL %d, want its own", served)
	}
}

// TestBlankOwnerAfterTextKept: a blank owner after a record kept as text
// stands for the owner as written, escapes and all: written from the
// run's key, a\032b was "a b" and a syntax error, h\.x a name of two
// labels (test 19e F1).
func TestBlankOwnerAfterTextKept(t *testing.T) {
	const head = "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns h 1 2 3 4 5\n@ NS ns\nns A 10.0.0.1\n"
	for owner, want := range map[string]string{`h\.x`: `h\.x.example.com.`, `a\032b`: `a\ b.example.com.`, `Mixed\065`: `mixeda.example.com.`} {
		z := Read(fstest.MapFS{"z": {Data: []byte(head + owner + " IN WKS 10.9.0.1 tcp 25\n     IN A 10.0.0.2\n")}}, "z", Options{})
		if z.Err != nil {
			t.Fatalf("%s: %v", owner, z.Err)
		}
		for _, r := range z.Records[3:] {
			if r.Name != want {
				t.Errorf("%s: a record of %s, want %s", owner, r.Name, want)
			}
		}
	}
}

// TestOpaqueList: a signature kept as text is listed by the type it
// covers, written as a mnemonic or as TYPEnnn; another record by its type.
func TestOpaqueList(t *testing.T) {
	rrsig, sig := Type(dns.TypeRRSIG), Type(dns.TypeSIG)
	for _, tt := range []struct {
		t    Type
		data string
		want listKey
	}{
		{rrsig, "NS 13 2 300 20500101000000 20190923072203 11780 example.com. AAAA", signatureList(rrsig, Type(dns.TypeNS))},
		{rrsig, " soa 13 2 60 x", signatureList(rrsig, Type(dns.TypeSOA))},
		{sig, "TYPE65280 13 2 60 x", signatureList(sig, 65280)},
		{rrsig, "NOSUCH 13", typeList(rrsig)},
		{TypeA, "NS 13", typeList(TypeA)},
	} {
		if got := opaqueList(tt.t, tt.data); got != tt.want {
			t.Errorf("opaqueList(%s, %q) = %#x, want %#x", tt.t, tt.data, got, tt.want)
		}
	}
}
