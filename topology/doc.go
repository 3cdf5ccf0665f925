// Package topology reads the description of a Lync Server 2013 / Skype for
// Business deployment (the topology YAML of `zonegen generate`), checks it
// for the problems DNS cannot fix later (pools that mix IPv6 scopes, Edge
// address families Lync does not support, SIP domains without a pool), and
// produces the DNS records each view needs, as data and as zone fragments.
//
// The flow is one way: Parse or ReadFile builds a Topology (strictly: an
// unknown key, a bad name or address is an error with the file and line);
// Validate reports its problems as audit findings at topology lines; Records,
// Zone and Render produce the records of a View. Every record keeps the topology line that asked for it,
// so findings about the records map back to the topology file.
//
// The format and the decisions behind the records are documented in
// docs/topology.md.
package topology
