package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/internal/workpath"
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
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: flagTopology, Usage: "the topology (YAML, see docs/topology.md)"},
			&cli.StringFlag{Name: flagView, Value: "both", Usage: "internal, external or both"},
			&cli.StringFlag{Name: flagOutDir, Usage: "write ORIGIN.internal.zone and ORIGIN.external.zone for each zone into `DIR` (default: standard output, the views one after the other)"},
		}, outputFlags()...),
		Before: func(c *cli.Context) error {
			// generate reads no files but the topology: an argument such
			// as a directory meant for --out-dir was ignored (test 13 D5).
			if c.NArg() > 0 {
				return usageError("generate: takes no arguments, got %s (the topology is --topology FILE, the output directory --out-dir DIR)", shownName(c.Args().First()))
			}
			return required(flagTopology)(c)
		},
		Action: func(c *cli.Context) error { return runGenerate(c, env) },
	}
}

func runGenerate(c *cli.Context, env *environment) error {
	views, err := generateViews(c.String(flagView))
	if err != nil {
		return err
	}
	out, err := outputOptions(c, env)
	if err != nil {
		return err
	}
	// the findings in another format go to standard output, where the
	// fragments would go
	if out.format != "text" && c.String(flagOutDir) == "" {
		return usageError("generate: --format %s writes the findings on standard output: give --out-dir DIR for the fragments", out.format)
	}
	t, err := topology.ReadFile(c.String(flagTopology))
	if err != nil {
		if out.format == "text" {
			return err
		}
		// the report on standard output stays JSON, SARIF or annotations
		if err := writeReportOf(c, out, &audit.Result{Findings: readErrors(c.String(flagTopology), err)}, allChecks()); err != nil {
			return err
		}
		return &exitError{code: exitTrouble}
	}
	findings, err := t.Audit(views)
	if err != nil {
		return err
	}
	res := &audit.Result{Findings: findings}
	if err := reportGenerate(c, out, res); err != nil {
		return err
	}
	worst, ok := res.Worst()
	if ok && worst == audit.Error {
		return &exitError{code: exitTrouble, msg: "the topology has errors; nothing written"}
	}
	if err := writeFragments(c, t, views); err != nil {
		return err
	}
	if ok && worst >= out.failOn { // errors refused above: a warning or info that --fail-on names
		return &exitError{code: exitFindings}
	}
	return nil
}

// readErrors are the errors that stopped the reading of topology file as
// syntax findings, each at its line, or at the file (test 19c D5: a
// report in JSON or SARIF was empty then).
func readErrors(file string, err error) []audit.Finding {
	var list topology.ErrorList
	if !errors.As(err, &list) {
		return []audit.Finding{audit.Syntax().Finding("", zone.Pos{File: file}, err.Error())}
	}
	out := make([]audit.Finding, len(list))
	for i, e := range list {
		out[i] = audit.Syntax().Finding("", e.Pos, e.Err.Error())
	}
	return out
}

// reportGenerate reports the findings of the topology: in text on
// standard error, as lines beside the fragments on standard output, or in
// another --format on standard output, the fragments then in --out-dir.
func reportGenerate(c *cli.Context, out output, res *audit.Result) error {
	if out.format != "text" {
		return writeReportOf(c, out, res, allChecks())
	}
	printFindings(c.App.ErrWriter, res.Findings) // files named as audit names them (test 21g #5)
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
		return nil, usageError("generate: unknown view %s (want internal, external or both)", clip.Quote(view))
	}
	return []topology.View{v}, nil
}

// writeFragments writes each fragment (a view's records of one zone,
// topology.Render) to its file in --out-dir, ORIGIN.VIEW.zone, or else to
// standard output. The files are written as fix --write writes (D2 of
// test 13): every fragment to a temporary file in the directory, synced,
// before the first rename, so that a failure leaves the old pair.
func writeFragments(c *cli.Context, t *topology.Topology, views []topology.View) error {
	dir := c.String(flagOutDir)
	if dir == "" {
		return printFragments(c.App.Writer, t, views)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return clip.PathError(err)
	}
	files := make([]zone.FileWrite, 0, len(views))
	for _, v := range views {
		for _, frag := range t.Render(v) {
			name := filepath.Join(dir, fragmentFile(frag.Origin, v))
			files = append(files, zone.FileWrite{Name: name, New: []byte(frag.Text), Overwrite: true})
		}
	}
	if err := zone.WriteFiles(files); err != nil {
		return err
	}
	for _, f := range files {
		fmt.Fprintf(c.App.ErrWriter, "zonegen: wrote %s\n", workpath.QuoteControl(f.Name))
	}
	return nil
}

// fragmentFile names the file of a view's fragment of origin:
// ORIGIN.VIEW.zone, or, where that passes the 255 bytes a file name may
// have (an origin outside the SIP domains may have 253), the origin cut
// short and a hash of it, so that two long origins keep two files (test
// 19c D6).
func fragmentFile(origin string, v topology.View) string {
	origin = strings.TrimSuffix(origin, ".")
	tail := "." + string(v) + ".zone"
	if len(origin)+len(tail) <= 255 {
		return origin + tail
	}
	h := fnv.New32a()
	h.Write([]byte(origin))
	return fmt.Sprintf("%s-%08x%s", origin[:255-len(tail)-9], h.Sum32(), tail)
}

// printFragments prints the fragments of the views one after the other, a
// blank line between two; each fragment's header comment says which view
// it is ("; Lync Server DNS records, internal view.") and, when the view
// has several, which part, so that a reader can cut them apart. Each
// starts with its own $ORIGIN.
func printFragments(w io.Writer, t *topology.Topology, views []topology.View) error {
	first := true
	for _, v := range views {
		for _, frag := range t.Render(v) {
			text := frag.Text
			if !first {
				text = "\n" + text
			}
			first = false
			if _, err := io.WriteString(w, text); err != nil {
				return err
			}
		}
	}
	return nil
}
