package topology

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse. A rejected input must give a
// positioned ErrorList; an accepted one must validate and render fragments
// that package zone reads back record for record. Seeds: every topology
// under testdata. A crasher the fuzzer finds lands in
// testdata/fuzz/FuzzParse, where go test runs it from then on.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/*.yaml", "testdata/*/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		topo, err := Parse("fuzz.yaml", data)
		if err != nil {
			checkRejected(t, err)
			return
		}
		topo.Validate()
		for _, v := range Views() {
			checkRoundTrip(t, topo, topo.Render(v))
		}
	})
}

// checkRejected checks the error of a rejected input.
func checkRejected(t *testing.T, err error) {
	t.Helper()
	var list ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error %T is not a non-empty ErrorList: %v", err, err)
	}
	for _, e := range list {
		if e.Pos.File != "fuzz.yaml" || e.Pos.Line < 0 || e.Err == nil {
			t.Fatalf("error without a position: %#v", e)
		}
	}
}
