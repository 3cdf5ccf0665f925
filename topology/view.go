package topology

import (
	"fmt"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
)

// View is one of the two DNS views a Lync deployment needs.
type View string

// The views.
const (
	Internal View = "internal" // what clients and servers inside resolve
	External View = "external" // the public zone
)

// Views returns both views, internal first.
func Views() []View { return []View{Internal, External} }

// ParseView reads a view name: internal or external.
func ParseView(s string) (View, error) {
	switch View(s) {
	case Internal, External:
		return View(s), nil
	}
	return "", fmt.Errorf("unknown view %s (want internal or external)", clip.Quote(s))
}

// Records returns the records of a view, in the order the fragment writes
// them, without duplicates. An unknown view has none.
func (t *Topology) Records(v View) []Record {
	b := newBuilder(t)
	switch v {
	case Internal:
		b.internal()
	case External:
		b.external()
	}
	return b.records
}

// Zone returns the records of a view as a zone that audit.Run can check
// (with audit.Options.View set to the view): its file is the topology file
// and every record's Pos is the topology line that asked for it, so the
// findings point into the topology.
func (t *Topology) Zone(v View) *zone.Zone {
	z := &zone.Zone{File: t.File, Origin: t.origin(), Class: zone.ClassIN}
	for _, r := range t.Records(v) {
		z.Records = append(z.Records, r.Record)
	}
	return z
}

// Hosts returns every name that has an A or AAAA record in a view, in
// record order, for audit.Options.Hosts (as audit --host takes them):
// every server, pool, web services, simple URL, Edge and Office Web Apps
// name a topology gives is a Lync host by definition. Discovery from the
// records alone (SRV targets, well-known names, DNS-LB pools) misses the
// servers of a hardware pool, a pool other than the registrar, the Edge
// internal pool and Office Web Apps, which generate then wrote half IPv6
// without a finding (test 5 D3). Only the names of the view are given, so
// an internal-only name is never audited in the external view.
func (t *Topology) Hosts(v View) []string {
	seen := map[string]bool{}
	var hosts []string
	for _, r := range t.Records(v) {
		if (r.Type == zone.TypeA || r.Type == zone.TypeAAAA) && !seen[r.Name] {
			seen[r.Name] = true
			hosts = append(hosts, r.Name)
		}
	}
	return hosts
}
