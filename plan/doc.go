// Package plan reads zonegen's IPv6 address plan and derives the AAAA
// addresses of hosts from their A records. It owns the plan format, its
// validation and the address arithmetic; the fix command decides what to do
// with the addresses and makes the no-plan findings.
//
// A plan (version 1) is a YAML file:
//
//	version: 1
//	subnets:
//	  - ipv4: 10.20.1.0/24
//	    ipv6: "fd20:0:0:1::/64"
//	    host: mimic        # 10.20.1.11 -> fd20:0:0:1::11
//	  - ipv4: 10.20.2.0/24
//	    ipv6: "fd20:0:0:2::/64"
//	    host: low-bits     # 10.20.2.11 -> fd20:0:0:2::b
//	  - ipv4: 192.0.2.0/24
//	    ipv6: "2001:db8:100::/96"
//	    host: embed        # 192.0.2.5 -> 2001:db8:100::c000:205
//	hosts:
//	  sip.contoso.com.: "2001:db8:100::10"
//	  pool01.contoso.com: ["fd20:0:0:1::a", "fd20:0:0:1::b"]
//
// The schemes write the interface ID into the low bits of the IPv6 prefix:
//
//   - mimic takes the host octets of the IPv4 address (the octets its
//     prefix does not cover completely: one for a /24, two for a /16 or a
//     /20, network bits of a partial octet included) and writes each as one
//     16-bit group whose hex digits are the octet's decimal digits, so the
//     address reads the same: 10.20.17.5 in 10.20.16.0/20 gives ::17:5, and
//     octet 255 gives group 0x255. It needs 16 bits per host octet after the
//     IPv6 prefix.
//   - low-bits puts the value of the IPv4 host bits (address AND NOT mask)
//     in the low bits. It needs as many bits after the IPv6 prefix as the
//     IPv4 prefix leaves for hosts.
//   - embed puts all 32 bits of the IPv4 address in the low 32 bits, as
//     RFC 6052 does for a /96 (the u octet of the shorter RFC 6052 layouts is
//     not used). It needs an IPv6 prefix of /96 or shorter.
//
// Mimic and low-bits need host bits, so an IPv4 /32 takes embed or a hosts
// entry. A derived address that would be the prefix's subnet-router
// anycast address (host part zero, as for a network address under
// low-bits) is refused with an error, as is one outside the prefix.
//
// An address is mapped by the most specific subnet (longest ipv4 prefix)
// that holds it; subnets of different lengths may overlap, two with the
// same ipv4 prefix may not. A host's A records are mapped one to one, so a
// pool with three A records gets three AAAA. A hosts entry wins over the
// subnets; its value is one address or a list of them, and a host with A
// records needs one address per A record. Host names are case-insensitive
// and may omit the trailing dot. A host that no entry covers is reported
// with ErrNotCovered: the plan never invents an address.
//
// The plan is read strictly: an unknown or repeated key, a missing field, a
// version other than 1, a prefix of the wrong family or with host bits set,
// an unknown scheme, a scheme whose host bits do not fit after the IPv6
// prefix, two subnets whose derived ranges overlap (two hosts could get the
// same AAAA; two embed subnets never do), an explicit address that is not
// IPv6 or is IPv4-mapped, and any prefix or address in a range no host may
// use (unspecified, loopback, IPv4-compatible, IPv4-mapped, link-local,
// site-local, multicast) is an error. Every error starts with the plan
// file's name and line, "plan.yaml:7: ...", and Parse reports all it finds.
// For a YAML syntax error the line is the one the YAML library gives: where
// the construct that fails begins. docs/plan.md describes the format for
// users.
package plan
