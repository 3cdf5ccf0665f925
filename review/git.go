package review

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/zonegen/zonegen/internal/clip"
	"github.com/zonegen/zonegen/zone"
)

// repo is a git working tree.
type repo struct {
	root string // absolute path of the top of the working tree
	// cat answers the requests for files at a revision (show), started
	// at the first; close ends it
	cat     *catFile
	catOnce sync.Once
	catErr  error
}

// close ends what the repository started.
func (r *repo) close() {
	if r.cat != nil {
		r.cat.close()
	}
}

// openRepo finds the git repository that holds dir. Without git on the
// PATH, the error says that review needs it, not that dir is in no
// repository (test 20c #4).
func openRepo(dir string) (*repo, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if errors.Is(err, exec.ErrNotFound) {
		return nil, fmt.Errorf("git is needed and was not found: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("not in a git repository: %w", err)
	}
	return &repo{root: strings.TrimSpace(string(out))}, nil
}

// rel returns the path of a file relative to the top of the repository,
// with forward slashes, as git names it.
func (r *repo) rel(file string) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	root := r.root
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || !filepath.IsLocal(rel) {
		return "", fmt.Errorf("%s is outside the repository %s", file, r.root)
	}
	return filepath.ToSlash(rel), nil
}

// verify checks that rev names a commit. In a shallow clone, the default
// checkout of CI (actions/checkout fetches one commit), the error says so:
// "no commit HEAD~1" alone did not (test 13 D11).
func (r *repo) verify(rev string) error {
	if _, err := git(r.root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		if out, err := git(r.root, "rev-parse", "--is-shallow-repository"); err == nil && strings.TrimSpace(string(out)) == "true" {
			return fmt.Errorf("no commit %s in %s, a shallow clone: fetch the history (git fetch --unshallow, or fetch-depth: 0 for actions/checkout)", clip.Quote(rev), r.root)
		}
		return fmt.Errorf("no commit %s in %s", clip.Quote(rev), r.root)
	}
	return nil
}

// hasCommits reports whether the current branch has a commit (a new
// repository's first commit is still to come).
func (r *repo) hasCommits() bool {
	_, err := git(r.root, "rev-parse", "--verify", "--quiet", "HEAD")
	return err == nil
}

// git runs a git command in dir, in the repository that git discovers
// from dir (see gitEnv).
func git(dir string, args ...string) ([]byte, error) { return gitIndex(dir, "", args...) }

// gitIndex is git with index as git's index file (GIT_INDEX_FILE), or
// with the repository's own when index is "".
func gitIndex(dir, index string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = gitEnv(os.Environ())
	if index != "" {
		cmd.Env = append(cmd.Env, "GIT_INDEX_FILE="+index)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if msg := strings.TrimSpace(stderr.String()); err != nil && msg != "" {
		return nil, errors.New("git " + strings.Join(args, " ") + ": " + msg)
	}
	if err != nil {
		return nil, fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return out, nil
}

// revFS is the tree of a revision below a directory, as an fs.FS, so that
// a zone and the files it includes are read as they were at rev.
type revFS struct {
	blobs *blobs
	dir   string // repository path of the directory the FS starts at
}

// Open opens a file of the tree. Its name need not be UTF-8 (a Latin-1
// café.zone, committed as git stores it): zone.ValidPath, not
// fs.ValidPath, checks it, as the reader of the working tree does.
func (f revFS) Open(name string) (fs.File, error) {
	if !zone.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	data, ok, err := f.blobs.show(path.Join(f.dir, name))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return zone.NewMemFile(name, data), nil
}

// blobs holds the files of a revision that have been read from git, so
// that each is fetched once however often the reader opens it: zone
// stats a file before it opens it, and opens a large one again for each
// segment it parses in parallel, and each fetch is a git process that
// writes out the whole file. The files stay in memory as long as the
// blobs do: one zone file read at the base revision and its includes.
type blobs struct {
	repo  *repo
	rev   string
	at    string     // the revision as messages name it
	mu    sync.Mutex // held while a file is fetched, so that none is fetched twice
	files map[string]blob
}

// blob is a file at the revision; ok is false when it did not exist.
type blob struct {
	data []byte
	ok   bool
}

func newBlobs(r *repo, rev, at string) *blobs {
	return &blobs{repo: r, rev: rev, at: at, files: map[string]blob{}}
}

// show returns a file (a repository path) as it was at the revision, as
// repo.show does, fetching it from git the first time only. An error is
// not kept: the next call tries again.
func (b *blobs) show(rel string) ([]byte, bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if f, ok := b.files[rel]; ok {
		return f.data, f.ok, nil
	}
	data, ok, err := b.repo.show(b.rev, b.at, rel)
	if err != nil {
		return nil, false, err
	}
	b.files[rel] = blob{data: data, ok: ok}
	return data, ok, nil
}

// repoVars are the variables that tell git which repository, work tree,
// index and object store to use instead of discovering them from the
// current directory (git rev-parse --local-env-vars lists them). git sets
// some for its hooks (GIT_DIR and GIT_INDEX_FILE in a linked worktree),
// and with GIT_DIR and no GIT_WORK_TREE it takes the current directory as
// the top of the work tree, so every file below it looked new. Then review
// needs none of them: it reads the new version from disk (or from the
// tree of the index file that Options.Index names, given back to git to
// write that tree alone) and the old one from a commit, and a file's own
// directory names its repository. With GIT_WORK_TREE set, the variables describe a repository
// kept apart from its work tree (a bare one, say), which no directory of
// the work tree names: they are kept, made absolute, since git runs in
// each file's directory.
var repoVars = []string{
	"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
	"GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_PREFIX", "GIT_IMPLICIT_WORK_TREE",
	"GIT_NAMESPACE", "GIT_GRAFT_FILE", "GIT_SHALLOW_FILE", "GIT_NO_REPLACE_OBJECTS",
	"GIT_REPLACE_REF_BASE", "GIT_INTERNAL_SUPER_PREFIX",
}

// gitEnv returns env without repoVars, so that git finds the repository
// of the directory it runs in; or, with GIT_WORK_TREE set, env with the
// paths among them made absolute.
func gitEnv(env []string) []string {
	explicit := slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "GIT_WORK_TREE=") })
	out := make([]string, 0, len(env))
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		switch {
		case !slices.Contains(repoVars, name):
			out = append(out, kv)
		case explicit && slices.Contains(repoPaths, name) && value != "" && !filepath.IsAbs(value):
			if abs, err := filepath.Abs(value); err == nil {
				kv = name + "=" + abs
			}
			out = append(out, kv)
		case explicit:
			out = append(out, kv)
		}
	}
	return out
}

// repoPaths are the repoVars that hold one path.
var repoPaths = []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"}
