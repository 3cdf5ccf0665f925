package rrdiff

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// WriteText writes d for people: the changes of each owner under a
// "; NAME" line, removed records as "- RECORD" and added ones as
// "+ RECORD" in master file syntax, a TTL change of an RRset as
// "~ NAME CLASS TYPE ttl OLD -> NEW", then a blank line and the summary.
// An empty diff is the single line "no changes".
func (d Diff) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i, c := range d.Changes {
		if i == 0 || c.Name != d.Changes[i-1].Name {
			if i > 0 {
				bw.WriteByte('\n')
			}
			bw.WriteString("; " + c.Name + "\n")
		}
		writeChange(bw, c)
	}
	if !d.Empty() {
		bw.WriteByte('\n')
	}
	bw.WriteString(d.Summary().String() + "\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write diff: %w", err)
	}
	return nil
}

// writeChange writes the lines of one RRset: the TTL change, then the
// removed records, then the added ones. bufio.Writer keeps the first
// error for Flush to return.
func writeChange(bw *bufio.Writer, c Change) {
	if c.TTLChanged() {
		bw.WriteString("~ " + c.Name + "\t" + c.Class.String() + "\t" + c.Type.String() + "\tttl " +
			strconv.FormatUint(uint64(c.OldTTL), 10) + " -> " + strconv.FormatUint(uint64(c.NewTTL), 10) + "\n")
	}
	for i := range c.Removed {
		bw.WriteString("- " + c.Removed[i].String() + "\n")
	}
	for i := range c.Added {
		bw.WriteString("+ " + c.Added[i].String() + "\n")
	}
}
