package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/yamlpos"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// flagConfig names the config file; defaultConfig is read when it exists
// and no --config is given.
const (
	flagConfig    = "config"
	defaultConfig = ".zonegen.yaml"
)

// config is the config file: defaults for the audit flags, so that a zone
// repository can keep its Lync hosts and its accepted checks in one place.
// Flags given on the command line win; --host adds to the config's hosts.
type config struct {
	File    string   // the file read, as named ("" when there is none)
	Hosts   []string // hosts
	HostAt  []int    // the line of each of Hosts
	View    string   // view
	Enable  []string // enable
	Disable []string // disable
	FailOn  string   // fail-on
}

func configFlag() cli.Flag {
	return &cli.StringFlag{Name: flagConfig, Usage: "read defaults (hosts, view, enable, disable, fail-on) from this YAML `FILE` (default: " + defaultConfig + " when it exists)"}
}

// configKeys are the keys of the config file, in the order its errors
// list them.
var configKeys = []string{"hosts", "view", "enable", "disable", "fail-on"}

// loadConfig reads the config file named by --config, or .zonegen.yaml in
// the current directory when there is one.
func loadConfig(c *cli.Context) (config, error) {
	var cfg config
	name := c.String(flagConfig)
	data, err := os.ReadFile(name)
	if name == "" {
		name = defaultConfig
		data, err = os.ReadFile(name)
		if errors.Is(err, os.ErrNotExist) {
			return cfg, nil
		}
	}
	if err != nil {
		return cfg, usageError("config: %v", err)
	}
	cfg.File = name
	if err := parseConfig(name, data, &cfg); err != nil {
		return cfg, &exitError{code: exitTrouble, msg: err.Error()}
	}
	return cfg, nil
}

// parseConfig reads the config file name, whose text is data, into cfg.
// Its errors are FILE:LINE: message: the YAML library's own name the Go
// type they were decoded into and put the line on a line of its own.
func parseConfig(name string, data []byte, cfg *config) error {
	root, err := yamlpos.Document(data)
	var te *yamlpos.Error
	if errors.As(err, &te) {
		return fmt.Errorf("%s:%d: %v", name, te.Line, te.Err)
	}
	if root == nil { // empty, or comments only
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("%s:%d: want keys (%s)", name, root.Line, strings.Join(configKeys, ", "))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return fmt.Errorf("%s:%d: %s given twice", name, k.Line, k.Value)
		}
		seen[k.Value] = true
		if err := cfg.set(k, v); err != nil {
			return fmt.Errorf("%s:%d: %w", name, k.Line, err)
		}
	}
	return nil
}

// set sets the config's key k to the value v.
func (cfg *config) set(k, v *yaml.Node) error {
	lists := map[string]*[]string{"hosts": &cfg.Hosts, "enable": &cfg.Enable, "disable": &cfg.Disable}
	values := map[string]*string{"view": &cfg.View, "fail-on": &cfg.FailOn}
	if l, ok := lists[k.Value]; ok {
		if err := configList(k.Value, v, l); err != nil {
			return err
		}
		if k.Value == "hosts" {
			cfg.HostAt = itemLines(v)
		}
		return nil
	}
	if s, ok := values[k.Value]; ok {
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("%s: want a single value", k.Value)
		}
		*s = v.Value
		return nil
	}
	return fmt.Errorf("unknown key %q (want %s)", k.Value, strings.Join(configKeys, ", "))
}

// configList sets *out to the values of the list v, the value of key.
func configList(key string, v *yaml.Node, out *[]string) error {
	if v.Kind != yaml.SequenceNode {
		return fmt.Errorf("%s: want a list ([a, b])", key)
	}
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode {
			return fmt.Errorf("%s: want a list of single values", key)
		}
		*out = append(*out, item.Value)
	}
	return nil
}

// itemLines returns the line of each item of the list v.
func itemLines(v *yaml.Node) []int {
	lines := make([]int, len(v.Content))
	for i, item := range v.Content {
		lines[i] = item.Line
	}
	return lines
}

// hostSources says where each --host name came from, for messages about
// it: "--host NAME." for a name typed on the command line, else
// "FILE:LINE: host NAME." for a name of the config file's hosts (the user
// typed no --host for it; test 5 D4). Keys are canonical names.
func hostSources(c *cli.Context) map[string]string {
	cfg, _ := loadConfig(c) // read before, in applyConfig: no error now
	all := c.StringSlice(flagHost)
	typed := all[:max(0, len(all)-len(cfg.Hosts))] // applyConfig appends the config's
	from := map[string]string{}
	for i, h := range cfg.Hosts {
		name := zone.Canonical(h)
		from[name] = fmt.Sprintf("%s:%d: host %s", cfg.File, cfg.HostAt[i], name)
	}
	for _, h := range typed {
		name := zone.Canonical(h)
		from[name] = "--host " + name
	}
	return from
}

// checkHosts refuses a --host name, or a host of the config file, that
// can be no host's name ("", "bad..name", "a b"), as the plan refuses
// such a hosts key: it used to be audited as "host ." or the like.
func checkHosts(c *cli.Context) error {
	from := hostSources(c)
	for _, name := range slices.Sorted(maps.Keys(from)) {
		if err := plan.CheckName(name); err != nil {
			return usageError("%s: not a host name: %v", from[name], err)
		}
	}
	return nil
}

// applyConfig is the Before of the commands that audit: it fills the
// flags the command line did not set from the config file.
func applyConfig(c *cli.Context) error {
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	lists := []struct {
		flag   string
		values []string
		always bool // --host adds to the config's hosts
	}{{flagHost, cfg.Hosts, true}, {flagDisable, cfg.Disable, false}, {flagEnable, cfg.Enable, false}}
	for _, l := range lists {
		if !l.always && c.IsSet(l.flag) {
			continue
		}
		for _, v := range l.values {
			if err := c.Set(l.flag, v); err != nil {
				return err
			}
		}
	}
	for flag, v := range map[string]string{flagView: cfg.View, flagFailOn: cfg.FailOn} {
		if v != "" && !c.IsSet(flag) && hasFlag(c, flag) {
			if err := c.Set(flag, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// hasFlag reports whether the command has a flag of that name.
func hasFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}
