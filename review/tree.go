package review

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// maxLinks bounds the symbolic links followed for one file of the base
// tree, so that a loop of links ends.
const maxLinks = 8

// show returns a file as it was at rev, and false when it did not exist.
// A symbolic link in the tree (mode 120000, whose blob is the link's
// text) is followed to its target's blob, within the tree; a link that
// leads out of the repository is an error, as the working tree's reader
// would refuse it too.
func (r *repo) show(rev, rel string) ([]byte, bool, error) {
	for range maxLinks + 1 {
		mode, ok, err := r.mode(rev, rel)
		if err != nil || !ok {
			return nil, false, err
		}
		switch mode {
		case "100644", "100755":
			out, err := git(r.root, "cat-file", "blob", rev+":"+rel)
			return out, err == nil, err
		case "120000":
			if rel, err = r.follow(rev, rel); err != nil {
				return nil, false, err
			}
		default:
			return nil, false, fmt.Errorf("%s at %s is not a file (mode %s)", rel, rev, mode)
		}
	}
	return nil, false, fmt.Errorf("%s at %s: more than %d symbolic links", rel, rev, maxLinks)
}

// mode returns the mode of a path in rev's tree, and false when the tree
// has no such path.
func (r *repo) mode(rev, rel string) (string, bool, error) {
	out, err := git(r.root, "ls-tree", "-z", rev, "--", rel)
	if err != nil {
		return "", false, err
	}
	entry, _, _ := bytes.Cut(out, []byte{0}) // mode SP type SP object TAB path
	mode, _, ok := strings.Cut(string(entry), " ")
	return mode, ok, nil
}

// follow returns the repository path that the symbolic link at rel points
// to, relative to the link's directory.
func (r *repo) follow(rev, rel string) (string, error) {
	target, err := git(r.root, "cat-file", "blob", rev+":"+rel)
	if err != nil {
		return "", err
	}
	next := path.Join(path.Dir(rel), string(target))
	if path.IsAbs(string(target)) || !fs.ValidPath(next) {
		return "", fmt.Errorf("%s at %s: symbolic link to %s leads out of the repository", rel, rev, target)
	}
	return next, nil
}
