package audit

import "testing"

// TestBadLabel: invalid-hostname quotes the label as written, an escaped
// dot inside it (D6: it quoted `pool\` of `pool\.01`).
func TestBadLabel(t *testing.T) {
	for name, want := range map[string]string{
		"fe-01.contoso.com.":       "",
		"fe_02.contoso.com.":       "fe_02",
		"fe01.corp_net.com.":       "corp_net",
		`pool\.01.contoso.com.`:    `pool\.01`,
		`a.pool\.01.contoso.com.`:  `pool\.01`,
		`xmpp\\.contoso.com.`:      `xmpp\\`,
		`sip\046edge.contoso.com.`: `sip\046edge`,
	} {
		if got := badLabel(name); got != want {
			t.Errorf("badLabel(%q) = %q, want %q", name, got, want)
		}
	}
}
