package review

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// staged is what a commit under way takes: the tree that git writes from
// its index, in the repository it commits to.
type staged struct {
	root string // the top of the repository's work tree
	tree string // the tree's object name
}

// stagedTree writes the tree of index file index (GIT_INDEX_FILE under a
// commit's hook), in the repository of the working directory, as git
// commit does: the files and links staged, and not the files only meant
// to be added (git add -N). Reading the staged files through a tree
// follows their symbolic links as the base's reading does (test 19c D3,
// D4). git gives a hook a relative index from the top of the work tree,
// where the hook starts; a hook that changed directory first read no file
// and passed every commit (test 19c D1). An index that names no file is
// an error, not a review of nothing.
func stagedTree(index string) (staged, error) {
	wd, err := os.Getwd()
	if err != nil {
		return staged{}, err
	}
	r, err := openRepo(wd)
	if err != nil {
		return staged{}, err
	}
	if !filepath.IsAbs(index) {
		index = filepath.Join(r.root, index)
	}
	if _, err := os.Stat(index); errors.Is(err, fs.ErrNotExist) {
		return staged{}, fmt.Errorf("GIT_INDEX_FILE %s names no file in %s", clip.Quote(index), r.root)
	}
	out, err := gitIndex(r.root, index, "write-tree")
	if err != nil {
		return staged{}, fmt.Errorf("the staged files (GIT_INDEX_FILE %s): %w", clip.Quote(index), err)
	}
	return staged{root: r.root, tree: strings.TrimSpace(string(out))}, nil
}
