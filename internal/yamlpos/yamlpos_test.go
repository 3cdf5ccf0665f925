package yamlpos

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestSyntaxError: the line is 1-based whichever part of the library
// found the error, and the message has no "yaml: line N:" prefix.
func TestSyntaxError(t *testing.T) {
	tests := []struct {
		text string
		line int
		msg  string
	}{
		{"a: [b\nc: d\n", 2, "did not find expected ',' or ']'"},
		{"a: b\n\tc: d\n", 2, "found a tab character that violates indentation"},
		{"a: *nope\n", 1, "unknown anchor 'nope' referenced"},
	}
	for _, tt := range tests {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(tt.text), &n)
		if err == nil {
			t.Fatalf("%q: no error", tt.text)
		}
		if line, msg := SyntaxError([]byte(tt.text), err); line != tt.line || msg != tt.msg {
			t.Errorf("%q: %d, %q; want %d, %q", tt.text, line, msg, tt.line, tt.msg)
		}
	}
}
