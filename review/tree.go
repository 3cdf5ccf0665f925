package review

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"strings"
)

// show returns a file as it was at rev, and false when it did not exist;
// an error names the revision as at says (the staged files, for a tree
// that has no other name), and not the file: the reader of an include
// (revFS.Open's PathError) or readAt names it, once (review 20 #4).
// git follows the symbolic links of the tree for it, in the file's name
// and in the directories on its way (cat-file --follow-symlinks): the
// working tree's reader follows them too. A link that leads out of the
// repository, or a loop of links, is an error, as the working tree's
// reader would refuse it.
func (r *repo) show(rev, at, rel string) ([]byte, bool, error) {
	if strings.ContainsAny(rel, "\n\r") {
		return r.showApart(rev, at, rel)
	}
	r.catOnce.Do(func() { r.cat, r.catErr = startCatFile(r.root) })
	if r.catErr != nil {
		return nil, false, r.catErr
	}
	h, body, err := r.cat.request(rev + ":" + rel)
	if err != nil {
		return nil, false, fmt.Errorf("%w at %s", err, at)
	}
	f := strings.Fields(h)
	switch {
	case strings.HasSuffix(h, " missing"):
		return nil, false, r.lostObject(rev, at, rel)
	case len(f) > 0 && (f[0] == "dangling" || f[0] == "notdir"):
		return nil, false, nil
	case len(f) > 0 && f[0] == "symlink":
		return nil, false, fmt.Errorf("symbolic link to %s leads out of the repository at %s", firstLine(body), at)
	case len(f) > 0 && f[0] == "loop":
		return nil, false, fmt.Errorf("a loop of symbolic links at %s", at)
	case len(f) == 3 && f[1] != "blob":
		return nil, false, &notFileError{rel: rel, rev: at, kind: f[1]}
	case len(f) == 3:
		return body, true, nil
	}
	return nil, false, fmt.Errorf("git cat-file said %q at %s", h, at)
}

// lostObject tells apart the two things cat-file calls missing: a path
// that rev's tree does not hold, for which it returns nil (the file is
// new), and a file whose object the repository has lost (a damaged or
// partial clone), or the object of a directory on its way, which is an
// error: taken for a new file, the change would be reviewed without its
// serial check (test 20e D7, review 21 #1). It walks rev's trees down
// rel from the same cat-file. A symbolic link on the way, which cat-file
// followed, ends the walk: the path is not there.
func (r *repo) lostObject(rev, at, rel string) error {
	spec, parts := rev+"^{tree}", strings.Split(rel, "/")
	for i, name := range parts {
		h, body, err := r.cat.request(spec)
		if err != nil {
			return fmt.Errorf("%w at %s", err, at)
		}
		f := strings.Fields(h)
		if strings.HasSuffix(h, " missing") {
			return &lostError{fmt.Sprintf("git object %s, the directory %s at %s, is missing from the repository (a damaged or partial clone: git fsck tells more)",
				strings.TrimSuffix(h, " missing"), path.Join(append([]string{"."}, parts[:i]...)...), at)}
		}
		if len(f) != 3 || f[1] != "tree" {
			return nil
		}
		oid, mode, err := treeEntry(body, name, len(f[0])/2)
		if err != nil {
			return fmt.Errorf("%w at %s", err, at)
		}
		switch {
		case oid == "", mode == "160000", mode == "120000" && i < len(parts)-1:
			return nil // not there, a submodule's commit, or a link cat-file followed
		case i == len(parts)-1:
			return &lostError{fmt.Sprintf("git object %s of the file at %s is missing from the repository (a damaged or partial clone: git fsck tells more)", oid, at)}
		}
		spec = oid
	}
	return nil
}

// lostError is an object the repository has lost: the review stops on it,
// even when it is an $INCLUDEd file's, whose error a base that does not
// parse would otherwise hold (review drops the serial check then: test
// 21x #1).
type lostError struct{ msg string }

func (e *lostError) Error() string { return e.msg }

// treeEntry returns the object name (hexadecimal) and mode of entry name
// in tree, the body of a git tree object: entries of "MODE NAME", a NUL
// and the object name in idLen bytes; "" when tree has no such entry.
func treeEntry(tree []byte, name string, idLen int) (oid, mode string, err error) {
	for len(tree) > 0 {
		sp, nul := bytes.IndexByte(tree, ' '), bytes.IndexByte(tree, 0)
		if sp < 0 || nul < sp || len(tree) < nul+1+idLen {
			return "", "", errors.New("git cat-file gave a tree that cannot be read")
		}
		if string(tree[sp+1:nul]) == name {
			return hex.EncodeToString(tree[nul+1 : nul+1+idLen]), string(tree[:sp]), nil
		}
		tree = tree[nul+1+idLen:]
	}
	return "", "", nil
}

// showApart is show for a path with a line end in it, which cat-file
// --batch cannot be asked for on its line (test 19e F2: the review of
// every file stopped): git is asked for it by its arguments, and a
// symbolic link at that path is not followed.
func (r *repo) showApart(rev, at, rel string) ([]byte, bool, error) {
	oid, err := git(r.root, "rev-parse", "--verify", "--quiet", rev+":"+rel)
	if err != nil {
		return nil, false, nil // no such path at rev
	}
	id := strings.TrimSpace(string(oid))
	kind, err := git(r.root, "cat-file", "-t", id)
	if err != nil {
		return nil, false, fmt.Errorf("%w at %s", err, at)
	}
	if k := strings.TrimSpace(string(kind)); k != "blob" {
		return nil, false, &notFileError{rel: rel, rev: at, kind: k}
	}
	data, err := git(r.root, "cat-file", "blob", id)
	if err != nil {
		return nil, false, fmt.Errorf("%w at %s", err, at)
	}
	return data, true, nil
}

// firstLine returns b up to its first line end.
func firstLine(b []byte) string {
	line, _, _ := bytes.Cut(b, []byte{'\n'})
	return string(line)
}

// notFileError is a path that is something else than a file at a
// revision: a directory (a tree), or a submodule (a commit).
type notFileError struct {
	rel, rev, kind string
}

func (e *notFileError) Error() string {
	return fmt.Sprintf("%s at %s is not a file (a %s)", e.rel, e.rev, e.kind)
}
