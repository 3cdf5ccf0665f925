package rrdiff_test

import (
	"errors"
	"testing"

	"github.com/zonegen/zonegen/rrdiff"
)

var errBroken = errors.New("broken pipe")

type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errBroken }

func TestWriteError(t *testing.T) {
	d := rrdiff.Compare(nil, readRecords(t, base))
	for name, write := range map[string]func() error{
		"text": func() error { return d.WriteText(brokenWriter{}) },
		"json": func() error { return d.WriteJSON(brokenWriter{}) },
	} {
		if err := write(); !errors.Is(err, errBroken) {
			t.Errorf("%s: got error %v, want one that wraps %v", name, err, errBroken)
		}
	}
}
