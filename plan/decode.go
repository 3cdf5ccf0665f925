package plan

import (
	"errors"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// decode turns data into a YAML node tree and returns its root node. It
// accepts one UTF-8 document (yamlpos.Document), and reports its problems
// with their line, worded for a plan.
func decode(file string, data []byte) (*yaml.Node, error) {
	root, err := yamlpos.Document(data)
	var te *yamlpos.Error
	switch {
	case errors.As(err, &te) && errors.Is(te, yamlpos.ErrNotUTF8):
		return nil, &Error{File: file, Line: te.Line, Err: errors.New("invalid UTF-8 (a plan is UTF-8 text)")}
	case errors.As(err, &te):
		return nil, &Error{File: file, Line: te.Line, Err: te.Err}
	case root == nil:
		return nil, &Error{File: file, Line: 1, Err: errors.New("empty plan (want version: 1)")}
	}
	return root, nil
}
