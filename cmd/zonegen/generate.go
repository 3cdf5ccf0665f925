package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/topology"
	"github.com/zonegen/zonegen/zone"
)

// Flags of zonegen generate.
const (
	flagTopology = "topology"
	flagOutDir   = "out-dir"
)

func generateCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "generate",
		Usage: "write the whole Lync record set of a topology as internal and external zone fragments",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: flagTopology, Usage: "the topology (YAML, see docs/topology.md)"},
			&cli.StringFlag{Name: flagView, Value: "both", Usage: "internal, external or both"},
			&cli.StringFlag{Name: flagOutDir, Usage: "write DOMAIN.internal.zone and DOMAIN.external.zone into `DIR` (default: standard output, the views one after the other)"},
			failOnFlag(),
		},
		Before: required(flagTopology),
		Action: runGenerate,
	}
}

func runGenerate(c *cli.Context) error {
	views, err := generateViews(c.String(flagView))
	if err != nil {
		return err
	}
	fail, err := failOn(c)
	if err != nil {
		return err
	}
	t, err := topology.ReadFile(c.String(flagTopology))
	if err != nil {
		return &exitError{code: exitTrouble, msg: err.Error()}
	}
	findings, err := auditTopology(t, views)
	if err != nil {
		return usageError("%v", err)
	}
	for _, f := range findings {
		fmt.Fprintln(c.App.ErrWriter, f)
	}
	res := &audit.Result{Findings: findings}
	worst, ok := res.Worst()
	if ok && worst == audit.Error {
		return &exitError{code: exitTrouble, msg: "the topology has errors; nothing written"}
	}
	if err := writeFragments(c, t, views); err != nil {
		return err
	}
	if ok && worst >= fail { // errors refused above: a warning or info that --fail-on names
		return &exitError{code: exitFindings}
	}
	return nil
}

// generateViews reads --view: both views, or the one named. Both go to
// --out-dir, or one after the other to standard output, so that the
// command as DESIGN's synopsis writes it (no --view, no --out-dir) works.
func generateViews(view string) ([]topology.View, error) {
	if view == "both" {
		return topology.Views(), nil
	}
	v, err := topology.ParseView(view)
	if err != nil { // ParseView knows one view; both is generate's
		return nil, usageError("generate: unknown view %q (want internal, external or both)", view)
	}
	return []topology.View{v}, nil
}

// auditTopology validates the topology and, when it has no errors, audits
// the records of each view with the checks of zonegen audit; every finding
// points at a line of the topology. The audit is skipped after an error in
// the topology itself, which it would only report again from the records.
// A problem found by both, or through two lines of the topology, is kept
// once for each (check, name) pair (docs/topology.md): the most severe,
// then the first. A name in both views may be a warning in one and an
// error in the other (missing-a, internal and external), and the error
// must stay, since it refuses the topology.
func auditTopology(t *topology.Topology, views []topology.View) ([]audit.Finding, error) {
	all := t.Validate()
	if (&audit.Result{Findings: all}).Count()[audit.Error] > 0 {
		return all, nil
	}
	for _, v := range views {
		zones := zoneOf(t, v)
		res, err := audit.Run(zones, audit.Options{View: string(v), Hosts: t.Hosts(v), Disable: topologyDisabled(zones)})
		if err != nil {
			return nil, err
		}
		all = append(all, withoutIPv4Mode(res.FindingList(), t.IPv4Only(v))...)
	}
	audit.SortFindings(all)
	kept := map[string]int{} // (check, name) -> place in out
	var out []audit.Finding
	for _, f := range all {
		k := f.Check + "|" + f.Name
		i, seen := kept[k]
		switch {
		case !seen:
			kept[k] = len(out)
			out = append(out, f)
		case f.Severity > out[i].Severity:
			out[i] = f
		}
	}
	audit.SortFindings(out)
	return out, nil
}

// withoutIPv4Mode drops the missing-aaaa findings of the names that are
// IPv4-only on purpose (topology.IPv4Only: a pool, the Edge internal pool
// or the Edge external side in IPv4 mode, and the names derived from
// one), which the fragment marks with zonegen:ignore so that an audit of
// it agrees. An IPv4-only server of a pool with IPv6 is still reported.
func withoutIPv4Mode(fs []audit.Finding, ipv4Only map[string]string) []audit.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Check != "missing-aaaa" || ipv4Only[f.Name] == "" {
			out = append(out, f)
		}
	}
	return out
}

// topologyDisabled returns the checks that say nothing of a view made from
// a topology: no-lync-deployment, since a topology is one (an external
// view without Edge or reverse proxy is empty, docs/topology.md), and, for
// a view without AAAA records, missing-aaaa: the topology gives IPv4 alone
// there, Lync's default mode (LYNC-DNS.md, section 6), and A and AAAA come
// together wherever it gives both families (DESIGN.md). An Edge that is
// dual stack inside and IPv4 outside is Validate's error.
func topologyDisabled(zones []*zone.Zone) []string {
	off := []string{"no-lync-deployment"}
	for _, z := range zones {
		for i := range z.Records {
			if z.Records[i].Type == zone.TypeAAAA {
				return off
			}
		}
	}
	return append(off, "missing-aaaa")
}

// writeFragments writes each view to its file in --out-dir, or else to
// standard output.
func writeFragments(c *cli.Context, t *topology.Topology, views []topology.View) error {
	dir := c.String(flagOutDir)
	if dir == "" {
		return printFragments(c.App.Writer, t, views)
	}
	for _, v := range views {
		frag := t.Render(v)
		name := filepath.Join(dir, strings.TrimSuffix(frag.Origin, ".")+"."+string(v)+".zone")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &exitError{code: exitTrouble, msg: err.Error()}
		}
		if err := os.WriteFile(name, []byte(frag.Text), 0o644); err != nil {
			return &exitError{code: exitTrouble, msg: err.Error()}
		}
		fmt.Fprintf(c.App.ErrWriter, "zonegen: wrote %s\n", name)
	}
	return nil
}

// printFragments prints the views one after the other, a blank line
// between them; each fragment's header comment says which view it is
// ("; Lync Server DNS records, internal view."), so that a reader of the
// two can cut them apart. Each starts with its own $ORIGIN.
func printFragments(w io.Writer, t *topology.Topology, views []topology.View) error {
	for i, v := range views {
		text := t.Render(v).Text
		if i > 0 {
			text = "\n" + text
		}
		if _, err := io.WriteString(w, text); err != nil {
			return err
		}
	}
	return nil
}

// zoneOf returns the records of a view as the one zone of a zone set.
func zoneOf(t *topology.Topology, v topology.View) []*zone.Zone {
	return []*zone.Zone{t.Zone(v)}
}
