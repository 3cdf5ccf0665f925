package main

import (
	"strings"
	"testing"
)

// TestHelpOneDefault: each limit flag shows one default in the help of
// the commands that read zones, the limit zone applies, not the flag's 0.
func TestHelpOneDefault(t *testing.T) {
	for _, cmd := range []string{"audit", "diff", "review"} {
		t.Run(cmd, func(t *testing.T) {
			_, out, _ := zonegen(t, nil, cmd, "--help")
			limits := 0
			for line := range strings.Lines(out) {
				if !strings.Contains(line, "--max-") {
					continue
				}
				limits++
				if strings.Count(line, "default") != 1 {
					t.Errorf("%s --help: %s", cmd, strings.TrimSpace(line))
				}
			}
			if limits != 4 {
				t.Errorf("%s --help shows %d limit flags, want 4", cmd, limits)
			}
		})
	}
}
