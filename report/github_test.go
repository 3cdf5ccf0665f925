package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, data, property string
	}{
		{name: "plain", in: "db.contoso.com", data: "db.contoso.com", property: "db.contoso.com"},
		{name: "percent first", in: "100%0A", data: "100%250A", property: "100%250A"},
		{name: "line ends", in: "a\r\nb\nc", data: "a%0D%0Ab%0Ac", property: "a%0D%0Ab%0Ac"},
		{name: "separators", in: "fd00::1, b", data: "fd00::1, b", property: "fd00%3A%3A1%2C b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeData.Replace(tt.in); got != tt.data {
				t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
			}
			if got := escapeProperty.Replace(tt.in); got != tt.property {
				t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
			}
		})
	}
}

func TestRenderGitHub(t *testing.T) {
	tests := []struct {
		name string
		f    audit.Finding
		want string
	}{
		{
			name: "error",
			f:    audit.Finding{Check: "missing-aaaa", Severity: audit.Error, Pos: zone.Pos{File: "db.contoso.com", Line: 23}, Message: "no AAAA"},
			want: "::error file=db.contoso.com,line=23,title=missing-aaaa::no AAAA\n",
		},
		{
			name: "warning",
			f:    audit.Finding{Check: "srv-port", Severity: audit.Warning, Pos: zone.Pos{File: "db.contoso.com", Line: 12}, Message: "port"},
			want: "::warning file=db.contoso.com,line=12,title=srv-port::port\n",
		},
		{
			name: "info is a notice without a line",
			f:    audit.Finding{Check: "no-lync-deployment", Severity: audit.Info, Pos: zone.Pos{File: "db.contoso.net"}, Message: "none"},
			want: "::notice file=db.contoso.net,title=no-lync-deployment::none\n",
		},
		{
			name: "escaped file and message",
			f: audit.Finding{Check: "c", Severity: audit.Error, Pos: zone.Pos{File: "zones/a,b:c.zone", Line: 1},
				Message: "scopes: a, b\n100%"},
			want: "::error file=zones/a%2Cb%3Ac.zone,line=1,title=c::scopes: a, b%0A100%25\n",
		},
		{
			name: "related records join the message",
			f: audit.Finding{Check: "c", Severity: audit.Error, Pos: zone.Pos{File: "db", Line: 1}, Message: "m",
				Related: []audit.Related{{Pos: zone.Pos{File: "db", Line: 2}, Note: "n"}}},
			want: "::error file=db,line=1,title=c::m%0Adb:2: note: n\n",
		},
		{
			name: "several related records keep their order",
			f: audit.Finding{Check: "c", Severity: audit.Warning, Pos: zone.Pos{File: "db", Line: 1}, Message: "m",
				Related: []audit.Related{
					{Pos: zone.Pos{File: "db", Line: 9}, Note: "scope a"},
					{Pos: zone.Pos{File: "sub/db", Line: 3}, Note: "scope b, 50%"},
					{Pos: zone.Pos{File: "db", Line: 4}, Note: "scope c"},
				}},
			want: "::warning file=db,line=1,title=c::m%0Adb:9: note: scope a%0Asub/db:3: note: scope b, 50%25%0Adb:4: note: scope c\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(renderGitHub(&audit.Result{Findings: []audit.Finding{tt.f}}, ""))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("renderGitHub() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
