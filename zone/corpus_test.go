package zone

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/zonegen/zonegen/internal/corpus"
)

// readWithin reads a file and fails the test if that takes too long.
func readWithin(t *testing.T, path string, opt Options) *Zone {
	t.Helper()
	done := make(chan *Zone, 1)
	go func() { done <- ReadFile(path, opt) }()
	select {
	case z := <-done:
		return z
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: reading did not finish in 30s", path)
		return nil
	}
}

// TestCorpusReal reads every valid real-world zone of the corpus: none may
// give a syntax error unless named-checkzone rejected it while loading, or
// it includes a file by an absolute path outside its directory.
func TestCorpusReal(t *testing.T) {
	for _, row := range corpus.Rows(t, "real") {
		t.Run(row.File, func(t *testing.T) {
			z := readWithin(t, corpus.Stage(t, "real", row), Options{Origin: row.Origin})
			if z.Err == nil || row.RejectedForSyntax() {
				return
			}
			if strings.Contains(z.Err.Error(), "$INCLUDE outside the include root: /") {
				return
			}
			t.Errorf("syntax error in a file named-checkzone accepts (%s): %v", row.Verdict, z.Err)
		})
	}
}

// TestCorpusBroken reads every broken zone of the corpus: each must end, in
// bounded time, with records or a positioned error, never a panic.
func TestCorpusBroken(t *testing.T) {
	for _, row := range corpus.Rows(t, "broken") {
		t.Run(row.File, func(t *testing.T) {
			z := readWithin(t, corpus.Stage(t, "broken", row), Options{Origin: row.Origin})
			if z.Err != nil && !regexp.MustCompile(`:\d+: |^[^:]+: `).MatchString(z.Err.Error()) {
				t.Errorf("error without a position: %v", z.Err)
			}
		})
	}
}
