package zone

import "testing"

// TestPosString: file:line, or the file alone for a whole file; AppendTo
// appends the same after what the buffer holds.
func TestPosString(t *testing.T) {
	for _, c := range []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "db.contoso.com", Line: 12}, "db.contoso.com:12"},
		{Pos{File: "db.contoso.com", Line: 1}, "db.contoso.com:1"},
		{Pos{File: "db.contoso.com"}, "db.contoso.com"},
		{Pos{File: "db.contoso.com", Line: -1}, "db.contoso.com"},
		{Pos{Line: 3}, ":3"},
	} {
		if got := c.pos.String(); got != c.want {
			t.Errorf("%#v.String() = %q, want %q", c.pos, got, c.want)
		}
		if got := string(c.pos.AppendTo([]byte("at "))); got != "at "+c.want {
			t.Errorf("%#v.AppendTo = %q, want %q", c.pos, got, "at "+c.want)
		}
	}
}
