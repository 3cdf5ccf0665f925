#!/usr/bin/env bash
# scripts/scaling.sh: check that zonegen's cost grows linearly with the
# shapes of input that are not one big zone, where a loop inside a loop
# hides: many names sharing one pool's addresses, many aliases of one
# host, one owner with many record types, many reverse zones, long runs of
# edits, many zones in a directory, many suppressions, large plans, many
# members in one finding, a pool in a file $INCLUDEd twice, a pool name
# that gets the new addresses of many servers, many views that $INCLUDE
# one pool's part.
#
# For each shape it writes the input at a size N and at 4 N, runs the
# command on both and prints the CPU time (user + system) of each and their
# ratio: about 4 for linear cost (less where start-up weighs), about 16 for
# quadratic, less where the linear part still weighs at these sizes. A
# ratio above --limit (default 6) is marked "no", and the script exits 1.
# CPU time suffers less than wall time from other load on the machine.
#
# Usage: scripts/scaling.sh [--scale K] [--limit R] [--only NAME] [--rev REV]
#                           [--out DIR]
#   --scale K   multiply every N by K (default 1: the small runs take
#               about a tenth of a second to a second each)
#   --limit R   the highest ratio counted as linear (default 6)
#   --only NAME run one shape only (see the names in the table)
#   --rev REV   time zonegen as of the git commit REV (the generator still
#               comes from the working tree)
#   --out DIR   work directory (default bench/scaling, git-ignored)
#
# Needs Go and awk. docs/performance.md, "Other shapes of input", has the
# table of a run and what each shape was before it was made linear.
set -euo pipefail

cd "$(dirname "$0")/.."

scale=1 limit=6 only="" rev="" out=bench/scaling
while (($#)); do
	case $1 in
	--scale) scale=$2 && shift ;;
	--limit) limit=$2 && shift ;;
	--only) only=$2 && shift ;;
	--rev) rev=$2 && shift ;;
	--out) out=$2 && shift ;;
	*) echo "scaling.sh: unknown option $1" >&2 && exit 2 ;;
	esac
	shift
done

mkdir -p "$out/bin"
bin=$(cd "$out/bin" && pwd)
if [[ -n $rev ]]; then
	commit=$(git rev-parse --verify "$rev^{commit}")
	src=$out/src-${commit:0:12}
	rm -rf "$src" && mkdir -p "$src"
	git archive "$commit" | tar -x -C "$src"
	(cd "$src" && go build -o "$bin/zonegen" ./cmd/zonegen)
	rm -rf "$src"
else
	go build -o "$bin/zonegen" ./cmd/zonegen
fi
go build -o "$bin/genzone" ./internal/benchzone/cmd/genzone

soa='$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 host 1 3600 900 1209600 300\n@ NS ns1\nns1 A 10.255.0.1\nns1 AAAA fd00::255:1'
rsoa='$TTL 3600\n@ SOA ns1.example.com. host.example.com. 1 3600 900 1209600 300\n@ NS ns1.example.com.' # a reverse zone's, after its $ORIGIN

# plan FILE: writes a plan that maps 10.a.b.c to fd00::a:b:c.
plan() {
	printf 'version: 1\nsubnets:\n  - ipv4: 10.0.0.0/8\n    ipv6: "fd00::/64"\n    host: mimic\n' >"$1"
}

# zone_lines N FILE STATEMENT [HEAD]: writes a zone of the SOA, the lines
# HEAD and the lines the awk STATEMENT prints for each i from 0 to N-1.
zone_lines() {
	awk -v n="$1" -v soa="$soa" -v head="${4-}" "BEGIN {
		print soa; if (head != \"\") print head
		for (i = 0; i < n; i++) $3
	}" >"$2"
}

# gen_shared N: N SIP domains whose SRV records name one pool, each domain's
# sip name holding the pool's two addresses: N names sharing an address set.
gen_shared() {
	awk -v n="$1" -v soa="$soa" 'BEGIN {
		print soa
		print "pool A 10.0.0.11\npool A 10.0.0.12\npool AAAA fd00::11\npool AAAA fd00::12"
		print "fe01 A 10.0.0.11\nfe01 AAAA fd00::11\nfe02 A 10.0.0.12\nfe02 AAAA fd00::12"
		for (i = 0; i < n; i++) {
			printf "_sipinternaltls._tcp.t%d SRV 0 0 5061 pool.example.com.\n", i
			printf "sip.t%d A 10.0.0.11\nsip.t%d A 10.0.0.12\nsip.t%d AAAA fd00::11\nsip.t%d AAAA fd00::12\n", i, i, i, i
		}
	}' >"$2"
}

# gen_aliases N: N lyncdiscover names, each a CNAME of one host.
gen_aliases() {
	zone_lines "$1" "$2" 'printf "lyncdiscover.d%d CNAME webext\n", i' 'webext A 10.0.0.2\nwebext AAAA fd00::2'
}

# gen_alias_chain N: N lyncdiscover aliases, each into one chain of N
# CNAMEs (test 18c D1: discovery walked the chain from each).
gen_alias_chain() {
	zone_lines "$1" "$2" 'printf "lyncdiscover.s%d CNAME h%d\nh%d CNAME h%d\n", i, i, i, i + 1' "h$1 A 10.0.0.2\nh$1 AAAA fd00::2"
}

# gen_dname_chain N: N CNAMEs into one chain of N DNAMEs (test 18c D2).
gen_dname_chain() {
	zone_lines "$1" "$2" 'printf "d%d DNAME d%d.example.com.\nc%d CNAME x.d%d.example.com.\n", i, i + 1, i, i' "x.d$1 A 10.0.0.9"
}

# gen_dname_loop N: N CNAMEs into one loop of N DNAMEs.
gen_dname_loop() {
	zone_lines "$1" "$2" 'printf "d%d DNAME d%d.example.com.\nc%d CNAME x.d%d.example.com.\n", i, (i + 1) % n, i, i'
}

# gen_reverse_chain N DIR: N hosts whose reverse names each CNAME to the
# next host's, the last one's holding the PTR: the PTR checks walked the
# rest of the chain from each address.
gen_reverse_chain() {
	rm -rf "$2" && mkdir -p "$2"
	awk -v n="$1" -v d="$2" -v soa="$soa" -v rsoa="$rsoa" 'BEGIN {
		f = d "/db.example.com"; r = d "/db.10.in-addr.arpa"
		print soa > f; print "$ORIGIN 10.in-addr.arpa.\n" rsoa > r
		for (i = 0; i < n; i++) {
			printf "h%d A 10.%d.%d.%d\n", i, int(i / 65536) % 256, int(i / 256) % 256, i % 256 > f
			rev = sprintf("%d.%d.%d", i % 256, int(i / 256) % 256, int(i / 65536) % 256)
			j = i + 1
			if (j < n)
				printf "%s CNAME %d.%d.%d\n", rev, j % 256, int(j / 256) % 256, int(j / 65536) % 256 > r
			else
				printf "%s PTR h%d.example.com.\n", rev, i > r
		}
	}'
}

# gen_types N: one owner with N TXT records between N A records.
gen_types() {
	zone_lines "$1" "$2" 'printf "@ TXT \"token-%d\"\n@ A 10.%d.%d.%d\n", i, int(i / 65536) % 256, int(i / 256) % 256, i % 256'
}

# gen_reverse N DIR: N hosts in /24s of 100, with an in-addr.arpa zone of
# PTRs for each /24.
gen_reverse() {
	rm -rf "$2" && mkdir -p "$2"
	awk -v n="$1" -v d="$2" -v soa="$soa" -v rsoa="$rsoa" 'BEGIN {
		f = d "/db.example.com"; print soa > f
		for (i = 0; i < n; i++) {
			z = int(i / 100); a = int(z / 256); b = z % 256
			printf "h%d A 10.%d.%d.%d\n", i, a, b, i % 100 + 1 > f
			r = d "/db." b "." a ".10.in-addr.arpa"
			if (i % 100 == 0) {
				close(last); last = r
				printf "$ORIGIN %d.%d.10.in-addr.arpa.\n%s\n", b, a, rsoa > r
			}
			printf "%d PTR h%d.example.com.\n", i % 100 + 1, i > r
		}
	}'
}

# gen_reverse6 N DIR: N hosts with A records only, in /24s of 100, and an
# ip6.arpa zone for the IPv6 /112 of each, where fix adds the PTRs.
gen_reverse6() {
	rm -rf "$2" && mkdir -p "$2"
	awk -v n="$1" -v d="$2" -v soa="$soa" -v rsoa="$rsoa" 'BEGIN {
		f = d "/db.example.com"; print soa > f
		for (i = 0; i < n; i++) {
			z = int(i / 100); a = int(z / 256); b = z % 256
			printf "h%d A 10.%d.%d.%d\n", i, a, b, i % 100 + 1 > f
			if (i % 100) continue
			# the plan maps 10.a.b.c to fd00::a:b:c, the octets written as
			# hex groups: the zone of fd00::a:b:0/112, its nibbles reversed
			o = ""; x = sprintf("%04d%04d", a, b)
			for (k = 8; k >= 1; k--) o = o substr(x, k, 1) "."
			for (k = 0; k < 18; k++) o = o "0."
			o = o "d.f.ip6.arpa."
			r = d "/db." o
			printf "$ORIGIN %s\n%s\n", o, rsoa > r
			close(r)
		}
	}'
	plan "$2.plan.yaml"
}

# gen_run N: N hosts with A records only, one after another: fix adds an
# AAAA after each line.
gen_run() {
	zone_lines "$1" "$2" 'printf "h%d A 10.%d.%d.%d\n", i, int(i / 51200) % 256, int(i / 200) % 256, i % 200 + 1'
	plan "$2.plan.yaml"
}

# gen_ptrs N DIR: N hosts with A records only, and the ip6.arpa zone of
# their /64 without a PTR yet: fix puts every new PTR after its SOA.
gen_ptrs() {
	rm -rf "$2" && mkdir -p "$2"
	gen_run "$1" "$2/db.example.com" && mv "$2/db.example.com.plan.yaml" "$2.plan.yaml"
	printf '$ORIGIN 0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa.\n%b\n' "$rsoa" >"$2/db.fd00"
}

# gen_suppress N: N hosts without AAAA, each suppressed without a reason.
gen_suppress() {
	zone_lines "$1" "$2" 'printf "h%d A 10.%d.%d.%d ; zonegen:ignore missing-aaaa\n", i, int(i / 65536) % 256, int(i / 256) % 256, i % 256'
}

# gen_plan N: N hosts, each in a /24 of its own, and a plan with an entry
# for each /24.
gen_plan() {
	zone_lines "$1" "$2" 'printf "h%d A 10.%d.%d.1\n", i, int(i / 256) % 256, i % 256'
	awk -v n="$1" 'BEGIN {
		print "version: 1\nsubnets:"
		for (i = 0; i < n; i++)
			printf "  - ipv4: 10.%d.%d.0/24\n    ipv6: \"fd00:%x:%x::/64\"\n    host: mimic\n", int(i / 256) % 256, i % 256, int(i / 256) % 256, i % 256
	}' >"$2.plan.yaml"
}

# gen_members N: one pool of N members with IPv6 addresses of two scopes:
# one pool-scope-mixed finding with N related notes.
gen_members() {
	awk -v n="$1" -v soa="$soa" 'BEGIN {
		print soa; print "lyncdiscover CNAME farm"
		for (p = 0; p < 2; p++)
			for (i = 0; i < n; i++) {
				a = sprintf("10.%d.%d.%d", int(i / 65536) % 256, int(i / 256) % 256, i % 256)
				v6 = (i % 2 ? "fd00::" : "2001:470::") sprintf("%x", i)
				h = p ? "fe" i : "farm"
				printf "%s A %s\n%s AAAA %s\n", h, a, h, v6
			}
	}' >"$2"
}

# gen_mixed_pool N FILE: one Lync pool of N servers without AAAA in two
# subnets, which the plan maps to two scopes: fix leaves every one out
# (pool-scope-mixed), each checked against the pool's N addresses.
gen_mixed_pool() {
	awk -v n="$1" -v soa="$soa" 'BEGIN {
		print soa; print "_sipinternaltls._tcp SRV 0 0 5061 pool"
		for (p = 0; p < 2; p++)
			for (i = 0; i < n; i++) {
				a = sprintf("10.%d.%d.%d", i % 2 + 1, int(i / 256) % 256, i % 256)
				printf "%s A %s\n", p ? "fe" i : "pool", a
			}
	}' >"$2"
	printf 'version: 1\nsubnets:\n  - {ipv4: 10.1.0.0/16, ipv6: "fd00:1::/64", host: embed}\n  - {ipv4: 10.2.0.0/16, ipv6: "2a01:db8:2::/64", host: embed}\n' >"$2.plan.yaml"
}

# gen_included_pool N DIR: one pool of N servers without AAAA whose A
# lines are in a file that the zone $INCLUDEs twice: fix puts each AAAA
# beside its A in that file, which it reads twice.
gen_included_pool() {
	rm -rf "$2" && mkdir -p "$2"
	printf '$ORIGIN contoso.com.\n$TTL 3600\n@ SOA ns1 host 1 3600 900 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\nns1 AAAA 2001:db8::1\n_sipinternaltls._tcp SRV 0 0 5061 pool\n$INCLUDE pool.inc\n$INCLUDE pool.inc\n' >"$2/db.contoso.com"
	awk -v n="$1" 'BEGIN {
		for (i = 0; i < n; i++)
			printf "pool IN A 10.%d.%d.%d\n", int(i / 65536) % 256, int(i / 256) % 256, i % 256
	}' >"$2/pool.inc"
	printf 'version: 1\nsubnets:\n  - {ipv4: 10.0.0.0/8, ipv6: "fd00::/64", host: embed}\n' >"$2.plan.yaml"
}

# gen_complete_pool N FILE: one Lync pool of N + 2 servers, whose pool
# name has the AAAA records of the first two and the N others have none:
# fix gives each of the N its AAAA and the pool name N completions
# (completeSets), each after the pool name's last AAAA record.
gen_complete_pool() {
	awk -v n="$1" -v soa="$soa" 'BEGIN {
		print soa; print "_sipinternaltls._tcp SRV 0 0 5061 pool"
		for (i = 0; i < n + 2; i++)
			printf "pool A 10.1.%d.%d\n", int(i / 256) % 256, i % 256
		print "pool AAAA fd00::1:0:0\npool AAAA fd00::1:0:1"
		for (i = 0; i < n + 2; i++) {
			printf "fe%d A 10.1.%d.%d\n", i, int(i / 256) % 256, i % 256
			if (i < 2) printf "fe%d AAAA fd00::1:0:%d\n", i, i
		}
	}' >"$2"
	plan "$2.plan.yaml"
}

# gen_views_pool N DIR: N views (zones of one origin, each in a directory
# of its own) that $INCLUDE one part with a pool name of 200 servers and
# the AAAA of the first; each view has the 200 servers, the first with its
# AAAA: fix gives each view's servers their AAAA and the pool name, in the
# part, the 199 others once for all the views (completeSets, settle).
gen_views_pool() {
	rm -rf "$2" && mkdir -p "$2"
	awk -v n="$1" -v d="$2" 'BEGIN {
		m = 200; inc = d "/common.inc"
		for (i = 1; i <= m; i++)
			printf "%s IN A 10.20.%d.%d\n", i == 1 ? "pool" : "", int(i / 256), i % 256 > inc
		print " IN AAAA fd00::a14:1" > inc
		for (v = 0; v < n; v++) {
			f = d "/v" v "/db.example.com"
			system("mkdir -p " d "/v" v)
			printf "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 host 1 3600 900 1209600 300\n@ NS ns1.example.net.\n" > f
			print "_sipinternaltls._tcp SRV 0 0 5061 pool\n$INCLUDE ../common.inc" > f
			for (i = 1; i <= m; i++) {
				printf "fe%d IN A 10.20.%d.%d\n", i, int(i / 256), i % 256 > f
				if (i == 1) print " IN AAAA fd00::a14:1" > f
			}
			close(f)
		}
	}'
	printf 'version: 1\nsubnets:\n  - {ipv4: 10.0.0.0/8, ipv6: "fd00::/96", host: embed}\n' >"$2.plan.yaml"
}

# gen_zones N DIR: N generated Lync zones of 250 records, AAAA missing,
# and a plan for all of their addresses.
gen_zones() {
	rm -rf "$2"
	"$bin/genzone" -records 250 -files "$1" -dir "$2" 2>/dev/null
	plan "$2.plan.yaml"
}

# cpu CMD...: prints the user + system seconds of a command, which must
# exit with status 0 or 1 (findings); its errors go to OUT/stderr.
cpu() {
	local TIMEFORMAT='%U %S' t rc=0
	t=$({ time "$@" >/dev/null 2>>"$out/stderr"; } 2>&1) || rc=$?
	if ((rc > 1)); then
		echo "scaling.sh: $* failed (status $rc), see $out/stderr" >&2
		return 2
	fi
	awk '{ printf "%.2f", $1 + $2 }' <<<"$t"
}

fail=0
# shape NAME N GENERATOR WHAT ARGS...: ARGS name the input as IN (and its
# plan as PLAN).
shape() {
	local name=$1 n=$(($2 * scale)) gen=$3 what=$4
	shift 4
	[[ -z $only || $only == "$name" ]] || return 0
	local times=() size
	for size in "$n" "$((4 * n))"; do
		local in=$out/$name-$size
		"$gen" "$size" "$in"
		local args=("${@//IN/$in}")
		args=("${args[@]//PLAN/$in.plan.yaml}")
		local t
		t=$(cpu "$bin/zonegen" "${args[@]}") || exit 2
		times+=("$t")
	done
	local ratio verdict
	ratio=$(awk -v a="${times[0]}" -v b="${times[1]}" 'BEGIN { printf "%.1f", b / (a > 0.01 ? a : 0.01) }')
	verdict=$(awk -v r="$ratio" -v l="$limit" 'BEGIN { print (r <= l ? "ok" : "**no**") }')
	[[ $verdict == ok ]] || fail=1
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$what" "$n" "${times[0]}" "${times[1]}" "$ratio" "$verdict"
}

echo "| shape | command | N | CPU s at N | CPU s at 4 N | ratio | linear (ratio ≤ $limit) |"
echo "|---|---|---:|---:|---:|---:|---|"
shape shared-addresses 2000 gen_shared "audit" audit IN
shape aliases 20000 gen_aliases "audit" audit IN
shape alias-chain 10000 gen_alias_chain "audit" audit IN
shape dname-chain 10000 gen_dname_chain "audit --all-hosts" audit --all-hosts IN
shape dname-loop 5000 gen_dname_loop "audit --all-hosts" audit --all-hosts IN
shape reverse-chain 5000 gen_reverse_chain "audit --all-hosts DIR" audit --all-hosts IN
shape one-owner-types 20000 gen_types "audit --all-hosts" audit --all-hosts IN
shape reverse-zones 25000 gen_reverse "audit --all-hosts DIR" audit --all-hosts IN
shape reverse-zones-fix 25000 gen_reverse6 "fix --all-hosts DIR" fix --all-hosts --plan PLAN IN
shape run-of-edits 40000 gen_run "fix --all-hosts" fix --all-hosts --plan PLAN IN
shape ptrs-one-place 20000 gen_ptrs "fix --all-hosts DIR" fix --all-hosts --plan PLAN IN
shape suppressions 20000 gen_suppress "audit" audit IN
shape plan-entries 10000 gen_plan "fix --all-hosts" fix --all-hosts --plan PLAN IN
shape pool-members 5000 gen_members "audit --format github" audit --format github IN
shape mixed-pool 8000 gen_mixed_pool "fix" fix --plan PLAN IN
shape included-pool 4000 gen_included_pool "fix --all-hosts" fix --all-hosts --plan PLAN IN/db.contoso.com
shape complete-pool 8000 gen_complete_pool "fix" fix --plan PLAN IN
shape views-pool 50 gen_views_pool "fix DIR (N views)" fix --include-root IN --plan PLAN IN
shape zones 2000 gen_zones "fix --fragment - DIR" fix --plan PLAN --fragment - IN
exit $fail
