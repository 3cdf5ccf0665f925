package topology

import (
	"errors"
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// ReadFile reads and parses the topology file at path on disk: a regular
// file of at most 4 MiB (yamlpos.ReadFile).
func ReadFile(path string) (*Topology, error) {
	data, err := yamlpos.ReadFile(path)
	if errors.Is(err, yamlpos.ErrTooLarge) {
		return nil, fmt.Errorf("%s: topology is larger than %d MiB", path, yamlpos.MaxFileSize>>20)
	}
	if err != nil {
		return nil, fmt.Errorf("read topology: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a topology from data; file names it in errors and in the
// fragments' header. The reading is strict: an unknown key, a bad name or
// address, a pool without servers, an unknown role is an error. The error
// is an ErrorList holding every problem found, each FILE:LINE: message.
func Parse(file string, data []byte) (*Topology, error) {
	d := &decoder{file: file}
	root := d.document(data)
	if root == nil {
		return nil, d.errs
	}
	t := d.topology(root)
	if len(d.errs) == 0 {
		d.uniqueNames(t) // after the rest: a dropped or bad item would shift the paths
		d.derivedNameClashes(t)
		d.internalOnly(t)
	}
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return t, nil
}

// errEmpty is the error of a file without a YAML document.
var errEmpty = errors.New("empty topology: want a mapping with version and sip_domains")

// document decodes the single YAML document of data (yamlpos.Document)
// and returns its root node, or nil after an error.
func (d *decoder) document(data []byte) *yaml.Node {
	root, err := yamlpos.Document(data)
	var te *yamlpos.Error
	switch {
	case errors.As(err, &te):
		d.errorf(te.Line, "%w", textError(te.Err))
	case root == nil || root.Tag == "!!null":
		d.errorf(0, "%w", errEmpty)
	default:
		return root
	}
	return nil
}

// textError words a problem of the topology's YAML text (a yamlpos.Err
// variable) so that it says which file it is about.
func textError(err error) error {
	switch {
	case errors.Is(err, yamlpos.ErrNotUTF8):
		return fmt.Errorf("the topology is %w", err)
	case errors.Is(err, yamlpos.ErrControl):
		return fmt.Errorf("%w in the topology", err)
	case errors.Is(err, yamlpos.ErrSecondDocument):
		return errors.New("a second YAML document: a topology is one document")
	}
	return err
}

// topology reads the top-level mapping.
func (d *decoder) topology(n *yaml.Node) *Topology {
	t := &Topology{File: d.file, TTL: DefaultTTL}
	var urls *yaml.Node
	fs := fields{
		"version":         func(v *yaml.Node) { d.version(v, "version") },
		"sip_domains":     func(v *yaml.Node) { t.SIPDomains = d.sipDomains(v) },
		"pools":           func(v *yaml.Node) { t.Pools = d.pools(v) },
		"edge":            func(v *yaml.Node) { t.Edge = d.edge(v, "edge") },
		"reverse_proxy":   func(v *yaml.Node) { t.ReverseProxy = d.host(v, "reverse_proxy", shapeAddrs, nil) },
		"simple_urls":     func(v *yaml.Node) { urls = v },
		"office_web_apps": func(v *yaml.Node) { t.OfficeWebApps = d.officeWebApps(v, "office_web_apps") },
		"ttl":             func(v *yaml.Node) { t.TTL = d.ttl(v, "ttl") },
	}
	if !d.mapping(n, "", fs, "version", "sip_domains") {
		return nil
	}
	t.SimpleURLs = d.simpleURLs(urls, t.SIPDomains)
	return t
}

// maxDomainLen leaves room under a SIP domain for the longest name zonegen
// puts there, _sipfederationtls._tcp.D, within the 253 characters of a name.
const maxDomainLen = maxNameLen - len("_sipfederationtls._tcp.")

// sipDomains reads the SIP domains (one or a list): at least one, each
// once.
func (d *decoder) sipDomains(n *yaml.Node) []Name {
	var out []Name
	seen := map[string]bool{}
	for _, s := range d.scalars(n, "sip_domains") {
		nm, ok := d.name(s, "sip_domains")
		switch {
		case !ok:
		case len(nm.FQDN)-1 > maxDomainLen:
			d.errorf(nm.Line, "sip_domains: %s is too long: _sipfederationtls._tcp under it would pass 253 characters", nm.FQDN)
		case seen[nm.FQDN]:
			d.errorf(nm.Line, "sip_domains: %s listed twice", nm.FQDN)
		default:
			seen[nm.FQDN] = true
			out = append(out, nm)
		}
	}
	if n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(n.Line, "sip_domains: give at least one SIP domain")
	}
	return out
}

// officeWebApps reads the Office Web Apps Server farm.
func (d *decoder) officeWebApps(n *yaml.Node, path string) *OfficeWebApps {
	o := &OfficeWebApps{}
	extra := fields{"external": func(v *yaml.Node) { o.External = d.boolean(v, join(path, "external")) }}
	h := d.host(n, path, shapeServer, extra)
	if h == nil {
		return nil
	}
	o.Host = *h
	return o
}
