package zone

import "testing"

// TestSiblingLineColumns: a new AAAA line copied from an A line starts its
// data at the A's data column, with tabs where the A line had one; a
// type that passes that column is one space from its data, not pushed to
// the next tab stop (test 21 #4).
func TestSiblingLineColumns(t *testing.T) {
	tests := []struct{ first, ttl, want string }{
		{"sip\tIN A\t203.0.113.10", "", "sip\tIN AAAA\t2001:db8::1"},
		{"av IN A\t203.0.113.12", "", "av IN AAAA 2001:db8::1"},
		{"FE03\t    1800  IN A\t10.1.10.13 ; CHG-1302", "", "FE03\t    1800  IN AAAA 2001:db8::1"},
		{"pool01  IN  A     10.0.0.1", "", "pool01  IN  AAAA  2001:db8::1"},
		{"pool01 IN A 10.0.0.1", "", "pool01 IN AAAA 2001:db8::1"},
		{"x\tIN\tA\t\t10.0.0.1", "", "x\tIN\tAAAA\t\t2001:db8::1"},
		{"x IN A\t  10.0.0.1", "", "x IN AAAA 2001:db8::1"},
		{"x IN A\t    10.0.0.1", "", "x IN AAAA   2001:db8::1"},
		{"\t\tA\t10.0.0.1", "", "\t\tAAAA\t2001:db8::1"},
		// a TTL written in goes before the gap is measured (review 21 #6)
		{"pool01\t\tIN A\t10.20.1.11", "300", "pool01\t\t300 IN AAAA 2001:db8::1"},
		{"pool01\t\tA\t10.20.1.11", "300", "pool01\t\t300 AAAA 2001:db8::1"},
		{"pool01 3600 IN A 10.20.1.11", "300", "pool01 300 IN AAAA 2001:db8::1"},
		{"pool01\tIN\tA\t\t10.20.1.11", "300", "pool01\t300 IN\tAAAA\t\t2001:db8::1"},
	}
	for _, tt := range tests {
		got, ok := siblingLine([]byte(tt.first), false, "AAAA", "2001:db8::1", tt.ttl)
		if !ok || got != tt.want {
			t.Errorf("siblingLine(%q) = %q, %v; want %q", tt.first, got, ok, tt.want)
		}
	}
}
