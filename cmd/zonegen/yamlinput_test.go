package main

import (
	"os"
	"strings"
	"testing"
)

// TestYAMLInputBounded: the topology, the config file and the plan are
// read by one reader (yamlpos.ReadFile): a file over 4 MiB, a directory
// and a device are refused at once with one line and exit 2 (test 13 D1:
// the topology and the config file were read whole, and /dev/zero ran
// until memory ran out). The FIFO case is yamlpos.TestReadFileNotRegular.
func TestYAMLInputBounded(t *testing.T) {
	workDir(t, lyncZone)
	big := "# " + strings.Repeat("x", 4<<20) + "\n"
	if err := os.WriteFile("big.yaml", []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"large topology", []string{"generate", "--topology", "big.yaml"}, "zonegen: big.yaml: topology is larger than 4 MiB\n"},
		{"large config", []string{"audit", "--config", "big.yaml", "mz"}, "zonegen: config: big.yaml: larger than 4 MiB\n"},
		{"large plan", []string{"fix", "--plan", "big.yaml", "mz"}, "zonegen: big.yaml: plan is larger than 4 MiB\n"},
		{"directory topology", []string{"generate", "--topology", "mz"}, "zonegen: read topology: open mz: not a regular file\n"},
		{"directory config", []string{"audit", "--config", "mz", "mz"}, "zonegen: config: open mz: not a regular file\n"},
		{"device topology", []string{"generate", "--topology", "/dev/zero"}, "zonegen: read topology: open /dev/zero: not a regular file\n"},
		{"device config", []string{"audit", "--config", "/dev/zero", "mz"}, "zonegen: config: open /dev/zero: not a regular file\n"},
		{"device plan", []string{"fix", "--plan", "/dev/zero", "mz"}, "zonegen: read plan: open /dev/zero: not a regular file\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat("/dev/zero"); err != nil && strings.Contains(tt.name, "device") {
				t.Skip("no /dev/zero")
			}
			code, out, stderr := zonegen(t, nil, tt.args...)
			if code != 2 || out != "" || stderr != tt.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, stderr, tt.want)
			}
		})
	}
}
