// Package benchzone writes large, realistic zone files of Lync / Skype for
// Business deployments for zonegen's benchmarks and its bench script
// (docs/performance.md): a forward zone like a big enterprise's or a
// provider's, with sites under $ORIGIN switches, Lync tenants with pools,
// SRV records and CNAME chains, plain hosts with A records only, TXT and MX
// records, and the file syntax BIND accepts (relative and absolute owners,
// blank-owner continuations, parentheses, comments). The output is
// deterministic: the same Options give the same bytes.
//
// It also writes an address plan (docs/plan.md) that covers every address
// it hands out, so that zonegen fix derives an AAAA for every Lync host
// that lacks one, and directories of many small zones.
//
// The package is a test fixture: it never imports miekg/dns or zonegen's
// own packages, so that what it writes is checked by them, not with them.
package benchzone
