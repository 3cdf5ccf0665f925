package audit

// checkNoPlan is reported by zonegen fix.
var checkNoPlan = &Check{
	ID:       "no-plan",
	Severity: Error,
	Stage:    "fix",
	Title:    "(fix) no address-plan entry covers a host that needs an AAAA",
	Text: "zonegen fix derives AAAA records from the address plan and never invents an address. A host " +
		"that needs an AAAA and whose IPv4 addresses no subnet of the plan covers (and that has no " +
		"explicit hosts: entry) is left without one; the fragment shows it as a commented-out line.",
	Bad:  "subnets:\n  - {ipv4: 10.0.1.0/24, ipv6: \"fd00:10::/64\", host: mimic}\n; fe09 A 10.0.9.19 is not covered",
	Good: "subnets:\n  - {ipv4: 10.0.1.0/24, ipv6: \"fd00:10::/64\", host: mimic}\n  - {ipv4: 10.0.9.0/24, ipv6: \"fd00:90::/64\", host: mimic}",
	Ref:  "zonegen address plan (docs/plan.md)",
}

// NoPlan is the check that zonegen fix reports.
func NoPlan() *Check { return checkNoPlan.copy() }
