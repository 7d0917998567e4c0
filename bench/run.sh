#!/usr/bin/env bash
# bench/run.sh - time firstsec against `wc -l` and the same computation
# written for mawk, gawk, GNU datamash and Miller, on generated data.
# See bench/README.md.
#
#   bench/run.sh                         every workload, full size
#   BENCH_ROWS=100000 bench/run.sh       quick run (every data set that size)
#   BENCH_ONLY=households bench/run.sh   workloads matching a regex
#
# Environment:
#   BENCH_ROWS         rows of every data set (default: attendance 10000000,
#                      funds 10000000, households 1000000, benefits,
#                      decisions and conduct 2000000;
#                      cadres 20000 whatever it says)
#   BENCH_SECRETARIES  secretaries in attendance, funds and roster (1000)
#   BENCH_SEED         generator seed (1)
#   BENCH_RUNS         timed runs per command (3)
#   BENCH_SLOW         seconds: a command whose first run took longer is
#                      timed by that run alone (30)
#   BENCH_ONLY         extended regex on workload names
#   BENCH_NO_MEMORY    set: skip the memory check (1M against 10M rows)
#   BENCH_MEM_RUNS     runs of each memory check command (3): the largest
#                      peak RSS counts, since with two threads it depends
#                      on whether their read windows are full at once
#   BENCH_NO_TIMING    set: only the memory check
#   BENCH_NO_HYPERFINE set: time with /usr/bin/time even if hyperfine is there
#   BENCH_INTERLEAVE   1 (the default): time a workload's commands in rounds,
#                      each once a round ($EPOCHREALTIME), so that a machine
#                      whose speed drifts slows them all alike and the
#                      ratios stay fair; empty: each command's runs in a row
#                      (hyperfine when installed).  Where mawk and firstsec
#                      both ran in rounds, a line gives mawk / firstsec
#                      round by round: median, quartiles, range.
#   BENCH_WARMUP       1 (the default): in rounds, run each command once
#                      untimed just before its timed run; empty: not.
#                      On this VM a process that touches memory another
#                      has just freed (Miller's 3 GB, datamash's sort)
#                      pays for it: fs-households took 0.29-0.33 s after
#                      a 3 GB program and 0.23-0.25 s after itself.
#
# For each workload every command runs once under /usr/bin/time -v (peak
# RSS, exit status), and its output, put through the row's "agree" filter,
# must be the firstsec row's; then the commands are timed.  Data goes to
# bench/data/ (gitignored) and is generated only when missing.  Each run's
# table is also written to bench/data/results/DATE.tsv.
set -euo pipefail
export LC_ALL=C

cd "$(dirname "$0")/.."
root=$PWD
bench=$root/bench
data=$bench/data
bin=$root/bin

SECRETARIES=${BENCH_SECRETARIES:-1000}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-3}
MEM_RUNS=${BENCH_MEM_RUNS:-3}
SLOW=${BENCH_SLOW:-10}
INTERLEAVE=${BENCH_INTERLEAVE-1}
WARMUP=${BENCH_WARMUP-1}
ONLY=${BENCH_ONLY:-}
declare -A ROWS=(
	[attendance]=${BENCH_ROWS:-10000000}
	[funds]=${BENCH_ROWS:-10000000}
	[households]=${BENCH_ROWS:-1000000}
	[benefits]=${BENCH_ROWS:-2000000}
	[decisions]=${BENCH_ROWS:-2000000}
	[conduct]=${BENCH_ROWS:-2000000}
	[cadres]=20000
	[roster]=$SECRETARIES
)
# The day every workload is judged on: the data's last day.
ASOF=2026-12-31

# ---------------------------------------------------------------- workloads
# One line per (workload, tool):  workload | data | tool | command | agree
#   data     the data set whose size gives MB/s
#   tool     `wc -l` (the floor), `firstsec` (its default threads),
#            `fs-1core` (the same tool with --jobs 1), or a peer: mawk, gawk,
#            datamash, mlr.  Ratios are taken within a workload.
#   command  run with sh -c (or without a shell when it needs none),
#            stdout kept for the agreement check.  @attendance@, @funds@,
#            @households@, @roster@ stand for the data files, @bin@ for
#            the repo's bin/, @bench@ for bench/, @asof@ for the as-of day;
#            @benefits@, @cadres@, @decisions@ and @conduct@ too (fs-audit).
#   agree    a filter (sh) that turns the output into the form every row
#            of the workload must give; `-`: not compared (wc -l);
#            `part`: the peer computes only part of the result (datamash
#            has no per-row expressions): timed, not compared.
# A row whose program is missing is skipped with a message.
WORKLOADS='
check-attendance | attendance | wc -l    | wc -l @attendance@ | -
check-attendance | attendance | mawk     | mawk -f @bench@/mawk/check-attendance.awk @attendance@ | cat
check-attendance | attendance | gawk     | gawk -f @bench@/mawk/check-attendance.awk @attendance@ | cat
check-attendance | attendance | datamash | datamash --header-in check < @attendance@ | part
check-attendance | attendance | mlr      | mlr --itsv --otsv --from @attendance@ put -q -f @bench@/mlr/check-attendance.mlr | cat
check-attendance | attendance | firstsec | @bin@/fs-check --type attendance @attendance@ | cut -f 3,4
check-attendance | attendance | fs-1core | @bin@/fs-check --jobs 1 --type attendance @attendance@ | cut -f 3,4
households | households | wc -l    | wc -l @households@ | -
households | households | mawk     | mawk -f @bench@/mawk/households.awk @households@ @households@ | cat
households | households | gawk     | gawk -f @bench@/mawk/households.awk @households@ @households@ | cat
households | households | datamash | datamash --header-in --sort --group 8 count 8 < @households@ | part
households | households | mlr      | mlr --tsv put -q -f @bench@/mlr/households.mlr @households@ @households@ | cat
households | households | firstsec | @bin@/fs-households --as-of @asof@ @households@ | cat
households | households | fs-1core | @bin@/fs-households --jobs 1 --as-of @asof@ @households@ | cat
attendance | attendance | wc -l    | wc -l @attendance@ | -
attendance | attendance | mawk     | mawk -v year=2026 -v asof=@asof@ -f @bench@/mawk/attendance.awk @roster@ @attendance@ | sort
attendance | attendance | gawk     | gawk -v year=2026 -v asof=@asof@ -f @bench@/mawk/attendance.awk @roster@ @attendance@ | sort
attendance | attendance | datamash | datamash --header-in --sort --group 1,3 count 3 < @attendance@ | part
attendance | attendance | mlr      | mlr --tsv --from @attendance@ count -g secretary_id,status | part
attendance | attendance | firstsec | @bin@/fs-attendance --calendar none --as-of @asof@ --year 2026 --roster @roster@ @attendance@ | sort
attendance | attendance | fs-1core | @bin@/fs-attendance --jobs 1 --calendar none --as-of @asof@ --year 2026 --roster @roster@ @attendance@ | sort
funds | funds | wc -l    | wc -l @funds@ | -
funds | funds | mawk     | mawk -v year=2026 -f @bench@/mawk/funds.awk @funds@ | sort
funds | funds | gawk     | gawk -v year=2026 -f @bench@/mawk/funds.awk @funds@ | sort
funds | funds | datamash | datamash --header-in --sort --group 6,3,4 sum 5 < @funds@ | part
funds | funds | mlr      | mlr --tsv --from @funds@ stats1 -a sum -f amount -g secretary_id,category,flow | part
funds | funds | firstsec | @bin@/fs-funds --as-of @asof@ --year 2026 @funds@ | sort
funds | funds | fs-1core | @bin@/fs-funds --jobs 1 --as-of @asof@ --year 2026 @funds@ | sort
benefits | benefits | wc -l    | wc -l @benefits@ | -
benefits | benefits | mawk     | mawk -f @bench@/mawk/lib.awk -f @bench@/mawk/benefits.awk @cadres@ @benefits@ @benefits@ | cat
benefits | benefits | gawk     | gawk -f @bench@/mawk/lib.awk -f @bench@/mawk/benefits.awk @cadres@ @benefits@ @benefits@ | cat
benefits | benefits | datamash | datamash --header-in --sort --group 4,3 count 4 < @benefits@ | part
benefits | benefits | mlr      | mlr --tsv --from @benefits@ count -g id_number,program | part
benefits | benefits | firstsec | @bin@/fs-audit benefits --as-of @asof@ --cadres @cadres@ @benefits@ | cat
benefits | benefits | fs-1core | @bin@/fs-audit benefits --jobs 1 --as-of @asof@ --cadres @cadres@ @benefits@ | cat
decisions | decisions | wc -l    | wc -l @decisions@ | -
decisions | decisions | mawk     | mawk -v asof=@asof@ -f @bench@/mawk/lib.awk -f @bench@/mawk/decisions.awk @decisions@ @decisions@ | cat
decisions | decisions | gawk     | gawk -v asof=@asof@ -f @bench@/mawk/lib.awk -f @bench@/mawk/decisions.awk @decisions@ @decisions@ | cat
decisions | decisions | datamash | datamash --header-in --sort --group 1 count 1 < @decisions@ | part
decisions | decisions | mlr      | mlr --tsv --from @decisions@ count -g decision_id | part
decisions | decisions | firstsec | @bin@/fs-audit decisions --as-of @asof@ @decisions@ | cat
decisions | decisions | fs-1core | @bin@/fs-audit decisions --jobs 1 --as-of @asof@ @decisions@ | cat
conduct | conduct | wc -l    | wc -l @conduct@ | -
conduct | conduct | mawk     | mawk -f @bench@/mawk/lib.awk -f @bench@/mawk/conduct.awk @bench@/conduct-rules.tsv @conduct@ | cat
conduct | conduct | gawk     | gawk -f @bench@/mawk/lib.awk -f @bench@/mawk/conduct.awk @bench@/conduct-rules.tsv @conduct@ | cat
conduct | conduct | datamash | datamash --header-in --sort --group 2,3 count 3 < @conduct@ | part
conduct | conduct | mlr      | mlr --tsv --from @conduct@ count -g secretary_id,kind | part
conduct | conduct | firstsec | @bin@/fs-audit conduct --rules @bench@/conduct-rules.tsv --as-of @asof@ @conduct@ | cat
conduct | conduct | fs-1core | @bin@/fs-audit conduct --jobs 1 --rules @bench@/conduct-rules.tsv --as-of @asof@ @conduct@ | cat
conduct | conduct | fs-rules | @bin@/fs-audit conduct --as-of @asof@ @conduct@ | part
'
# The memory check: one command on 1M and on 10M rows with the same keys
# (SPEC 5: memory grows with keys, never with rows).  name | data |
# secretaries | command; @data@ stands for the data file.  27398
# secretaries put 10M attendance rows all in 2026 (27398 x 365 >= 10M), so
# both files have one day map per secretary.  fs-funds keeps the money
# still held, a lot per village, category and day: 100 secretaries (and
# villages) give 1M funds rows that put money in on most of those days
# (2.9 support ins in a village a day), as 10M rows do; with 1000, 1M
# rows leave most days empty, and 10M rows are more keys, not more rows.
MEMCHECK='
check-attendance | attendance | 27398 | @bin@/fs-check --type attendance @data@
check-funds      | funds      | 1000  | @bin@/fs-check --type funds @data@
attendance       | attendance | 27398 | @bin@/fs-attendance --calendar none --as-of @asof@ --year 2026 @data@
funds            | funds      | 100   | @bin@/fs-funds --as-of @asof@ --year 2026 @data@
'

# ------------------------------------------------------------------ helpers
say() { printf '%s\n' "$*" >&2; }

build_gen() {
	if [[ ! -x $bench/gen || $bench/gen.c -nt $bench/gen ]]; then
		say "building bench/gen"
		cc -std=c11 -O2 -Wall -Wextra -Werror -o "$bench/gen" "$bench/gen.c"
	fi
}

# data_file KIND [ROWS [SECRETARIES]]: path of the data set, made if missing
data_file() {
	local kind=$1 rows=${2:-${ROWS[$1]}} secs=${3:-$SECRETARIES} name
	name=$kind-$rows
	[[ $kind == roster ]] && rows=$secs name=$kind-$secs
	[[ $kind != roster && $secs != 1000 ]] && name+=-s$secs
	[[ $SEED != 1 ]] && name+=-seed$SEED
	local f=$data/$name.tsv
	if [[ ! -s $f ]]; then
		build_gen
		mkdir -p "$data"
		say "generating $f"
		local args=("$kind" "$rows" "$SEED")
		[[ $kind == attendance || $kind == funds || $kind == conduct ]] &&
			args+=("$secs")
		"$bench/gen" "${args[@]}" >"$f.tmp"
		mv "$f.tmp" "$f"
	fi
	printf '%s\n' "$f"
}

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; s=${s%"${s##*[![:space:]]}"}; printf '%s' "$s"; }

# expand @...@ in a command, generating the data it names
expand() {
	local cmd=$1 kind
	for kind in attendance funds households benefits cadres decisions conduct roster; do
		if [[ $cmd == *"@$kind@"* ]]; then
			cmd=${cmd//@$kind@/$(data_file "$kind")}
		fi
	done
	cmd=${cmd//@bin@/$bin}
	cmd=${cmd//@bench@/$bench}
	cmd=${cmd//@asof@/$ASOF}
	printf '%s' "$cmd"
}

# the programs a command runs: missing -> message on stdout
missing() {
	local word
	for word in $1; do
		case $word in
		*/bin/fs-*) [[ -x $word ]] || { echo "${word#"$root"/} not built yet"; return; } ;;
		mawk | gawk | datamash | mlr | wc)
			command -v "$word" >/dev/null || { echo "$word not installed"; return; } ;;
		esac
	done
}

have_hyperfine=0
command -v hyperfine >/dev/null && [[ -z ${BENCH_NO_HYPERFINE:-} ]] && have_hyperfine=1
[[ -x /usr/bin/time ]] || { say "run.sh: needs GNU time (/usr/bin/time): apt-get install time"; exit 2; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
resdir=$data/results
mkdir -p "$resdir/$stamp"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# needs_shell CMD: does it use the shell (pipes, redirections)?
needs_shell() { [[ $1 == *[\|\<\>\;\&\$\`\'\"\(\)\*\?]* ]]; }

declare -A T_SEC=() T_RUNS=() T_RSS=() T_RC=() T_SUM=() # by command
declare -A T_ROUNDS=()	# by command: its times round by round (interleaved)
# first_run CMD AGREE: one run under time -v: peak RSS, exit status,
# seconds, and the checksum of the output put through AGREE
first_run() {
	local cmd=$1 agree=$2 rc=0
	/usr/bin/time -v -o "$tmp/v" sh -c "$cmd" >"$tmp/out" 2>"$tmp/err" || rc=$?
	T_RC[$cmd]=$(awk -F': ' '/Exit status/ { print $2 }' "$tmp/v")
	[[ -n ${T_RC[$cmd]} ]] || T_RC[$cmd]=$rc
	T_RSS[$cmd]=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/v")
	T_SEC[$cmd]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, a, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + a[i]
		print s }' "$tmp/v")
	T_RUNS[$cmd]=1
	# 1: a checking tool found violations, as it should on this data
	if [[ ${T_RC[$cmd]} != 0 && ${T_RC[$cmd]} != 1 ]]; then
		say "  note: exit status ${T_RC[$cmd]}: $(head -c 300 "$tmp/err")"
	fi
	case $agree in
	- | part) T_SUM[$cmd]=$agree ;;
	*) T_SUM[$cmd]=$(sh -c "$agree" <"$tmp/out" | cksum | tr ' ' :) ;;
	esac
	rm -f "$tmp/out"
}

# timed CMD: the median of RUNS runs, unless the first run was slow
timed() {
	local cmd=$1 i
	awk -v t="${T_SEC[$cmd]}" -v s="$SLOW" 'BEGIN { exit !(t >= s) }' && return
	if ((have_hyperfine)); then
		local json=$resdir/$stamp/$RANDOM$RANDOM.json shell=(--shell=none)
		needs_shell "$cmd" && shell=()
		hyperfine "${shell[@]}" --runs "$RUNS" --warmup 0 --ignore-failure \
			--style none --export-json "$json" "$cmd" >/dev/null 2>"$tmp/hf"
		T_SEC[$cmd]=$(awk -F'[:,]' '/"median"/ { gsub(/ /, "", $2); print $2; exit }' "$json")
	else
		: >"$tmp/times"
		for ((i = 0; i < RUNS; i++)); do
			/usr/bin/time -f '%e' -o "$tmp/t" sh -c "$cmd" >/dev/null 2>&1 || true
			tail -n 1 "$tmp/t" >>"$tmp/times"
		done
		T_SEC[$cmd]=$(sort -n "$tmp/times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	fi
	T_RUNS[$cmd]=$RUNS
}

# interleaved CMD...: each command run RUNS times, a round at a time (one
# run of each, in turn), the median of each: the commands share the
# machine's drift.  Commands slower than SLOW keep their first run.
# With WARMUP each timed run follows an untimed one of the same command,
# so that no command is timed on the memory the one before it let go.
interleaved() {
	local cmd r i t0 fast=()
	for cmd in "$@"; do
		awk -v t="${T_SEC[$cmd]}" -v s="$SLOW" 'BEGIN { exit !(t < s) }' &&
			fast+=("$cmd") && : >"$tmp/times.${#fast[@]}"
	done
	for ((r = 0; r < RUNS; r++)); do
		for i in "${!fast[@]}"; do
			[[ -n $WARMUP ]] && { sh -c "${fast[i]}" >/dev/null 2>&1 || true; }
			t0=$EPOCHREALTIME
			sh -c "${fast[i]}" >/dev/null 2>&1 || true
			awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", b - a }' \
				>>"$tmp/times.$((i + 1))"
		done
	done
	for i in "${!fast[@]}"; do
		T_SEC[${fast[i]}]=$(sort -n "$tmp/times.$((i + 1))" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
		T_RUNS[${fast[i]}]=$RUNS
		T_ROUNDS[${fast[i]}]=$(tr '\n' ' ' <"$tmp/times.$((i + 1))")
	done
}

load() { awk '{ print $1, $2, $3 }' /proc/loadavg; }

# -------------------------------------------------------------------- run
say "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
say "timing: $([[ -n $INTERLEAVE ]] && echo "a workload's commands in rounds$([[ -n $WARMUP ]] && echo ", each timed run right after an untimed one")" || { [[ $have_hyperfine == 1 ]] && echo hyperfine || echo /usr/bin/time; }), median of $RUNS runs after a first run under /usr/bin/time -v (RSS, agreement); slower than ${SLOW}s: that run alone"
load_start=$(load)
say "load average at start: $load_start"

declare -a R_W R_D R_TOOL R_CMD R_AGREE
while IFS='|' read -r w d tool cmd agree; do
	w=$(trim "$w")
	[[ -z $w || $w == \#* ]] && continue
	[[ -n $ONLY && ! $w =~ $ONLY ]] && continue
	R_W+=("$w") R_D+=("$(trim "$d")") R_TOOL+=("$(trim "$tool")")
	R_CMD+=("$(trim "$cmd")") R_AGREE+=("$(trim "$agree")")
done <<<"$WORKLOADS"
((${#R_W[@]})) || { say "run.sh: no workload matches '$ONLY'"; exit 2; }
[[ -n ${BENCH_NO_TIMING:-} ]] && R_W=()

declare -a X_CMD X_SKIP
declare -A W_CMDS=()
for i in "${!R_W[@]}"; do
	# a workload whose firstsec tool is not built is left out whole
	X_SKIP[i]=''
	for j in "${!R_W[@]}"; do
		[[ ${R_W[j]} == "${R_W[i]}" && ${R_TOOL[j]} == firstsec ]] || continue
		m=$(missing "${R_CMD[j]//@bin@/$bin}")
		[[ -n $m ]] && X_SKIP[i]="workload left out: $m"
	done
	if [[ -z ${X_SKIP[i]} ]]; then
		X_CMD[i]=$(expand "${R_CMD[$i]}")
		X_SKIP[i]=$(missing "${X_CMD[i]}")
	fi
	if [[ -n ${X_SKIP[i]} ]]; then
		say "skip ${R_W[i]} / ${R_TOOL[i]}: ${X_SKIP[i]}"
		continue
	fi
	cmd=${X_CMD[i]}
	[[ -n ${T_SUM[$cmd]:-} ]] && continue
	say "run  ${R_W[i]} / ${R_TOOL[i]}: ${cmd//$root\//}"
	first_run "$cmd" "${R_AGREE[i]}"
	if [[ -n $INTERLEAVE ]]; then
		W_CMDS[${R_W[i]}]+="${cmd}"$'\n'
		say "     first run $(printf '%.3f' "${T_SEC[$cmd]}") s, $((T_RSS[$cmd] / 1024)) MB"
		continue
	fi
	timed "$cmd"
	say "     $(printf '%.3f' "${T_SEC[$cmd]}") s, $((T_RSS[$cmd] / 1024)) MB"
done
if [[ -n $INTERLEAVE ]]; then
	for w in "${!W_CMDS[@]}"; do
		mapfile -t cmds < <(printf '%s' "${W_CMDS[$w]}")
		say "time $w: ${#cmds[@]} commands in $RUNS rounds"
		interleaved "${cmds[@]}"
	done
fi
load_end=$(load)

# ------------------------------------------------------------------ table
out=$resdir/$stamp.tsv
if [[ -z ${BENCH_NO_TIMING:-} ]]; then
	{
		printf 'workload\tdata\tMB\ttool\tseconds\truns\tMB_per_s\tpeak_rss_MB\tvs_mawk\tvs_wc\tagree\texit\n'
		for i in "${!R_W[@]}"; do
			w=${R_W[i]}
			[[ ${X_SKIP[i]} == "workload left out"* ]] && continue
			f=$(data_file "${R_D[i]}")
			bytes=$(stat -c %s "$f")
			mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
			if [[ -n ${X_SKIP[i]} ]]; then
				printf '%s\t%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t%s\n' "$w" "$(basename "$f" .tsv)" "$mb" "${R_TOOL[i]}" "${X_SKIP[i]}"
				continue
			fi
			cmd=${X_CMD[i]}
			t=${T_SEC[$cmd]} t_mawk='' t_wc='' ref=''
			for j in "${!R_W[@]}"; do
				[[ ${R_W[j]} == "$w" && -z ${X_SKIP[j]} ]] || continue
				[[ ${R_TOOL[j]} == mawk ]] && t_mawk=${T_SEC[${X_CMD[j]}]}
				[[ ${R_TOOL[j]} == "wc -l" ]] && t_wc=${T_SEC[${X_CMD[j]}]}
				[[ ${R_TOOL[j]} == firstsec ]] && ref=${T_SUM[${X_CMD[j]}]}
			done
			sum=${T_SUM[$cmd]}
			case $sum in
			-) agree=- ;;
			part) agree=part ;;
			*) if [[ ${R_TOOL[i]} == firstsec ]]; then agree=ref
			   elif [[ $sum == "$ref" ]]; then agree=yes
			   else agree=NO; fi ;;
			esac
			awk -v w="$w" -v d="$(basename "$f" .tsv)" -v mb="$mb" -v tool="${R_TOOL[i]}" \
				-v t="$t" -v runs="${T_RUNS[$cmd]}" -v b="$bytes" -v rss="${T_RSS[$cmd]}" \
				-v tm="$t_mawk" -v tw="$t_wc" -v agree="$agree" -v rc="${T_RC[$cmd]}" 'BEGIN {
				vm = tm == "" || t <= 0 ? "-" : sprintf("%.2f", tm / t)
				vw = tw == "" || tw <= 0 ? "-" : sprintf("%.2f", t / tw)
				mbs = t > 0 ? sprintf("%.0f", b / 1e6 / t) : "-"
				printf "%s\t%s\t%s\t%s\t%.3f\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\n", w, d, mb, tool, t, runs, mbs, rss / 1024, vm, vw, agree, rc
			}'
		done
	} >"$out"

	echo
	column -t -s $'\t' "$out" 2>/dev/null || cat "$out"
	echo
	echo "vs_mawk: mawk's seconds / this row's; vs_wc: this row's seconds / wc -l's."
	echo "agree: the output (through the row's filter) is the firstsec row's (ref);"
	echo "part: the peer computes only part of the result; -: not compared."

	# The bars of SPEC 5, for each firstsec row.
	awk -F'\t' 'NR > 1 { t[$1, $4] = $5; a[$1, $4] = $11; r[$1, $4] = $7; w[$1] = 1 }
	END {
		print ""
		print "targets (SPEC 5): firstsec >= 10x mawk, >= 15x datamash and mlr, <= 8x wc -l, >= 700 MB/s"
		for (k in w) for (fs = 1; fs <= 2; fs++) {
			me = fs == 1 ? "firstsec" : "fs-1core"
			if (!((k, me) in t) || t[k, me] == "-") continue
			f = t[k, me]
			line = sprintf("%-18s %-8s %s MB/s", k, me, r[k, me])
			n = split("mawk:10 gawk:10 datamash:15 mlr:15", p, " ")
			for (i = 1; i <= n; i++) {
				split(p[i], q, ":")
				if (!((k, q[1]) in t) || t[k, q[1]] == "-") continue
				x = t[k, q[1]] / f
				line = line sprintf("  %s %.1fx%s%s", q[1], x, x >= q[2] ? "" : " (MISS)",
				    a[k, q[1]] == "part" ? " [part]" : "")
			}
			if ((k, "wc -l") in t) {
				x = f / t[k, "wc -l"]
				line = line sprintf("  wc %.1fx%s", x, x <= 8 ? "" : " (MISS)")
			}
			if (r[k, me] + 0 < 700) line = line " (MB/s MISS)"
			print line
		}
	}' "$out"

	# mawk against firstsec round by round, where both ran in rounds: a
	# round's two runs share the machine's speed of the moment, so the
	# spread of their ratio says how far one median can be trusted.
	for w in "${!W_CMDS[@]}"; do
		t_mawk='' t_fs=''
		for i in "${!R_W[@]}"; do
			[[ ${R_W[i]} == "$w" && -z ${X_SKIP[i]} ]] || continue
			[[ ${R_TOOL[i]} == mawk ]] && t_mawk=${T_ROUNDS[${X_CMD[i]}]:-}
			[[ ${R_TOOL[i]} == firstsec ]] && t_fs=${T_ROUNDS[${X_CMD[i]}]:-}
		done
		[[ -n $t_mawk && -n $t_fs ]] || continue
		awk -v w="$w" -v m="$t_mawk" -v f="$t_fs" 'BEGIN {
			n = split(m, a, " "); split(f, b, " ")
			for (i = 1; i <= n; i++) r[i] = b[i] > 0 ? a[i] / b[i] : 0
			for (i = 2; i <= n; i++)	# insertion sort: n is small
				for (j = i; j > 1 && r[j - 1] > r[j]; j--) {
					x = r[j]; r[j] = r[j - 1]; r[j - 1] = x
				}
			for (i = 1; i <= n; i++) under += r[i] < 10
			printf "%-18s mawk / firstsec round by round: median %.1fx, quartiles %.1f-%.1fx, range %.1f-%.1fx, %d of %d rounds under 10x\n", \
			    w, r[int((n + 1) / 2)], r[int(n / 4) + 1], r[int(3 * n / 4) + 1], r[1], r[n], under, n
		}'
	done
fi

# ------------------------------------------------------------ memory check
if [[ -z ${BENCH_NO_MEMORY:-} ]]; then
	echo
	echo "memory (SPEC 5): peak RSS on 1M and 10M rows with the same keys, the largest of $MEM_RUNS runs; the bar: 10M no more than 10% above 1M"
	printf 'memcheck\tsecretaries\trss_1M_MB\trss_10M_MB\tratio\tverdict\n' >"$out.mem"
	while IFS='|' read -r name kind secs cmd; do
		name=$(trim "$name")
		[[ -z $name || $name == \#* ]] && continue
		[[ -n $ONLY && ! $name =~ $ONLY ]] && continue
		kind=$(trim "$kind") secs=$(trim "$secs") cmd=$(trim "$cmd")
		cmd=${cmd//@bin@/$bin}
		cmd=${cmd//@asof@/$ASOF}
		m=$(missing "$cmd")
		if [[ -n $m ]]; then
			printf '%s\t%s\t-\t-\t-\t%s\n' "$name" "$secs" "$m" >>"$out.mem"
			continue
		fi
		rss=()
		for rows in 1000000 10000000; do
			f=$(data_file "$kind" "$rows" "$secs")
			peak=0
			for ((k = 0; k < MEM_RUNS; k++)); do
				/usr/bin/time -v -o "$tmp/v" sh -c "${cmd//@data@/$f}" >/dev/null 2>"$tmp/err" || true
				m=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/v")
				((m > peak)) && peak=$m
			done
			rss+=("$peak")
		done
		awk -v n="$name" -v s="$secs" -v a="${rss[0]}" -v b="${rss[1]}" 'BEGIN {
			r = b / a
			v = r > 1.1 ? "MISS" : r < 0.9 ? "ok (less on 10M)" : "ok"
			printf "%s\t%s\t%.1f\t%.1f\t%.3f\t%s\n", n, s, a / 1024, b / 1024, r, v
		}' >>"$out.mem"
	done <<<"$MEMCHECK"
	column -t -s $'\t' "$out.mem" 2>/dev/null || cat "$out.mem"
fi

echo
echo "load average: $load_start at start, $load_end after the timings ($(nproc) cores)"
echo "table: ${out#"$root"/}$([[ -n ${BENCH_NO_TIMING:-} ]] && echo .mem)"
