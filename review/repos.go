package review

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
)

// repos finds the git repository of each file reviewed, the one git finds
// from the file's own directory: the files of one review may lie in
// several (a submodule's zones beside the superproject's), and a file of
// a submodule read through the superproject's repository was not there at
// the base, so it looked new, whatever it changed (test 19a D3). Each
// repository is asked once whether it has the base.
type repos struct {
	base   string
	byDir  map[string]*baseRepo // by the directory a file lies in
	byRoot map[string]*baseRepo // by the top of the work tree
}

// baseRepo is a repository and what it knows of the base revision.
type baseRepo struct {
	*repo
	unborn bool // the base is HEAD and the repository has no commit yet: every file is new
}

// close ends what the repositories started.
func (s *repos) close() {
	for _, r := range s.byRoot {
		r.close()
	}
}

func newRepos(base string) *repos {
	return &repos{base: base, byDir: map[string]*baseRepo{}, byRoot: map[string]*baseRepo{}}
}

// of returns the repository of file, whose base is checked the first
// time the repository is met.
func (s *repos) of(file string) (*baseRepo, error) {
	dir := existingDir(filepath.Dir(file))
	if r, ok := s.byDir[dir]; ok {
		return r, nil
	}
	r, err := openRepo(dir)
	if errors.Is(err, exec.ErrNotFound) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err) // which of the files given (test 21r #5)
	}
	br, ok := s.byRoot[r.root]
	if !ok {
		br = &baseRepo{repo: r, unborn: s.base == "HEAD" && !r.hasCommits()}
		if err := r.verify(s.base); err != nil && !br.unborn {
			return nil, err
		}
		s.byRoot[r.root] = br
	}
	s.byDir[dir] = br
	return br, nil
}
