package main

import (
	"github.com/zonegen/zonegen/topology"
	"github.com/zonegen/zonegen/zone"
)

// zoneOf returns the records of a view as the one zone of a zone set.
func zoneOf(t *topology.Topology, v topology.View) []*zone.Zone {
	return []*zone.Zone{t.Zone(v)}
}
