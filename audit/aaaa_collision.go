package audit

// checkAAAACollision is reported by zonegen fix.
var checkAAAACollision = &Check{
	ID:       "aaaa-collision",
	Severity: Error,
	Stage:    "fix",
	Title:    "(fix) the address plan gives a host an IPv6 address another name has or gets",
	Text: "zonegen fix never writes an address that two servers would share. When the address the plan " +
		"gives a host for one of its IPv4 addresses is also an AAAA of another name, or what the plan " +
		"gives another name, and that name does not have the same IPv4 address, the host gets no AAAA " +
		"and this finding names the other name. A hosts entry that repeats a derived address does this, " +
		"and so does a derived address already given by hand. Names that share the IPv4 address share " +
		"the IPv6 one: a DNS-load-balanced pool name and its servers, two names of one server. Both " +
		"hosts of a pair that the plan gives one address are left out, whichever comes first: the plan " +
		"does not say which is right.",
	Bad: "hosts:\n  sip.contoso.com: \"fd00:10::11\"   # sip A 10.0.1.12\n" +
		"subnets:\n  - {ipv4: 10.0.1.0/24, ipv6: \"fd00:10::/64\", host: mimic}   # pool01 A 10.0.1.11 -> fd00:10::11",
	Good: "hosts:\n  sip.contoso.com: \"fd00:10::12\"\n" +
		"subnets:\n  - {ipv4: 10.0.1.0/24, ipv6: \"fd00:10::/64\", host: mimic}",
	Ref: "zonegen address plan (docs/plan.md); RFC 4291 section 2 (a unicast address identifies a single interface)",
}

// AAAACollision is the check that zonegen fix reports for a host whose new
// address another name has or gets.
func AAAACollision() *Check { return checkAAAACollision.copy() }
