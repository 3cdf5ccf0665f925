#!/usr/bin/env bash
# scripts/bench.sh: time zonegen against the floor on generated Lync zones
# and print the table of docs/performance.md.
#
# The floor is a bare miekg/dns ZoneParser loop counting the records of the
# same file (zone/internal/floor). For each size the script runs, RUNS times
# and interleaved so that a change in the machine's load hits all alike:
#   the floor;
#   zonegen audit --all-hosts --format json ZONE >/dev/null;
#   zonegen fix --plan PLAN ZONE >/dev/null;
# then, on a directory of small zones, zonegen audit --all-hosts DIR with
# GOMAXPROCS=1 and with the default. It reports medians of wall time, CPU
# time (user + system) and peak resident memory, from GNU time.
#
# Each timed run gets memory in the same state at every size. On this
# project's VMs the host takes free memory back within seconds (free page
# reporting), and touching it again costs about 2.4 ms a MB: a command run
# after a long floor would pay it and one run after a short floor would not
# (docs/performance.md, "Warm and cold memory"). With --memory warm (the
# default) an untimed run of the same command comes right before each timed
# run, as when a command is run again; with --memory cold each timed run
# comes after 15 seconds idle, as a first run on a quiet VM. Warm is the
# state at the start: a 5M run goes on taking memory for seconds, while
# what the untimed run left goes cold, so growth from 1M to 5M compares
# like with like best in cold runs.
#
# Usage: scripts/bench.sh [--5m] [--runs N] [--big-runs N] [--sizes "N ..."]
#                         [--timeout S] [--files N] [--file-records N]
#                         [--memory warm|cold] [--no-dir] [--no-wait]
#                         [--rev REV] [--out DIR]
#   --5m              also the 5M-record zone (some minutes more)
#   --runs N          runs of each command; the median is reported (default 3)
#   --big-runs N      runs on zones of 5M records and more (default 1)
#   --timeout S       stop a command after S seconds and report "> S" (default 900)
#   --sizes "N ..."   zone sizes in records (default "100000 1000000")
#   --files N         small zones in the directory (default 2000)
#   --file-records N  records per small zone (default 250)
#   --memory MODE     warm (default) or cold: the state of memory at each run
#   --no-dir          skip the directory of small zones
#   --out DIR         work directory (default bench/out, git-ignored)
#   --idle-wait S     wait up to S seconds for an idle machine (default 120)
#   --no-wait         measure at once, even beside other load
#   --rev REV         time zonegen as of the git commit REV (the generator and
#                     the floor still come from the working tree)
#
# Other processes make wall times meaningless, so before each command the
# script waits (up to --idle-wait seconds) until the machine is idle, and a
# run during which other processes took more than a tenth of a core is run
# once more. A median that includes such a run is marked with a dagger in
# the table; CPU times suffer less from other load than wall times.
#
# Needs Go and GNU time (/usr/bin/time); run as root, it installs the
# Debian/Ubuntu package "time" when that is missing. Generated zones are
# kept in OUT/zones and written again only when the generator changed.
set -euo pipefail

cd "$(dirname "$0")/.."

sizes="100000 1000000"
runs=3
big_runs=1
timeout=900
files=2000
file_records=250
dir_test=1
out=bench/out
wait_idle=1
idle_wait=120
rev=
memory=warm
while (($#)); do
	case $1 in
	--5m) sizes="$sizes 5000000" ;;
	--runs) runs=$2; shift ;;
	--big-runs) big_runs=$2; shift ;;
	--timeout) timeout=$2; shift ;;
	--sizes) sizes=$2; shift ;;
	--files) files=$2; shift ;;
	--file-records) file_records=$2; shift ;;
	--no-dir) dir_test=0 ;;
	--out) out=$2; shift ;;
	--idle-wait) idle_wait=$2; shift ;;
	--no-wait) wait_idle=0 ;;
	--rev) rev=$2; shift ;;
	--memory)
		memory=$2
		[[ $memory == warm || $memory == cold ]] || { echo "bench.sh: --memory is warm or cold" >&2; exit 2; }
		shift
		;;
	-h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench.sh: unknown argument $1 (--help lists them)" >&2; exit 2 ;;
	esac
	shift
done

die() { echo "bench.sh: $*" >&2; exit 1; }

need_time() {
	if [[ -x /usr/bin/time ]] && /usr/bin/time -f %e true 2>/dev/null; then
		return
	fi
	if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
		echo "bench.sh: installing GNU time" >&2
		apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
		return
	fi
	die "GNU time is needed at /usr/bin/time (apt-get install time)"
}

# label turns a number of records into 100k, 1M, 5M.
label() {
	awk -v n="$1" 'BEGIN {
		if (n >= 1000000 && n % 1000000 == 0) printf "%dM", n / 1000000
		else if (n >= 1000 && n % 1000 == 0) printf "%dk", n / 1000
		else printf "%d", n }'
}

bin=$out/bin
zones=$out/zones
mkdir -p "$bin" "$zones"
bin=$(cd "$bin" && pwd) # the build of --rev runs elsewhere
need_time

echo "bench.sh: building" >&2
if [[ -n $rev ]]; then
	commit=$(git rev-parse --verify "$rev^{commit}") || die "no commit $rev"
	src=$out/src-${commit:0:12}
	rm -rf "$src"
	mkdir -p "$src"
	git archive "$commit" | tar -x -C "$src"
	(cd "$src" && go build -o "$bin/zonegen" ./cmd/zonegen)
	built="$(git log -1 --format='%h (%s)' "$commit")"
else
	go build -o "$bin/zonegen" ./cmd/zonegen
	built="the working tree at $(git describe --always --dirty 2>/dev/null || echo "an unknown commit")"
fi
go build -o "$bin/floor" ./zone/internal/floor
go build -o "$bin/genzone" ./internal/benchzone/cmd/genzone
gen_id=$(sha256sum "$bin/genzone" | cut -c1-16)

# generate PATH STAMP-ARGS... writes a zone or directory unless the same
# generator already wrote it with the same arguments.
generate() {
	local path=$1 stamp="$1.stamp"
	shift
	local want="$gen_id $*"
	if [[ -e $path && -f $stamp && $(<"$stamp") == "$want" ]]; then
		return
	fi
	echo "bench.sh: generating $path" >&2
	rm -rf "$path"
	"$bin/genzone" "$@"
	echo "$want" >"$stamp"
}

declare -A wall=() cpu=() rss=() pcpu=() timedout=() noisy=()
hz=$(getconf CLK_TCK)

# busy_ticks prints the CPU time all processes have used since boot, in
# clock ticks (/proc/stat: user nice system irq softirq steal).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }

# wait_for_idle waits until the other processes use less than a tenth of
# a core over a second, for idle_wait seconds at most.
wait_for_idle() {
	((wait_idle)) || return 0
	local t0 t1 i
	for ((i = 0; i < idle_wait; i++)); do
		t0=$(busy_ticks)
		sleep 1
		t1=$(busy_ticks)
		if ((t1 - t0 < hz / 10)); then
			return 0
		fi
		((i % 60)) || echo "bench.sh: waiting for an idle machine" >&2
	done
	echo "bench.sh: the machine stayed busy; measuring anyway" >&2
}

# measure KEY CMD... runs CMD under GNU time and appends wall seconds, CPU
# seconds, peak RSS (MB) and CPU use (%) to the KEY's lists. Exit status 1
# (findings) is fine; anything else stops the script, except a timeout,
# which marks the KEY. A run beside other load is run again.
measure() {
	local key=$1 tf rc t0 t1 w u s m p try others
	shift
	tf=$(mktemp)
	for ((try = 1; try <= 2; try++)); do
		if [[ $memory == cold ]]; then
			sleep 15
		fi
		wait_for_idle
		if [[ $memory == warm && -z ${timedout[$key]:-} ]]; then
			timeout "$timeout" "$@" >/dev/null 2>&1 || true
		fi
		rc=0
		t0=$(busy_ticks)
		/usr/bin/time -f '%e %U %S %M %P' -o "$tf" timeout "$timeout" "$@" >/dev/null 2>"$out/stderr" || rc=$?
		t1=$(busy_ticks)
		if ((rc == 124)); then
			echo "bench.sh: $* took more than ${timeout}s" >&2
			timedout[$key]=1
			rc=0
		fi
		if ((rc > 1)); then
			cat "$out/stderr" >&2
			die "$* exited with status $rc"
		fi
		read -r w u s m p < <(tail -n1 "$tf")
		# CPU seconds the other processes took during the run
		others=$(awk -v d=$((t1 - t0)) -v hz="$hz" -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", d / hz - u - s }')
		if ((!wait_idle)) || [[ -n ${timedout[$key]:-} ]] ||
			awk -v o="$others" -v w="$w" 'BEGIN { exit !(o <= 0.1 * w + 0.05) }'; then
			break
		fi
		if ((try == 2)); then
			echo "bench.sh: other processes took ${others}s CPU during ${w}s; noted" >&2
			noisy[$key]=1
		else
			echo "bench.sh: other processes took ${others}s CPU during ${w}s; again" >&2
		fi
	done
	rm -f "$tf"
	wall[$key]+=" $w"
	cpu[$key]+=" $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
	rss[$key]+=" $(awk -v m="$m" 'BEGIN { printf "%.1f", m / 1024 }')"
	pcpu[$key]+=" ${p%\%}"
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# med ARRAY KEY prints the median of KEY's values, with "> " before the
# times of a command that timed out.
med() {
	local -n arr=$1
	if [[ -n ${timedout[$2]:-} && $1 != rss ]]; then printf '> '; fi
	median <<<"${arr[$2]}"
}

# mark KEY prints a dagger when a run of KEY had other load beside it.
mark() { if [[ -n ${noisy[$1]:-} ]]; then printf '†'; fi; }
# ratio A B prints A / B; A may be "> N" (a timeout).
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		gt = sub(/^> /, "", a)
		if (b + 0 > 0) printf "%s%.2f", gt ? "> " : "", a / b; else print "-" }'
}
# verdict VALUE LIMIT [min]: ok when VALUE <= LIMIT (>= LIMIT with min).
verdict() {
	awk -v v="$1" -v l="$2" -v min="${3:-}" 'BEGIN {
		if (sub(/^> /, "", v) && !min) print "**no**"; else if (v == "-") print "-"; else if ((min && v + 0 >= l + 0) || (!min && v + 0 <= l + 0)) print "ok"; else print "**no**" }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

for n in $sizes; do
	l=$(label "$n")
	generate "$zones/contoso-$l.zone" -records "$n" -o "$zones/contoso-$l.zone" -plan "$zones/contoso-$l.plan.yaml"
	cat "$zones/contoso-$l.zone" >/dev/null # into the page cache
	k=$runs
	((n < 5000000)) || k=$big_runs
	for ((r = 1; r <= k; r++)); do
		echo "bench.sh: $l, run $r of $k" >&2
		measure "floor/$l" "$bin/floor" "$zones/contoso-$l.zone"
		measure "audit/$l" "$bin/zonegen" audit --all-hosts --format json "$zones/contoso-$l.zone"
		measure "fix/$l" "$bin/zonegen" fix --plan "$zones/contoso-$l.plan.yaml" "$zones/contoso-$l.zone"
	done
done

if ((dir_test)); then
	dir=$zones/dir-$files-$file_records
	generate "$dir" -records "$file_records" -files "$files" -dir "$dir"
	cat "$dir"/* >/dev/null
	for ((r = 1; r <= runs; r++)); do
		echo "bench.sh: $files zones, run $r of $runs" >&2
		measure floor/dir "$bin/floor" "$dir"/*
		measure audit1/dir env GOMAXPROCS=1 "$bin/zonegen" audit --all-hosts "$dir"
		measure audit/dir "$bin/zonegen" audit --all-hosts "$dir"
	done
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# row LABEL COMMAND KEY FLOORKEY TIME-TARGET MEM-TARGET
row() {
	local w c m fw fc rt
	w=$(med wall "$3") c=$(med cpu "$3") m=$(med rss "$3")
	fw=$(med wall "$4") fc=$(med cpu "$4")
	rt=$(ratio "$w" "$fw")
	printf '| %s | %s | %s%s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$w" "$(mark "$3")" "$c" "$m" "$rt" "$(ratio "$c" "$fc")" \
		"$(if [[ -n $5 ]]; then echo "≤ ${5}x: $(verdict "$rt" "$5")"; fi)$(if [[ -n $6 ]]; then echo ", ≤ $6 MB: $(verdict "$m" "$6")"; fi)"
}

{
	echo "- zonegen built from $built"
	echo "- machine: $(nproc) cores, $(go env GOVERSION), $(uname -sr); load average $load_before before, $load_after after"
	echo "- medians of $runs runs ($big_runs on 5M records and more): wall and CPU (user + system) seconds,"
	echo "  peak resident memory in MB (for a command stopped at the ${timeout}s timeout: of its last run)"
	if [[ $memory == warm ]]; then
		echo "- memory warm: an untimed run of the same command right before each timed run"
	else
		echo "- memory cold: 15 seconds idle before each timed run"
	fi
	if ((${#noisy[@]})); then
		echo "- †: other processes took more than a tenth of a core during this command, in two tries: its"
		echo "  wall time is not reliable"
	fi
	echo
	echo "| zone | command | wall s | CPU s | max RSS MB | wall / floor | CPU / floor | target |"
	echo "|---|---|---:|---:|---:|---:|---:|---|"
	for n in $sizes; do
		l=$(label "$n")
		fl=floor/$l
		fw=$(med wall "$fl")
		row "$l" "floor: miekg/dns ZoneParser loop ($(awk -v n="$n" -v w="$fw" 'BEGIN { printf "%.0fk records/s", n / w / 1000 }'))" "$fl" "$fl" "" ""
		row "$l" "zonegen audit --all-hosts --format json" "audit/$l" "$fl" 1.3 150
		row "$l" "zonegen fix --plan" "fix/$l" "$fl" 2 ""
	done
	if [[ " $sizes " == *" 1000000 "* && " $sizes " == *" 5000000 "* ]]; then
		echo
		echo "Growth from 1M to 5M records (target: at most 5.5x time and memory; memory $memory at each run's start):"
		echo
		echo "| command | wall 5M / 1M | CPU 5M / 1M | memory 5M / 1M |"
		echo "|---|---:|---:|---:|"
		for c in floor audit fix; do
			tw=$(ratio "$(med wall "$c/5M")" "$(med wall "$c/1M")")
			tm=$(ratio "$(med rss "$c/5M")" "$(med rss "$c/1M")")
			printf '| %s | %s %s | %s | %s %s |\n' "$c" "$tw" "$(verdict "$tw" 5.5)" \
				"$(ratio "$(med cpu "$c/5M")" "$(med cpu "$c/1M")")" "$tm" "$(verdict "$tm" 5.5)"
		done
	fi
	if ((dir_test)); then
		echo
		echo "A directory of $files zones of $file_records records ($(label $((files * file_records))) records):"
		echo
		echo "| command | wall s | CPU s | CPU use | max RSS MB |"
		echo "|---|---:|---:|---:|---:|"
		for k in floor/dir audit1/dir audit/dir; do
			case $k in
			floor/dir) name="floor (one file after another)" ;;
			audit1/dir) name="GOMAXPROCS=1 zonegen audit --all-hosts DIR" ;;
			audit/dir) name="zonegen audit --all-hosts DIR (GOMAXPROCS=$(nproc))" ;;
			esac
			printf '| %s | %s%s | %s | %s%% | %s |\n' "$name" "$(med wall "$k")" "$(mark "$k")" "$(med cpu "$k")" "$(med pcpu "$k")" "$(med rss "$k")"
		done
		sp=$(ratio "$(med wall audit1/dir)" "$(med wall audit/dir)")
		echo
		echo "Speed-up of $(nproc) workers over one: ${sp}x (target: at least 1.7x): $(verdict "$sp" 1.7 min)."
	fi
} | tee "$out/results.md"
