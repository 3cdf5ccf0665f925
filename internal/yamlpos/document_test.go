package yamlpos

import (
	"errors"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestDocument: one document gives its root; no document gives nil; each
// problem of the text is an *Error at its line, wrapping its Err variable.
func TestDocument(t *testing.T) {
	tests := []struct {
		name, text string
		line       int   // 0: no error
		is         error // the Err variable wrapped
		msg        string
	}{
		{name: "one document", text: "a: 1\nb: [2, 3]\n"},
		{name: "empty", text: ""},
		{name: "comments only", text: "# nothing\n\n# yet\n"},
		{name: "second document", text: "a: 1\n---\nb: 2\n", line: 2, is: ErrSecondDocument, msg: "more than one YAML document"},
		{name: "second empty document", text: "a: 1\n--- \n", line: 2, is: ErrSecondDocument, msg: "more than one YAML document"},
		{name: "scanner error", text: "a: 1\nb: \"c\n", line: 2, is: ErrSyntax, msg: "invalid YAML: found unexpected end of stream"},
		{name: "scanner error that did not find", text: "a: 1\nb: &\n", line: 2, is: ErrSyntax, msg: "invalid YAML: did not find expected alphabetic or numeric character"},
		{name: "parser error", text: "a: 1\nb: 2\n- c\n", line: 3, is: ErrSyntax, msg: "invalid YAML: did not find expected key"},
		{name: "parser error in the second document", text: "a: 1\n---\nb: [2\n", line: 3, is: ErrSyntax, msg: "invalid YAML: did not find expected ',' or ']'"},
		{name: "not UTF-8", text: "a: 1\n# caf\xe9\n", line: 2, is: ErrNotUTF8, msg: "not UTF-8 (byte 0xe9)"},
		{name: "control character", text: "a: 1\n\nb: \"\x01\"\n", line: 3, is: ErrControl, msg: "control character U+0001"},
		{name: "NUL on the first line", text: "\x00", line: 1, is: ErrControl, msg: "control character U+0000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := Document([]byte(tt.text))
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				if (root == nil) != (tt.text == "" || tt.text[0] == '#') {
					t.Errorf("root %v", root)
				}
				return
			}
			var te *Error
			if !errors.As(err, &te) || te.Line != tt.line || !errors.Is(err, tt.is) || te.Err.Error() != tt.msg {
				t.Errorf("error %v, want line %d: %s", err, tt.line, tt.msg)
			}
			if root != nil {
				t.Errorf("root %v with an error", root)
			}
		})
	}
}

// TestDocumentRoot: the root is the document's top node, and a document
// with nothing in it is a null scalar, not "no document".
func TestDocumentRoot(t *testing.T) {
	for text, kind := range map[string]yaml.Kind{"a: 1\n": yaml.MappingNode, "- a\n": yaml.SequenceNode, "---\n": yaml.ScalarNode, "~\n": yaml.ScalarNode} {
		root, err := Document([]byte(text))
		if err != nil || root == nil || root.Kind != kind {
			t.Errorf("Document(%q) = %v, %v; want a node of kind %v", text, root, err, kind)
		}
	}
}

// TestPrintableAsTheLibrary: checkText refuses a character exactly when
// the YAML library does (it says "control characters are not allowed"),
// so that the library never refuses one without a line.
func TestPrintableAsTheLibrary(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x100; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x2028, 0xd7ff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff)
	for _, r := range runes {
		text := []byte("a: \"" + string(r) + "\"\n")
		var n yaml.Node
		libErr := yaml.Unmarshal(text, &n)
		refused := libErr != nil && libErr.Error() == "yaml: control characters are not allowed"
		if printable(r) == refused {
			t.Errorf("%U: printable %v, library error %v", r, printable(r), libErr)
		}
	}
}
