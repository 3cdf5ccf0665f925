package plan

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zonegen/zonegen/internal/yamlpos"
)

// parseErrorCase is a plan that Parse must refuse, with the whole error
// text it must give: every line starts with plan.yaml:LINE.
type parseErrorCase struct {
	name string
	plan string
	want string
}

// parseErrorCases are shared with FuzzParse as seeds.
func parseErrorCases() []parseErrorCase {
	const head = "version: 1\nsubnets:\n"
	return []parseErrorCase{
		{
			name: "unknown top-level key",
			plan: head + "  - {ipv4: 10.0.0.0/24, ipv6: \"fd00::/64\", host: mimic}\nhost:\n  a.contoso.com: \"fd00::1\"\n",
			want: `plan.yaml:4: plan: unknown key "host" (want version, subnets, hosts)`,
		},
		{
			name: "unknown subnet key",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    host: mimic\n    scheme: mimic\n",
			want: `plan.yaml:6: subnet 10.20.1.0/24: unknown key "scheme" (want ipv4, ipv6, host)`,
		},
		{
			name: "repeated key",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20:0:0:1::/64\"\n    ipv6: \"fd20:0:0:2::/64\"\n    host: mimic\n",
			want: `plan.yaml:5: subnet 10.20.1.0/24: ipv6 given twice (first at line 4)`,
		},
		{
			name: "merge key is unknown",
			plan: head + "  - &a {ipv4: 10.0.0.0/24, ipv6: \"fd00::/64\", host: mimic}\n  - <<: *a\n    ipv4: 10.0.1.0/24\n",
			want: "plan.yaml:4: subnet 10.0.1.0/24: unknown key \"<<\" (want ipv4, ipv6, host)\n" +
				"plan.yaml:4: subnet 10.0.1.0/24: missing ipv6\n" +
				"plan.yaml:4: subnet 10.0.1.0/24: missing host",
		},
		{
			name: "alias",
			plan: "version: 1\nsubnets:\n  - ipv4: &net 10.0.0.0/24\n    ipv6: *net\n    host: mimic\n",
			want: `plan.yaml:4: subnet 10.0.0.0/24: ipv6: want a value, got an alias (aliases are not supported)`,
		},
		{
			name: "missing version",
			plan: "subnets:\n  - {ipv4: 10.0.0.0/24, ipv6: \"fd00::/64\", host: mimic}\n",
			want: `plan.yaml:1: plan: missing version (want version: 1)`,
		},
		{
			name: "version 2",
			plan: "# plan\nversion: 2\nhosts: {a.contoso.com: \"fd00::1\"}\n",
			want: `plan.yaml:2: plan: unsupported version "2" (want 1)`,
		},
		// test 13 D11: the key at fault is named
		{
			name: "ipv4 given as a list",
			plan: "version: 1\nsubnets:\n  - {ipv4: [10.20.1.0/24], ipv6: \"fd20::/64\", host: mimic}\n",
			want: `plan.yaml:3: subnets[0]: ipv4: want a value, got a list`,
		},
		{
			name: "host given as a list",
			plan: "version: 1\nsubnets:\n  - {ipv4: 10.20.1.0/24, ipv6: \"fd20::/64\", host: [mimic]}\n",
			want: `plan.yaml:3: subnet 10.20.1.0/24: host: want a value, got a list`,
		},
		{
			name: "empty hosts key",
			plan: "version: 1\nhosts:\n  \"\": \"fd20::1\"\n",
			want: `plan.yaml:3: hosts: want a host name as the key, got ""`,
		},
		{
			name: "null hosts key",
			plan: "version: 1\nhosts:\n  ~: \"fd20::1\"\n",
			want: `plan.yaml:3: hosts: want a host name as the key, got nothing`,
		},
		{
			name: "version as a string",
			plan: "version: \"1\"\nhosts: {a.contoso.com: \"fd00::1\"}\n",
			want: `plan.yaml:1: plan: version: want the number 1, got the text "1" (write version: 1, without quotes)`,
		},
		{
			name: "missing fields",
			plan: head + "  - ipv4: 10.20.1.0/24\n",
			want: "plan.yaml:3: subnet 10.20.1.0/24: missing ipv6\n" +
				"plan.yaml:3: subnet 10.20.1.0/24: missing host",
		},
		{
			name: "empty value",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6:\n    host: mimic\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6: missing value`,
		},
		{
			name: "ipv4 is an IPv6 prefix",
			plan: head + "  - ipv4: \"fd00::/64\"\n    ipv6: \"fd00::/64\"\n    host: mimic\n",
			want: `plan.yaml:3: subnet fd00::/64: ipv4 "fd00::/64" is not an IPv4 prefix (want address/length)`,
		},
		{
			name: "ipv4 without a length",
			plan: head + "  - ipv4: 10.20.1.0\n    ipv6: \"fd00::/64\"\n    host: mimic\n",
			want: `plan.yaml:3: subnet 10.20.1.0: ipv4 "10.20.1.0" is not an IPv4 prefix (want address/length)`,
		},
		{
			name: "ipv4 with host bits",
			plan: head + "  - ipv4: 10.20.1.5/24\n    ipv6: \"fd00::/64\"\n    host: mimic\n",
			want: `plan.yaml:3: subnet 10.20.1.5/24: ipv4 prefix "10.20.1.5/24" has host bits set (the subnet is 10.20.1.0/24)`,
		},
		{
			name: "ipv6 is an IPv4 prefix",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: 10.20.1.0/24\n    host: mimic\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 "10.20.1.0/24" is not an IPv6 prefix (want address/length)`,
		},
		{
			name: "ipv6 with host bits",
			plan: "# The plan for contoso.\nversion: 1\n\nsubnets:\n  - ipv4: 10.20.1.0/24\n    # site 1\n    ipv6: \"fd20::1/64\"\n    host: mimic\n",
			want: `plan.yaml:7: subnet 10.20.1.0/24: ipv6 prefix "fd20::1/64" has host bits set (the prefix is fd20::/64)`,
		},
		{
			name: "ipv6 link-local",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"fe80::/64\"\n    host: mimic\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "fe80::/64" is no host's address space: fe80:: is link-local`,
		},
		{
			name: "ipv6 IPv4-mapped",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"::ffff:0:0/96\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "::ffff:0:0/96" is no host's address space: ::ffff:0.0.0.0 is reserved, an IPv4-mapped address`,
		},
		{
			name: "ipv6 NAT64 well-known prefix",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"64:ff9b::/96\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "64:ff9b::/96" is no host's address space: 64:ff9b:: is reserved, a NAT64 address (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215), which DNS64 makes and no server has`,
		},
		{
			name: "ipv6 discard-only",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"100::/64\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "100::/64" is no host's address space: 100:: is reserved, a discard-only address (100::/64, RFC 6666)`,
		},
		{
			name: "ipv6 unallocated below 2000::/3",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"1::/64\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "1::/64" is no host's address space: 1:: is reserved, outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)`,
		},
		{
			name: "ipv6 unallocated above 2000::/3",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"4000::/64\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "4000::/64" is no host's address space: 4000:: is reserved, outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)`,
		},
		{
			name: "ipv6 prefix reaching past fc00::/7",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"fc00::/6\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "fc00::/6" is no host's address space: fe00:: is reserved, outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)`,
		},
		{
			name: "ipv6 prefix holding 2000::/3",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"::/0\"\n    host: embed\n",
			want: `plan.yaml:4: subnet 10.20.1.0/24: ipv6 prefix "::/0" is no host's address space: :: is reserved, the unspecified address`,
		},
		{
			name: "unknown scheme",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: \"fd20::/64\"\n    host: eui64\n",
			want: `plan.yaml:5: subnet 10.20.1.0/24: unknown host scheme "eui64" (want mimic, low-bits or embed)`,
		},
		{
			name: "mimic does not fit",
			plan: head + "  - ipv4: 10.20.0.0/16\n    ipv6: \"fd20::/112\"\n    host: mimic\n",
			want: `plan.yaml:5: subnet 10.20.0.0/16: mimic needs an ipv6 prefix of /96 or shorter, got /112`,
		},
		{
			name: "low-bits does not fit",
			plan: head + "  - ipv4: 10.20.0.0/16\n    ipv6: \"fd20::/120\"\n    host: low-bits\n",
			want: `plan.yaml:5: subnet 10.20.0.0/16: low-bits needs an ipv6 prefix of /112 or shorter, got /120`,
		},
		{
			name: "embed needs a /96",
			plan: head + "  - ipv4: 10.20.0.0/16\n    ipv6: \"2001:db8::/104\"\n    host: embed\n",
			want: `plan.yaml:5: subnet 10.20.0.0/16: embed needs an ipv6 prefix of /96 or shorter, got /104`,
		},
		{
			name: "mimic of a /32",
			plan: head + "  - ipv4: 10.20.0.1/32\n    ipv6: \"2001:db8::/64\"\n    host: mimic\n",
			want: `plan.yaml:5: subnet 10.20.0.1/32: a /32 has no host bits for mimic (use embed or a hosts entry)`,
		},
		{
			name: "same ipv4 prefix twice",
			plan: head + "  - {ipv4: 10.20.1.0/24, ipv6: \"fd20:0:0:1::/64\", host: mimic}\n" +
				"  - {ipv4: 10.20.2.0/24, ipv6: \"fd20:0:0:2::/64\", host: mimic}\n" +
				"  - {ipv4: 10.20.1.0/24, ipv6: \"fd20:0:0:3::/64\", host: low-bits}\n",
			want: `plan.yaml:5: subnet 10.20.1.0/24: same ipv4 prefix as the subnet at line 3, so neither is more specific`,
		},
		{
			name: "two subnets derive the same addresses",
			plan: head + "  - {ipv4: 10.20.1.0/24, ipv6: \"fd20::/64\", host: mimic}\n" +
				"  - {ipv4: 10.20.2.0/24, ipv6: \"fd20::/64\", host: mimic}\n",
			want: `plan.yaml:4: subnet 10.20.2.0/24: can derive the same IPv6 addresses as subnet 10.20.1.0/24 at line 3`,
		},
		{
			name: "nested subnets on one prefix collide",
			plan: head + "  - {ipv4: 10.20.1.0/24, ipv6: \"fd20::/64\", host: low-bits}\n" +
				"  - {ipv4: 10.20.0.0/16, ipv6: \"fd20::/64\", host: low-bits}\n",
			want: `plan.yaml:4: subnet 10.20.0.0/16: can derive the same IPv6 addresses as subnet 10.20.1.0/24 at line 3`,
		},
		{
			name: "subnets is not a list",
			plan: "version: 1\nsubnets:\n  ipv4: 10.20.1.0/24\n",
			want: `plan.yaml:3: subnets: want a list, got a mapping`,
		},
		{
			name: "hosts is a list",
			plan: "version: 1\nhosts:\n  - a.contoso.com\n",
			want: `plan.yaml:3: hosts: want a mapping, got a list`,
		},
		{
			name: "host address is IPv4",
			plan: "version: 1\nhosts:\n  a.contoso.com: 10.0.0.1\n",
			want: `plan.yaml:3: host a.contoso.com.: "10.0.0.1" is an IPv4 address (want IPv6)`,
		},
		{
			name: "host address is IPv4-mapped",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"::ffff:10.0.0.1\"\n",
			want: `plan.yaml:3: host a.contoso.com.: "::ffff:10.0.0.1" is an IPv4-mapped address (want a real IPv6 address)`,
		},
		{
			name: "host address is not an address",
			plan: "version: 1\nhosts:\n  a.contoso.com:\n    - \"fd00::1\"\n    - fd00::g\n",
			want: `plan.yaml:5: host a.contoso.com.: "fd00::g" is not an IPv6 address`,
		},
		{
			name: "host address with a zone",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"fd00::1%eth0\"\n",
			want: `plan.yaml:3: host a.contoso.com.: "fd00::1%eth0" has a zone; DNS has no place for it`,
		},
		{
			name: "host address link-local",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"fe80::1\"\n",
			want: `plan.yaml:3: host a.contoso.com.: "fe80::1" is no host's address: it is link-local`,
		},
		{
			name: "host address reserved",
			plan: "version: 1\nhosts:\n  sip.contoso.com.: \"1::5\"\n",
			want: `plan.yaml:3: host sip.contoso.com.: "1::5" is no host's address: it is reserved, outside every unicast block in use (2000::/3, fc00::/7, fe80::/10)`,
		},
		{
			name: "host address NAT64",
			plan: "version: 1\nhosts:\n  sip.contoso.com.: \"64:ff9b::c633:640a\"\n",
			want: `plan.yaml:3: host sip.contoso.com.: "64:ff9b::c633:640a" is no host's address: it is reserved, a NAT64 address (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215), which DNS64 makes and no server has`,
		},
		{
			name: "host address twice in a pool",
			plan: "version: 1\nhosts:\n  pool.contoso.com:\n    - \"fd00::1\"\n    - \"FD00::1\"\n",
			want: `plan.yaml:5: host pool.contoso.com.: fd00::1 given twice (first at line 4)`,
		},
		{
			name: "empty pool",
			plan: "version: 1\nhosts:\n  pool.contoso.com: []\n",
			want: `plan.yaml:3: host pool.contoso.com.: empty list of addresses`,
		},
		{
			name: "empty mapping of a host",
			plan: "version: 1\nhosts:\n  pool.contoso.com: {}\n",
			want: `plan.yaml:3: host pool.contoso.com.: empty mapping of addresses`,
		},
		{
			name: "mapping of a host: bad keys and values",
			plan: "version: 1\nhosts:\n  lyncdiscover.contoso.com:\n    fd00::9: \"fd00::1\"\n    10.0.0.5: \"10.0.0.6\"\n    198.51.100.5: \"2a02::5\"\n    198.51.100.05: \"2a02::6\"\n    198.51.100.5: \"2a02::7\"\n",
			want: "plan.yaml:4: host lyncdiscover.contoso.com.: want an IPv4 address of the host (an A record's) as the key, got \"fd00::9\"\n" +
				"plan.yaml:5: host lyncdiscover.contoso.com., for A 10.0.0.5: \"10.0.0.6\" is an IPv4 address (want IPv6)\n" +
				"plan.yaml:7: host lyncdiscover.contoso.com.: want an IPv4 address of the host (an A record's) as the key, got \"198.51.100.05\"\n" +
				"plan.yaml:8: host lyncdiscover.contoso.com.: 198.51.100.5 given twice (first at line 6)",
		},
		{
			name: "host given twice in other case",
			plan: "version: 1\nhosts:\n  sip.contoso.com.: \"fd00::1\"\n  SIP.contoso.com: \"fd00::2\"\n",
			want: `plan.yaml:4: hosts: sip.contoso.com. given twice (first at line 3)`,
		},
		{
			name: "bad host name",
			plan: "version: 1\nhosts:\n  sip..contoso.com: \"fd00::1\"\n  \"sip contoso\": \"fd00::2\"\n",
			want: "plan.yaml:3: hosts: bad name \"sip..contoso.com\": empty label\n" +
				`plan.yaml:4: hosts: bad name "sip contoso": label "sip contoso" holds ' ' (want letters, digits, - and _)`,
		},
		{
			name: "no subnets and no hosts",
			plan: "version: 1\nsubnets: []\n",
			want: `plan.yaml:1: plan: no subnets and no hosts`,
		},
		{
			name: "empty file",
			plan: "",
			want: `plan.yaml:1: empty plan (want version: 1)`,
		},
		{
			name: "only comments",
			plan: "# nothing yet\n",
			want: `plan.yaml:1: empty plan (want version: 1)`,
		},
		{
			name: "not a mapping",
			plan: "- version: 1\n",
			want: `plan.yaml:1: plan: want a mapping, got a list`,
		},
		{
			name: "two documents",
			plan: "version: 1\nhosts: {a.contoso.com: \"fd00::1\"}\n---\nversion: 1\n",
			want: `plan.yaml:3: more than one YAML document`,
		},
		{
			name: "YAML syntax error",
			plan: head + "  - ipv4: 10.20.1.0/24\n    ipv6: [fd20::/64\n    host: mimic\n",
			want: `plan.yaml:4: invalid YAML: did not find expected ',' or ']'`,
		},
		{
			name: "YAML indentation error",
			plan: head + "  - ipv4: 10.20.1.0/24\n   ipv6: \"fd20::/64\"\n",
			want: `plan.yaml:3: invalid YAML: did not find expected '-' indicator`,
		},
		{
			name: "YAML error in a construct on the first line",
			plan: "{version: 1,\n hosts: {a.contoso.com: \"fd00::1\"}\n\n",
			want: `plan.yaml:4: invalid YAML: did not find expected ',' or '}'`,
		},
		{
			name: "YAML scanner error",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"fd00::1\n",
			want: `plan.yaml:3: invalid YAML: found unexpected end of stream`,
		},
		{
			name: "unknown anchor",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"fd00::1\"\n  b.contoso.com: *addr\n",
			want: `plan.yaml:4: invalid YAML: unknown anchor 'addr' referenced`,
		},
		{
			name: "NUL byte",
			plan: "version: 1\nhosts:\n  a.contoso.com: \"fd00::1\x00\"\n",
			want: `plan.yaml:3: control character U+0000`,
		},
		{
			name: "invalid UTF-8",
			plan: "version: 1\n# caf\xe9\nhosts:\n",
			want: `plan.yaml:2: invalid UTF-8 (a plan is UTF-8 text)`,
		},
		{
			name: "every problem in line order",
			plan: "version: 3\nsubnets:\n  - {ipv4: 10.20.1.0/33, ipv6: \"fd20::/64\", host: mimic}\n" +
				"hosts:\n  a.contoso.com: \"10.1.1.1\"\nextra: 1\n",
			want: "plan.yaml:1: plan: unsupported version \"3\" (want 1)\n" +
				"plan.yaml:3: subnet 10.20.1.0/33: ipv4 \"10.20.1.0/33\" is not an IPv4 prefix (want address/length)\n" +
				"plan.yaml:5: host a.contoso.com.: \"10.1.1.1\" is an IPv4 address (want IPv6)\n" +
				`plan.yaml:6: plan: unknown key "extra" (want version, subnets, hosts)`,
		},
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorCases() {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("plan.yaml", []byte(tt.plan))
			if err == nil {
				t.Fatalf("Parse accepted the plan: %+v\nwant error %q", p, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("Parse error:\n got %s\nwant %s", err, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.File != "plan.yaml" {
				t.Errorf("Parse error %q is not a plan.Error for plan.yaml", err)
			}
		})
	}
}

func TestParseTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata plans: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			p, err := Load(f)
			if err != nil {
				t.Fatal(err)
			}
			if p.File != f {
				t.Errorf("File = %q, want %q", p.File, f)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	data := []byte("version: 1\n# " + strings.Repeat("x", yamlpos.MaxFileSize) + "\n")
	if err := os.WriteFile(big, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want string
	}{
		{name: "missing file", path: filepath.Join(dir, "none.yaml"), want: "read plan: open " + filepath.Join(dir, "none.yaml") + ": no such file or directory"},
		{name: "too large", path: big, want: big + ": plan is larger than 4 MiB"},
		{name: "directory", path: dir, want: "read plan: open " + dir + ": not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Load(%s) error = %v, want %s", tt.path, err, tt.want)
			}
		})
	}
}

func TestSourceString(t *testing.T) {
	p := parseTestdata(t, "example.yaml")
	tests := []struct {
		name string
		host string
		want string
	}{
		{name: "hosts entry", host: "sip.contoso.com.", want: "example.yaml:14: hosts entry sip.contoso.com."},
		{name: "subnet", host: "x.contoso.com.", want: "example.yaml:10: subnet 192.0.2.0/24 -> 2001:db8:100::/96 embed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Derive(tt.host, addrs(t, "192.0.2.5"))
			if err != nil || len(got) != 1 {
				t.Fatalf("Derive = %v, %v", got, err)
			}
			if s := got[0].Source.String(); s != tt.want {
				t.Errorf("Source = %q, want %q", s, tt.want)
			}
		})
	}
}
