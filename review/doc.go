// Package review checks a change to zone files before it is committed: it
// reads each file as it is now and as it was at a git revision (HEAD by
// default, so that a pre-commit hook sees the staged change), and reports
// the RRset-level diff, the findings the change introduces and a serial
// that did not grow. It reuses zone to read both versions, rrdiff to
// compare them and audit to check them; it adds only the git plumbing and
// the matching of findings across versions.
package review
