package zone

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestSvcParamsAsBIND reads SVCB and HTTPS records whose SvcParams
// miekg/dns reads, and wants BIND's verdict on each, as named-checkzone
// 9.18.47 gave it: "" where it loads the zone, else its word for the error.
// The records miekg/dns cannot read (a port without a value) are a
// bind-divergence note of their own (TestReadsAsBIND).
func TestSvcParamsAsBIND(t *testing.T) {
	tests := []struct{ rdata, bind string }{
		{`SVCB 1 foo.example.com. key123=abc key123=def`, svcDuplicate},
		{`HTTPS 1 foo.example.com. alpn=h2 alpn=h2`, svcDuplicate},
		{`HTTPS 1 foo.example.com. key123=abc key123`, svcDuplicate},
		{`SVCB 1 foo.example.com. mandatory`, svcSyntax},
		{`SVCB 1 foo.example.com. alpn`, svcSyntax},
		{`SVCB 1 foo.example.com. alpn=`, svcSyntax},
		{`SVCB 1 foo.example.com. alpn=""`, svcSyntax},
		{`SVCB 1 foo.example.com. ohttp`, svcSyntax},
		{`SVCB 0 foo.example.com. alpn`, svcSyntax}, // alias form: BIND checks the parameters all the same
		{`SVCB 1 foo.example.com. mandatory=key123`, svcDisallowed},
		{`HTTPS 1 foo.example.com. mandatory=port`, svcDisallowed},
		{`SVCB 1 foo.example.com. mandatory=mandatory`, svcDisallowed},
		{`SVCB 0 foo.example.com. mandatory=mandatory`, svcDisallowed},
		{`SVCB 1 foo.example.com. mandatory=key0`, svcDisallowed},
		{`SVCB 1 foo.example.com. no-default-alpn`, svcDisallowed},
		{`HTTPS 1 . no-default-alpn`, svcDisallowed},
		{`HTTPS 1 foo.example.com. mandatory=port port=1 no-default-alpn`, svcDisallowed},
		{`HTTPS 1 foo.example.com. mandatory=ipv4hint port=1 ipv4hint=1.2.3.4 no-default-alpn`, svcDisallowed},
		{`SVCB 1 foo.example.com. mandatory=key123,key123 key123=abc`, svcSyntax},
		{`HTTPS 1 foo.example.com. mandatory=alpn,alpn alpn=h2`, svcSyntax},
		{`HTTPS 1 foo.example.com. mandatory=alpn,,port alpn=h2 port=1`, svcSyntax},
		{`HTTPS 1 foo.example.com. mandatory=alpn, alpn=h2`, svcSyntax},
		{`HTTPS 1 foo.example.com. mandatory=KEY1 alpn=h2`, svcSyntax},
		{`HTTPS 1 foo.example.com. mandatory=key01 alpn=h2`, svcSyntax},
		{`SVCB 1 foo.example.com. mandatory=alpn,port alpn=h2`, svcInconsistent},
		{`HTTPS 1 foo.example.com. port=1 mandatory=alpn`, svcInconsistent},
		{`HTTPS 1 foo.example.com. mandatory=port,ipv4hint port=1`, svcInconsistent},
		{`HTTPS 1 foo.example.com. dohpath`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath=/q`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath=q{?dns}`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath=/q{?x}`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath=/q{?dnsx}`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath=/{?DNS}`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{=dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{|dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{dns:0}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{dns:10000}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{?dns"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{{?dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{}{?dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{?dns,}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{?x.dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q%zz{?dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q%4{?dns}"`, svcFormErr},
		{`HTTPS 1 foo.example.com. dohpath="/q{?x:5,dns*}"`, svcFormErr}, // BIND's quirk: the name after a prefix is not read
		{`HTTPS 1 foo.example.com. dohpath="/{?x}{?y}"`, svcFormErr},
		{`HTTPS 1 . dohpath=/q{?dns}\192\128`, svcFormErr},         // an overlong form
		{`HTTPS 1 . dohpath=/q{?dns}\244\144\128\128`, svcFormErr}, // past U+10FFFF
		{`HTTPS 1 . dohpath=/q{?dns}\226\130`, svcFormErr},         // cut short
		{`HTTPS 1 . alpn=h2 ipv4hint=192.0.2.1,`, svcSyntax},       // test 17 D2
		{`HTTPS 1 . alpn=h2 ipv6hint=2001:db8::1,`, svcSyntax},
		{`HTTPS 1 . alpn=h2 ipv4hint="192.0.2.1,"`, svcSyntax},
		{`HTTPS 1 . alpn=h2 mandatory=\097lpn`, svcSyntax}, // test 17 D3
		{`HTTPS 1 . alpn=h2 port=1 mandatory=alpn\,port`, svcSyntax},

		{`SVCB 1 foo.example.com. key123`, ""},
		{`HTTPS 1 mandatory mandatory=alpn alpn=h2`, ""}, // a target named mandatory (review 17)
		{`3600 IN SVCB 1 mandatory.example.com. alpn=h2`, ""},
		{"HTTPS 1 . alpn=h2\nmandatory HTTPS 1 . mandatory=alpn alpn=h2", ""}, // an owner named mandatory
		{`SVCB 1 foo.example.com. key123=`, ""},
		{`SVCB 1 foo.example.com. ech`, ""},
		{`SVCB 1 foo.example.com. ech=`, ""},
		{`SVCB 1 foo.example.com. no-default-alpn alpn=h2`, ""},
		{`SVCB 1 foo.example.com. mandatory=alpn alpn=h2`, ""},
		{`SVCB 1 foo.example.com. mandatory=port,alpn alpn=h2 port=80`, ""},
		{`HTTPS 1 foo.example.com. mandatory=ALPN alpn=h2`, ""},
		{`HTTPS 1 foo.example.com. mandatory=key1 alpn=h2`, ""},
		{`HTTPS 1 foo.example.com. mandatory="alpn,port" alpn=h2 port=1`, ""},
		{`HTTPS 1 . mandatory=no-default-alpn no-default-alpn`, ""}, // BIND's quirk: the last key is checked against mandatory only
		{`HTTPS 1 foo.example.com. alpn=h2 no-default-alpn mandatory=no-default-alpn`, ""},
		{`HTTPS 1 foo.example.com. mandatory=alpn,port alpn=h2 port=1 no-default-alpn`, ""},
		{`SVCB 1 foo.example.com. port=80 alpn=h2`, ""},
		{`SVCB 0 foo.example.com.`, ""},
		{`SVCB 0 foo.example.com. alpn=h2`, ""},
		{`SVCB 1 foo.example.com. alpn=\001`, ""},
		{`SVCB 1 foo.example.com. alpn="h2\,h3"`, ""},
		{`SVCB 1 foo.example.com. port=0`, ""},
		{`HTTPS 1 foo.example.com. dohpath=/q{?dns}`, ""},
		{`SVCB 1 foo.example.com. dohpath=/q{?dns}`, ""},
		{`HTTPS 1 foo.example.com. alpn=h2 dohpath=/q{?dns}`, ""},
		{`HTTPS 1 foo.example.com. dohpath=/q{dns}`, ""},
		{`HTTPS 1 foo.example.com. dohpath=/{?dns}`, ""},
		{`HTTPS 1 foo.example.com. dohpath=/q{?x,dns}`, ""},
		{`HTTPS 1 foo.example.com. dohpath=/q{&dns}`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{+dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{#dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{dns*}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{dns:3}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{?dns:5}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{?dns}}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q}{?dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q%41{?dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{?x%41}{?dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{?dns}#frag"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/é{?dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q {?dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="/q{?DNS,dns}"`, ""},
		{`HTTPS 1 foo.example.com. dohpath="//{?dns}"`, ""},
		{`SVCB 1 doh.example. alpn=h2 dohpath=/dns-query{?dns}\237\160\128`, ""}, // a surrogate, which BIND's UTF-8 takes (test 17 D1)
		{`HTTPS 1 . dohpath=/\237\160\128{?dns}`, ""},
		{`HTTPS 1 . dohpath=/q{?dns}\244\143\191\191`, ""},
		{`HTTPS 1 . alpn=h2 ipv4hint=192.0.2.1,192.0.2.2`, ""},
		{`HTTPS 1 . alpn=h2 mandatory="alpn"`, ""},
		{`HTTPS \# 10 0001 00 0001 0003 026832`, ""}, // alpn=h2 in RFC 3597's form, which is checkGeneric's
	}
	for _, tt := range tests {
		t.Run(tt.rdata, func(t *testing.T) {
			fsys := fstest.MapFS{"db": &fstest.MapFile{Data: []byte(bindHead + "t " + tt.rdata + "\n")}}
			z := Read(fsys, "db", Options{Origin: "example.com."})
			switch {
			case tt.bind == "" && z.Err != nil:
				t.Fatalf("error %v; BIND loads it", z.Err)
			case tt.bind == "" && len(z.Divergences) > 0:
				t.Fatalf("bind-divergence notes %v; BIND loads it and miekg/dns reads it", z.Divergences)
			case tt.bind != "" && (z.Err == nil || !strings.HasPrefix(z.Err.Error(), "db:4: ") || !strings.Contains(z.Err.Error(), `BIND says "`+tt.bind+`"`)):
				t.Fatalf("error %v, want one at db:4 with BIND's %q", z.Err, tt.bind)
			}
		})
	}
}

// TestSvcParamsLongValue cuts a long value in the message (test 13 D12).
func TestSvcParamsLongValue(t *testing.T) {
	long := "/" + strings.Repeat("a", 3000)
	fsys := fstest.MapFS{"db": &fstest.MapFile{Data: []byte(bindHead + "t HTTPS 1 . dohpath=" + long + "\n")}}
	z := Read(fsys, "db", Options{Origin: "example.com."})
	if z.Err == nil || len(z.Err.Error()) > 300 || !strings.Contains(z.Err.Error(), "(3001 bytes)") {
		t.Fatalf("error %v, want one of under 300 bytes that gives the value's length", z.Err)
	}
}
