package zone

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// include opens an $INCLUDEd file inside the include root and pushes it.
func (f *feeder) include(src *source, arg string, pos Pos) error {
	tok, err := includeArgs(arg)
	if err != nil {
		return err
	}
	if len(f.stack) > f.opt.Limits.MaxDepth {
		return fmt.Errorf("$INCLUDE nested more than %d deep", f.opt.Limits.MaxDepth)
	}
	// Each $INCLUDE costs an open and a scan however little the file
	// holds: twenty includes of a file that includes itself twenty times
	// over, five deep, were 3.2 million files read.
	if f.includes++; f.includes > f.opt.Limits.MaxIncludes {
		return fmt.Errorf("more $INCLUDEs than the limit of %d", f.opt.Limits.MaxIncludes)
	}
	origin := f.origin
	if len(tok) > 1 {
		abs, err := absName(tok[1], f.origin)
		if err != nil {
			return fmt.Errorf("$INCLUDE: %w", err)
		}
		origin = canonical(abs)
		if err := checkNameLength(origin); err != nil {
			return fmt.Errorf("$INCLUDE: %w", err)
		}
	}
	name, err := f.resolve(src, unquote(tok[0]))
	if err != nil {
		return err
	}
	src.resume = src.owner() // and BIND restores it after the $INCLUDE
	if err := f.push(name, origin); err != nil {
		if escapesRoot(err) {
			return fmt.Errorf("$INCLUDE outside the include root: %s (a symbolic link)", unquote(tok[0]))
		}
		return err
	}
	f.parts++ // an included file's start
	f.emitDirective("$ORIGIN "+origin, pos)
	return nil
}

// includeArgs returns the file name and the origin, if given, of an
// $INCLUDE's argument, its comment left out. A field after the origin is an
// error, as in BIND ("extra input text"), and as for $TTL and $ORIGIN.
func includeArgs(arg string) ([]string, error) {
	tok := fields([]byte(arg), 0)
	for i, t := range tok {
		if t[0] == ';' {
			tok = tok[:i]
			break
		}
	}
	switch {
	case len(tok) == 0:
		return nil, errors.New("$INCLUDE without a file name")
	case len(tok) > 2:
		return nil, fmt.Errorf("$INCLUDE: extra text %s after the origin", clip.Quote(tok[2]))
	}
	return tok, nil
}

// resolve finds an included file in the include root: relative to the
// including file's directory, or absolute inside the root.
func (f *feeder) resolve(src *source, name string) (string, error) {
	var p string
	if path.IsAbs(name) {
		rel, ok := f.opt.rootRelative(name)
		if !ok {
			return "", fmt.Errorf("$INCLUDE outside the include root: %s", name)
		}
		p = rel
	} else {
		p = path.Join(path.Dir(src.path), name)
	}
	if !ValidPath(p) {
		return "", fmt.Errorf("$INCLUDE outside the include root: %s", name)
	}
	for _, s := range f.stack {
		if s.path == p {
			return "", fmt.Errorf("$INCLUDE loop: %s includes itself", name)
		}
	}
	return p, nil
}

// push opens a file and makes it the current source.
func (f *feeder) push(p, origin string) error {
	r, size, err := openRegular(f.fsys, p)
	if err != nil {
		return err
	}
	file := f.opt.display(p)
	src := &source{
		sc:     f.opt.scanner(r, size, file),
		close:  r.Close,
		path:   p,
		file:   file,
		origin: f.origin,
	}
	if len(f.stack) > 0 {
		f.noteInclude(file)
		// BIND lets the included file's first records inherit the owner,
		// and restores it after the file's own $INCLUDE or $GENERATE: the
		// file's last owner is the parent's until it writes one (without
		// it, owner gave "" there, and the blank owner after took the last
		// name read, review 20 #1).
		parent := f.stack[len(f.stack)-1]
		src.hasOwner, src.resume = parent.hasOwner, parent.resume
		src.lastOwner, src.lastOrigin = slices.Clone(parent.lastOwner), parent.lastOrigin
	}
	f.stack = append(f.stack, src)
	f.origin = origin
	return nil
}

// noteInclude adds an included file to the zone's list, once: a file
// included a thousand times is one file of the zone, not a thousand
// strings that stay.
func (f *feeder) noteInclude(file string) {
	if f.included[file] {
		return
	}
	if f.included == nil {
		f.included = map[string]bool{}
	}
	f.included[file] = true
	f.zone.Includes = append(f.zone.Includes, file)
}

// owner returns the absolute owner that a blank owner stands for, or "".
func (src *source) owner() string {
	if !src.hasOwner {
		return ""
	}
	owner, err := absName(string(src.lastOwner), src.lastOrigin)
	if err != nil {
		return ""
	}
	return owner
}

func (f *feeder) pop() {
	src := f.stack[len(f.stack)-1]
	src.close()
	f.opt.done(src.sc)
	f.stack = f.stack[:len(f.stack)-1]
	f.origin = src.origin
}

// errNotRegular is what a directory, a device or a FIFO is.
var errNotRegular = errors.New("not a regular file")

// openRegular opens a regular file; devices, FIFOs and directories are
// refused before they are read. The error is "p: what went wrong".
func openRegular(fsys fs.FS, p string) (fs.File, int64, error) {
	fi, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, 0, cleanPathError(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%s: %w", p, notRegular(fsys, p, fi))
	}
	r, err := fsys.Open(p)
	if err != nil {
		return nil, 0, cleanPathError(err)
	}
	return r, fi.Size(), nil
}

// notRegular says what p, of mode fi, is: a directory that cannot be
// listed (a directory audit lists it as a file, zoneFilesUnder) says why,
// since "not a regular file" hides the permission the user must fix.
func notRegular(fsys fs.FS, p string, fi fs.FileInfo) error {
	if !fi.IsDir() {
		return errNotRegular // a FIFO is not opened: that would wait for a writer
	}
	var pe *fs.PathError
	if _, err := fs.ReadDir(fsys, p); errors.As(err, &pe) {
		return fmt.Errorf("a directory that cannot be listed: %w", pe.Err)
	}
	return errNotRegular
}

// topFileError is the error of opening a zone file named on the command
// line (display, the path as given) that openRegular returned: what went
// wrong without the path, which the error's position gives already (as
// given, where openRegular names it relative to its directory). A path
// that os.Root finds to be a symbolic link out of the include root is
// said so, unless it leads to no regular file or through /dev or /proc
// (viaDevice): zonegen reads no standard input, and /dev/stdin (a link to
// /proc/self/fd/0) is "not a regular file" even when the shell gives it a
// file.
func topFileError(err error, display string) error {
	if escapesRoot(err) {
		fi, serr := os.Stat(display)
		if serr != nil || !fi.Mode().IsRegular() || viaDevice(display) {
			return errNotRegular
		}
		return errors.New("a symbolic link out of the include root (give the file's real path, or --include-root)")
	}
	if inner := errors.Unwrap(err); inner != nil {
		return inner
	}
	return err
}

// cleanPathError drops the operation from a *fs.PathError, and cuts a
// path the system refused as too long (clip.Path).
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", clip.Path(pe.Path, pe.Err), pe.Err)
	}
	return err
}

// escapesRoot reports whether err is os.Root's refusal of a path that
// leaves the root through a symbolic link (an error it does not export).
func escapesRoot(err error) bool {
	return strings.HasSuffix(err.Error(), "path escapes from parent")
}
