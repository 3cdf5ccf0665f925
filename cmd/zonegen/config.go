package main

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"
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
	Hosts   []string `yaml:"hosts"`
	View    string   `yaml:"view"`
	Enable  []string `yaml:"enable"`
	Disable []string `yaml:"disable"`
	FailOn  string   `yaml:"fail-on"`
}

func configFlag() cli.Flag {
	return &cli.StringFlag{Name: flagConfig, Usage: "read defaults (hosts, view, enable, disable, fail-on) from this YAML `FILE` (default: " + defaultConfig + " when it exists)"}
}

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
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true) // an unknown key is an error, with its line
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return cfg, usageError("%s: %v", name, err)
	}
	return cfg, nil
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
