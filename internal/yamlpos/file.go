package yamlpos

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/zonegen/zonegen/internal/clip"
)

// MaxFileSize bounds the YAML files ReadFile reads: a plan, a topology or
// a config file is a few kilobytes.
const MaxFileSize = 4 << 20

// The problems ReadFile finds before the text is read. Its error is an
// *fs.PathError whose Err is one of them, or the file system's error.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
)

// ReadFile reads the YAML file at name, which must be a regular file of
// at most MaxFileSize bytes: the one reader of the plan, the topology and
// the config file. A directory, a device or a FIFO is refused before it is
// opened (opening a FIFO waits for a writer; /dev/zero never ends), and
// the reading stops at the cap, so that no input hangs the run or fills
// its memory (test 13 D1). The error is an *fs.PathError: "open NAME: no
// such file or directory", "open NAME: not a regular file", "read NAME:
// larger than 4 MiB" (errors.Is with ErrNotRegular, ErrTooLarge), which
// the caller words with what the file is.
func ReadFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err == nil && !fi.Mode().IsRegular() {
		err = ErrNotRegular
	}
	if err != nil {
		return nil, openError(name, err)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The name may have been replaced between Stat and Open: what was
	// opened is judged too (a FIFO swapped in then would have waited).
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, openError(name, ErrNotRegular)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrTooLarge}
	}
	return data, nil
}

// openError is err, the error of Stat or ErrNotRegular, as the error of
// opening name: what goes wrong is said as os.Open says it. A name the
// system refused as too long is cut (clip.Path).
func openError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &fs.PathError{Op: "open", Path: clip.Path(name, err), Err: err}
}
