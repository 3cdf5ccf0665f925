package zone

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestNAPTRAsBIND reads NAPTR records and wants BIND's verdict on their
// regexp field, as named-checkzone 9.18.47 gave it: whether it loads the
// zone. The fields are as a zone file writes them: `\\1` is \1 on the wire.
func TestNAPTRAsBIND(t *testing.T) {
	tests := []struct {
		regexp string
		loads  bool
	}{
		{``, true},
		{`!^.*$!sip:info@example.com!`, true},
		{`!^.*$!sip:info@example.com!i`, true},
		{`!^(.*)$!sip:\\1@example.com!`, true},
		{`!^.*)$!sip:x!`, true}, // an unmatched ")" is a literal
		{`!a\\!b!c!`, true},     // an escaped delimiter
		{`!\\d!b!`, true},
		{`!()!b!`, true},
		{`!(a)(b)!\\2!`, true},
		{`!(a(b))!\\2!`, true},
		{`!^!b!`, true},
		{`!\\000!b!`, true},
		{`!a!\\\\9!`, true},
		{`!a{2,3}b!x!`, true},
		{`![[:alpha:]-]!x!`, true},
		{`![a-z]+!x!`, true},
		{`!a{1,}!x!`, true},
		{`![[.\233.]-a]!x!`, true}, // BIND's char is signed: a collating element of 0xe9 starts a range below 0 (review 17)

		{`blegh`, false}, // the corpus's dnspython example, line 110
		{`!^.*$!sip:info@example.com!x`, false},
		{`!^.*$!sip:info@example.com`, false},
		{`!^.*$!sip:info@example.com!!`, false},
		{`1^.*$1sip:info@example.com1`, false},
		{`i^.*$isip:info@example.comi`, false},
		{`\\^.*$\\sip\\`, false},
		{`!^.*$!sip:\\1@example.com!`, false},
		{`!^(.*)$!sip:\\2@example.com!`, false},
		{`!^(.*)$!sip:\\0@example.com!`, false},
		{`!^\\(.*$!sip:\\1@example.com!`, false},
		{`!^[(].*$!sip:\\1@example.com!`, false},
		{`!^(.*$!sip:x!`, false},
		{`!^[.*$!sip:x!`, false},
		{`!*a!sip:x!`, false},
		{`!a**!sip:x!`, false},
		{`!a{2,1}!sip:x!`, false},
		{`!a\\!sip:x!`, false},
		{`!!!`, false},
		{`!`, false},
		{`!!`, false},
		{`!a!b!c!`, false},
		{`!a!b\\!`, false},
		{`!a|!b!`, false},
		{`!a{1!b!`, false},
		{`!a!b\\000!`, false},
		{`![[:foo:]]!x!`, false},
		{`![z-a]!x!`, false},
		{`!a{256}!x!`, false},
		{`![\233-a]!x!`, false},
	}
	for _, tt := range tests {
		t.Run(tt.regexp, func(t *testing.T) {
			text := bindHead + `t NAPTR 1 1 "u" "E2U+sip" "` + tt.regexp + `" .` + "\n"
			z := Read(fstest.MapFS{"db": &fstest.MapFile{Data: []byte(text)}}, "db", Options{Origin: "example.com."})
			switch {
			case tt.loads && z.Err != nil:
				t.Fatalf("error %v; BIND loads it", z.Err)
			case !tt.loads && (z.Err == nil || !strings.HasPrefix(z.Err.Error(), "db:4: NAPTR regexp") || !strings.HasSuffix(z.Err.Error(), `BIND says "syntax error"`)):
				t.Fatalf("error %v, want BIND's syntax error at db:4", z.Err)
			}
		})
	}
}

// FuzzRegexpProblem feeds NAPTR regexp fields to the checks, which must
// not panic and must find no problem in an empty field.
func FuzzRegexpProblem(f *testing.F) {
	for _, s := range []string{"", "!a!b!", "![[:alpha:]]!x!i", "!a{1,2}!\\1!", "![.a.]!x!", "![=a=]!x!", "!(a|b)!x!"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, re []byte) {
		if why := regexpProblem(re); len(re) == 0 && why != "" {
			t.Fatalf("empty field: %s", why)
		}
	})
}
