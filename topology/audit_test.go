package topology

import (
	"testing"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/zone"
)

// TestAuditClean audits the records generated from the example
// topologies with the audit's own checks, as zonegen generate does before
// writing: no error may come out, and every finding points at the
// topology file. Every name of the topology is a host, as in generate.
func TestAuditClean(t *testing.T) {
	for _, file := range []string{"testdata/contoso.yaml", "testdata/director.yaml"} {
		topo := mustRead(t, file)
		for _, v := range Views() {
			t.Run(file+"/"+string(v), func(t *testing.T) {
				res, err := audit.Run([]*zone.Zone{topo.Zone(v)}, audit.Options{View: string(v), Hosts: topo.Hosts(v)})
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range res.FindingList() {
					t.Logf("%v", f)
					if f.Severity == audit.Error || f.Pos.File != file || f.Pos.Line == 0 {
						t.Errorf("finding %v", f)
					}
				}
			})
		}
	}
}
