package zone

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// TestSuppressions: a zonegen:ignore comment, in any letter case, gives
// its check and reason, split at the first blank or tab, at the line of
// its record; on a $GENERATE line, at that line, which every record it
// makes takes.
func TestSuppressions(t *testing.T) {
	text := "$TTL 1h\n" +
		"a A 10.0.0.1 ; zonegen:ignore missing-aaaa  lab, until June\n" +
		"b A 10.0.0.2 ; zonegen:ignore\tmissing-aaaa\tlab\n" +
		"$GENERATE 1-2 g$ A 10.0.1.$ ; zonegen:ignore missing-aaaa\n" +
		"c A 10.0.0.3 ; zonegen:ignore missing-aaaa\n" +
		"d A 10.0.0.4 ; ZONEGEN:IGNORE missing-aaaa upper case\n" +
		"e A 10.0.0.5 ; see ticket 12: Zonegen:Ignore missing-aaaa lab\n" +
		"f A 10.0.0.6 ; zonegen: ignore is no mark, nor time 10:30\n" +
		"h A 10.0.0.7 ; ZONEGEN:IGNORE missing-aaaa first; zonegen:ignore missing-a second\n"
	z := Read(fstest.MapFS{"db": {Data: []byte(text)}}, "db", Options{Origin: "example."})
	if z.Err != nil {
		t.Fatal(z.Err)
	}
	want := "[{db:2 missing-aaaa lab, until June} {db:3 missing-aaaa lab} {db:4 missing-aaaa } {db:5 missing-aaaa } {db:6 missing-aaaa upper case} {db:7 missing-aaaa lab} {db:9 missing-aaaa first; zonegen:ignore missing-a second}]"
	if got := fmt.Sprint(z.Suppressions); got != want {
		t.Errorf("suppressions %s, want %s", got, want)
	}
	for _, r := range z.Records {
		if r.Name == "g1.example." && r.Pos().Line != 4 {
			t.Errorf("a $GENERATE record at line %d, want 4", r.Pos().Line)
		}
	}
}
