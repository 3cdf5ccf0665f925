package review_test

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/review"
)

// TestReviewSerialSelection: serial-not-incremented obeys --disable,
// --enable and a zonegen:ignore comment on the SOA's line like every
// other check; a suppression without a reason is a bad-suppression.
func TestReviewSerialSelection(t *testing.T) {
	const soa = "@        IN SOA ns1 hostmaster 2024061503 3600 600 1209600 300\n"
	tests := []struct {
		name string
		soa  string // the SOA line of the new version
		opt  audit.Options
		want []string
	}{
		{name: "reported", soa: soa, want: []string{"serial-not-incremented contoso.com."}},
		{name: "disabled", soa: soa, opt: audit.Options{Disable: []string{"serial-not-incremented"}}},
		{name: "all disabled", soa: soa, opt: audit.Options{Disable: []string{"all"}}},
		{
			name: "all disabled, enabled again", soa: soa,
			opt:  audit.Options{Disable: []string{"all"}, Enable: []string{"serial-not-incremented"}},
			want: []string{"serial-not-incremented contoso.com."},
		},
		{name: "suppressed", soa: strings.TrimSuffix(soa, "\n") + " ; zonegen:ignore serial-not-incremented bumped by the deploy job\n"},
		{
			name: "suppressed without a reason",
			soa:  strings.TrimSuffix(soa, "\n") + " ; zonegen:ignore serial-not-incremented\n",
			want: []string{"bad-suppression contoso.com."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newRepo(t)
			write(t, dir, "db.contoso.com", strings.Replace(committed, soa, tt.soa, 1)+"mail IN A 10.0.0.25\n")
			res, err := review.Run([]string{filepath.Join(dir, "db.contoso.com")}, review.Options{Audit: tt.opt})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Audit.Findings {
				got = append(got, f.Check+" "+f.Name)
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("new findings (-want +got):\n%s", diff)
			}
		})
	}
}
