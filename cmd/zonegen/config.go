package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/audit"
	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/internal/yamlpos"
	"github.com/zonegen/zonegen/topology"
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
// the current directory when there is one: a regular file of at most
// 4 MiB (yamlpos.ReadFile; a FIFO named .zonegen.yaml blocked every run).
// A .zonegen.yaml that is there as a name but cannot be read (a link to
// nothing, a link loop, no permission) is an error (it was taken for no
// config, test 13 D6); --config "" is refused before (noEmptyValues).
func loadConfig(c *cli.Context) (config, error) {
	var cfg config
	name := c.String(flagConfig)
	if name == "" {
		name = defaultConfig
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return cfg, nil // no such name: a link to nothing is an error
		}
	}
	data, err := yamlpos.ReadFile(name)
	if target, lerr := os.Readlink(name); errors.Is(err, os.ErrNotExist) && lerr == nil {
		return cfg, usageError("config: %s is a symbolic link to %s, which does not exist", name, target)
	}
	if errors.Is(err, yamlpos.ErrTooLarge) {
		return cfg, usageError("config: %s: larger than %d MiB", name, yamlpos.MaxFileSize>>20)
	}
	if err != nil {
		return cfg, fmt.Errorf("config: %w", err)
	}
	cfg.File = name
	if err := parseConfig(name, data, &cfg); err != nil {
		return cfg, err
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
		return fmt.Errorf("%s:%d: %w", name, te.Line, te.Err)
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
			return fmt.Errorf("%s:%d: %s given twice", name, k.Line, clip.Text(k.Value))
		}
		seen[k.Value] = true
		if err := cfg.set(k, v); err != nil {
			line := k.Line
			if errors.As(err, &te) { // at an item's own line
				line, err = te.Line, te.Err
			}
			return fmt.Errorf("%s:%d: %w", name, line, err)
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
			return textItems(v)
		}
		return checkIDs(k.Value, v)
	}
	if s, ok := values[k.Value]; ok {
		if v.Kind == yaml.AliasNode {
			return fmt.Errorf("%s: want a single value, got an alias (aliases are not supported)", k.Value)
		}
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("%s: want a single value", k.Value)
		}
		*s = v.Value
		return configValue(k.Value, v)
	}
	return fmt.Errorf("unknown key %s (want %s)", clip.Quote(k.Value), strings.Join(configKeys, ", "))
}

// configList sets *out to the values of the list v, the value of key.
func configList(key string, v *yaml.Node, out *[]string) error {
	if v.Kind == yaml.AliasNode { // it may be a list: the alias is the problem (test 13 D11)
		return fmt.Errorf("%s: want a list, got an alias (aliases are not supported)", key)
	}
	if v.Kind != yaml.SequenceNode {
		return fmt.Errorf("%s: want a list ([a, b])", key)
	}
	for _, item := range v.Content {
		switch item.Kind {
		case yaml.ScalarNode:
			*out = append(*out, item.Value)
		case yaml.AliasNode:
			return &yamlpos.Error{Line: item.Line, Err: fmt.Errorf("%s: want a value, got an alias (aliases are not supported)", key)}
		default:
			return &yamlpos.Error{Line: item.Line, Err: fmt.Errorf("%s: want a list of single values", key)}
		}
	}
	return nil
}

// checkIDs refuses an item of the enable or disable list v (the value of
// key) that names no check zonegen checks lists, at the item's line: it was refused later,
// with no file or line, as if typed (test 13 D7). A null item is nothing.
func checkIDs(key string, v *yaml.Node) error {
	for _, item := range v.Content {
		if _, ok := lookupCheck(item.Value); ok || item.Value == "all" { // generate's too (test 12 D1)
			continue
		}
		err := fmt.Errorf("%s: unknown check %s (zonegen checks lists them)", key, clip.Quote(item.Value))
		if item.ShortTag() == "!!null" {
			err = fmt.Errorf("%s: want a check ID, got nothing", key)
		}
		return &yamlpos.Error{Line: item.Line, Err: err}
	}
	return nil
}

// configValue refuses the value v of view or fail-on (key) that the flag
// of that name would refuse, at its line: the error named the flag, which
// the user never typed, and no file (test 13 D7). A null value is nothing.
func configValue(key string, v *yaml.Node) error {
	var err error
	switch {
	case v.ShortTag() == "!!null":
		err = errors.New("want a value, got nothing")
	case key == "view":
		_, err = topology.ParseView(v.Value)
	case key == "fail-on":
		_, err = audit.ParseSeverity(v.Value)
	}
	if err != nil {
		return &yamlpos.Error{Line: v.Line, Err: fmt.Errorf("%s: %w", key, err)}
	}
	return nil
}

// textItems refuses an item of the hosts list v that YAML reads as no
// text: null (an empty item too), true, 123. A host name is text, and
// such an item was audited as the host null. or true.; the name 123. a
// user means is written "123". The error is at the item's line.
func textItems(v *yaml.Node) error {
	for _, item := range v.Content {
		tag := item.ShortTag()
		what, known := map[string]string{"!!bool": "a boolean", "!!int": "a number", "!!float": "a number", "!!timestamp": "a date"}[tag]
		switch {
		case tag == "!!str":
			continue
		case tag == "!!null":
			return &yamlpos.Error{Line: item.Line, Err: errors.New("hosts: want a host name, got nothing")}
		case !known:
			what = "no text (" + tag + ")"
		}
		err := fmt.Errorf("hosts: want a host name, got %s, which YAML reads as %s (quote it: %s)", clip.Text(item.Value), what, clip.Quote(item.Value))
		return &yamlpos.Error{Line: item.Line, Err: err}
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

// applyConfig is the Before of the commands that audit: it fills the
// flags the command line did not set from the config file, and keeps the
// given hosts, each with where it came from, in the context (givenHosts).
func applyConfig(c *cli.Context) error {
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	given := configHosts(c.StringSlice(flagHost), cfg)
	c.Context = context.WithValue(c.Context, givenHostsKey{}, given)
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
