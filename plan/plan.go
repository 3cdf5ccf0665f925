package plan

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// Plan is a parsed, validated address plan.
type Plan struct {
	File    string // the name the plan was loaded from, used in errors and sources
	subnets []subnet
	byIPv4  map[netip.Prefix]int // index in subnets of each subnet's ipv4 prefix
	lengths []int                // the ipv4 prefix lengths of subnets, longest first
	hosts   map[string]hostEntry
}

// Scheme says how a subnet derives the interface ID of an IPv6 address from
// an IPv4 address.
type Scheme string

// The schemes of a subnet's host key.
const (
	// Mimic writes each IPv4 host octet as one 16-bit group whose hex digits
	// are the octet's decimal digits: 10.20.1.11 in a /24 gives ::11.
	Mimic Scheme = "mimic"
	// LowBits puts the value of the IPv4 host bits in the low bits:
	// 10.20.2.11 in a /24 gives ::b.
	LowBits Scheme = "low-bits"
	// Embed puts all 32 bits of the IPv4 address in the low 32 bits:
	// 192.0.2.5 gives ::c000:205.
	Embed Scheme = "embed"
)

// subnet is one entry of the plan's subnets list.
type subnet struct {
	line   int
	ipv4   netip.Prefix
	ipv6   netip.Prefix
	scheme Scheme
}

// hostEntry is one entry of the plan's hosts mapping: its addresses in
// the order written, and for an entry written as a mapping from the
// host's IPv4 addresses (byV4 set), the address of each.
type hostEntry struct {
	line  int
	addrs []netip.Addr
	byV4  map[netip.Addr]netip.Addr
}

// Source says which plan entry an address came from, so that generated
// records can cite it.
type Source struct {
	File   string
	Line   int          // line of the hosts entry, or of the subnet's list item
	Host   string       // canonical name of the hosts entry; empty for a subnet
	IPv4   netip.Prefix // the subnet's prefixes; zero for a hosts entry
	IPv6   netip.Prefix
	Scheme Scheme // the subnet's scheme; empty for a hosts entry
}

// String describes the source, for example
// "plan.yaml:3: subnet 10.20.1.0/24 -> fd20:0:0:1::/64 mimic" or
// "plan.yaml:14: hosts entry sip.contoso.com.".
func (s Source) String() string {
	at := s.File + ":" + strconv.Itoa(s.Line) + ": "
	if s.Host != "" {
		return at + "hosts entry " + s.Host
	}
	return fmt.Sprintf("%ssubnet %s -> %s %s", at, s.IPv4, s.IPv6, s.Scheme)
}

// Address is one IPv6 address for a host and the plan entry it came from.
type Address struct {
	Addr   netip.Addr
	Source Source
}

// Load reads and parses the plan file at path: a regular file of at most
// 4 MiB (yamlpos.ReadFile).
func Load(path string) (*Plan, error) {
	data, err := yamlpos.ReadFile(path)
	if errors.Is(err, yamlpos.ErrTooLarge) {
		return nil, &Error{File: path, Err: fmt.Errorf("plan is larger than %d MiB", yamlpos.MaxFileSize>>20)}
	}
	if err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a plan from data. file names the plan in errors and sources.
// The error lists every problem found, each as an *Error with its line.
func Parse(file string, data []byte) (*Plan, error) {
	root, err := decode(file, data)
	if err != nil {
		return nil, err
	}
	r := &reader{file: file}
	p := r.plan(root)
	if err := r.err(); err != nil {
		return nil, err
	}
	return p, nil
}
