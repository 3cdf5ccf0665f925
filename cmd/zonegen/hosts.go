package main

import (
	"fmt"
	"slices"

	"github.com/urfave/cli/v2"
	"github.com/zonegen/zonegen/plan"
	"github.com/zonegen/zonegen/zone"
)

// hostSource is a name given as a Lync host, as the user wrote it, and
// where it was given: "--host" for a name typed on the command line,
// "FILE:LINE: host" for one of the config file's hosts.
type hostSource struct {
	name, from string
}

// givenHostsKey is the key under which applyConfig keeps the given hosts
// in the command's context, for checkHosts and the audit's messages: the
// config file is read once, and a host says itself where it came from.
type givenHostsKey struct{}

// givenHosts returns the hosts applyConfig found: the typed ones, then
// the config file's.
func givenHosts(c *cli.Context) []hostSource {
	hosts, _ := c.Context.Value(givenHostsKey{}).([]hostSource)
	return hosts
}

// hostSources says where each given host came from, for messages about
// it: "--host NAME." for a name typed on the command line, else
// "FILE:LINE: host NAME." for a name of the config file's hosts (the user
// typed no --host for it; test 5 D4); a name given both ways is the typed
// one. Keys are canonical names.
func hostSources(c *cli.Context) map[string]string {
	from := map[string]string{}
	for _, h := range slices.Backward(givenHosts(c)) {
		name := zone.Canonical(h.name)
		from[name] = h.from + " " + name
	}
	return from
}

// checkHosts refuses a --host name, or a host of the config file, that
// can be no host's name ("", "bad..name", "a b"), as the plan refuses
// such a hosts key: it used to be audited as "host ." or the like. The
// canonical name decides; the message speaks of the name as given
// (`label "wéb" holds 'é'`, not of its escaped form w\195\169b).
func checkHosts(c *cli.Context) error {
	for _, h := range givenHosts(c) {
		err := plan.CheckName(zone.Canonical(h.name))
		if err == nil {
			continue
		}
		if asGiven := plan.CheckName(h.name); asGiven != nil {
			err = asGiven
		}
		return usageError("%s %s: not a host name: %v", h.from, shownName(h.name), err)
	}
	return nil
}

// configHosts returns the typed hosts, then those of the config file,
// each with where it came from.
func configHosts(typed []string, cfg config) []hostSource {
	hosts := make([]hostSource, 0, len(typed)+len(cfg.Hosts))
	for _, h := range typed {
		hosts = append(hosts, hostSource{name: h, from: "--host"})
	}
	for i, h := range cfg.Hosts {
		hosts = append(hosts, hostSource{name: h, from: fmt.Sprintf("%s:%d: host", cfg.File, cfg.HostAt[i])})
	}
	return hosts
}
