package rrdiff

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
)

// sortChanges sorts changes by owner name in DNS canonical order (RFC 4034
// §6.1: label by label from the right, each label as octets with ASCII
// letters in lower case, a name before the names below it), then by type
// and class. Names that are canonically equal but spelled apart
// (an escaped letter) are kept apart, in byte order.
func sortChanges(cs []Change) {
	keys := make(map[string][][]byte)
	for _, c := range cs {
		if _, ok := keys[c.Name]; !ok {
			keys[c.Name] = labels(c.Name)
		}
	}
	slices.SortFunc(cs, func(a, b Change) int {
		return cmp.Or(slices.CompareFunc(keys[a.Name], keys[b.Name], bytes.Compare),
			strings.Compare(a.Name, b.Name), cmp.Compare(a.Type, b.Type), cmp.Compare(a.Class, b.Class))
	})
}

// labels returns the labels of a domain name in presentation form,
// rightmost first, as octets (\X and \DDD escapes decoded) with ASCII
// letters in lower case. The root has no labels; the final dot is optional.
func labels(name string) [][]byte {
	var ls [][]byte
	var cur []byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '.':
			ls = append(ls, cur)
			cur = nil
			continue
		case c == '\\' && i+3 < len(name) && isDecimal(name[i+1:i+4]):
			c = byte(int(name[i+1]-'0')*100 + int(name[i+2]-'0')*10 + int(name[i+3]-'0'))
			i += 3
		case c == '\\' && i+1 < len(name):
			c = name[i+1]
			i++
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		cur = append(cur, c)
	}
	if cur != nil {
		ls = append(ls, cur)
	}
	if len(ls) == 1 && len(ls[0]) == 0 {
		return nil // the root, "."
	}
	slices.Reverse(ls)
	return ls
}

func isDecimal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
