package benchzone

import (
	"bufio"
	"fmt"
	"io"
)

// WritePlan writes an address plan (docs/plan.md) that covers every IPv4
// /16 of st.Subnets with the mimic scheme, the mapping the AAAA records
// Write writes follow.
func WritePlan(w io.Writer, st Stats) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Address plan of a generated zone (internal/benchzone): 10.S.0.0/16 -> fd6b:3c2e:51a0:S::/64.")
	fmt.Fprintln(bw, "version: 1")
	fmt.Fprintln(bw, "subnets:")
	for _, p := range st.Subnets {
		fmt.Fprintf(bw, "  - ipv4: %s\n    ipv6: %q\n    host: mimic\n", p, prefix6(p))
	}
	return bw.Flush()
}
