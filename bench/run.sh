#!/usr/bin/env bash
# bench/run.sh - time firstsec against `wc -l` and its peers (mawk, gawk,
# datamash, mlr) on generated data.  See bench/README.md.
#
#   bench/run.sh                         every workload, full size
#   BENCH_ROWS=100000 bench/run.sh       quick run (every data set that size)
#   BENCH_ONLY=check-attendance bench/run.sh   workloads matching a regex
#
# Environment:
#   BENCH_ROWS         rows of every data set (default: attendance 10000000,
#                      funds 1000000, households 1000000)
#   BENCH_SECRETARIES  secretaries in attendance, funds and roster (1000)
#   BENCH_SEED         generator seed (1)
#   BENCH_RUNS         timed runs per command (3), after one warm-up run
#   BENCH_ONLY         extended regex on workload names
#   BENCH_NO_HYPERFINE set: time with /usr/bin/time even if hyperfine is there
#
# Data goes to bench/data/ (gitignored) and is generated only when missing;
# remove the files to regenerate them.  Each run's table is also written to
# bench/data/results/DATE.tsv, with hyperfine's JSON beside it.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
bench=$root/bench
data=$bench/data
bin=$root/bin

SECRETARIES=${BENCH_SECRETARIES:-1000}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-3}
ONLY=${BENCH_ONLY:-}
declare -A ROWS=(
	[attendance]=${BENCH_ROWS:-10000000}
	[funds]=${BENCH_ROWS:-1000000}
	[households]=${BENCH_ROWS:-1000000}
	[roster]=$SECRETARIES
)

# ---------------------------------------------------------------- workloads
# One line per (workload, tool):  workload | data | tool | command
#   data     the data set whose size gives MB/s (attendance, funds,
#            households, roster)
#   tool     `wc -l` (the floor), `firstsec`, or a peer (`mawk`, `gawk`,
#            `datamash`, `mlr`).  Ratios are taken within a workload:
#            vs_mawk = mawk's seconds / this row's (the bar: >= 10),
#            vs_wc   = this row's seconds / wc -l's (the bar: <= 8).
#   command  run with sh -c, output discarded.  @attendance@, @funds@,
#            @households@, @roster@ stand for the data files, @bin@ for the
#            repo's bin/, @bench@ for bench/.  A row whose program is missing
#            is skipped with a message.
# The same command in several workloads (e.g. wc -l) is timed once.
WORKLOADS='
check-attendance | attendance | wc -l    | wc -l @attendance@
check-attendance | attendance | mawk     | mawk -f @bench@/mawk/check-attendance.awk @attendance@
check-attendance | attendance | firstsec | @bin@/fs-check --type attendance @attendance@
'
# To come, one block per tool, e.g.:
# fs-attendance | attendance | wc -l    | wc -l @attendance@
# fs-attendance | attendance | mawk     | mawk -v year=2026 -f @bench@/mawk/attendance.awk @roster@ @attendance@
# fs-attendance | attendance | gawk     | gawk -v year=2026 -f @bench@/mawk/attendance.awk @roster@ @attendance@
# fs-attendance | attendance | datamash | ... | datamash -H -s -g 1 count 2
# fs-attendance | attendance | mlr      | mlr --tsv ... @attendance@
# fs-attendance | attendance | firstsec | @bin@/fs-attendance --as-of 2026-12-31 --year 2026 --roster @roster@ @attendance@
# fs-households | households | ...
# fs-funds      | funds      | ...

# ------------------------------------------------------------------ helpers
say() { printf '%s\n' "$*" >&2; }

build_gen() {
	if [[ ! -x $bench/gen || $bench/gen.c -nt $bench/gen ]]; then
		say "building bench/gen"
		cc -std=c11 -O2 -Wall -Wextra -Werror -o "$bench/gen" "$bench/gen.c"
	fi
}

# data_file KIND: path of the data set, generated if missing
data_file() {
	local kind=$1 rows=${ROWS[$1]} name
	name=$kind-$rows
	[[ $kind != roster && $SECRETARIES != 1000 ]] && name+=-s$SECRETARIES
	[[ $SEED != 1 ]] && name+=-seed$SEED
	local f=$data/$name.tsv
	if [[ ! -s $f ]]; then
		build_gen
		mkdir -p "$data"
		say "generating $f"
		local args=("$kind" "$rows" "$SEED")
		[[ $kind == attendance || $kind == funds ]] && args+=("$SECRETARIES")
		"$bench/gen" "${args[@]}" >"$f.tmp"
		mv "$f.tmp" "$f"
	fi
	printf '%s\n' "$f"
}

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; s=${s%"${s##*[![:space:]]}"}; printf '%s' "$s"; }

# expand @...@ in a command, generating the data it names
expand() {
	local cmd=$1 kind
	for kind in attendance funds households roster; do
		if [[ $cmd == *"@$kind@"* ]]; then
			cmd=${cmd//@$kind@/$(data_file "$kind")}
		fi
	done
	cmd=${cmd//@bin@/$bin}
	cmd=${cmd//@bench@/$bench}
	printf '%s' "$cmd"
}

# the program a command runs: missing -> message on stdout
missing() {
	local prog=${1%% *}
	if [[ $prog == */* ]]; then
		[[ -x $prog ]] || echo "${prog#"$root"/} not built yet"
	else
		command -v "$prog" >/dev/null || echo "$prog not installed"
	fi
}

have_hyperfine=0
command -v hyperfine >/dev/null && [[ -z ${BENCH_NO_HYPERFINE:-} ]] && have_hyperfine=1
[[ -x /usr/bin/time ]] || { say "run.sh: needs GNU time (/usr/bin/time): apt-get install time"; exit 2; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
resdir=$data/results
mkdir -p "$resdir/$stamp"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

declare -A T_SEC=() T_RSS=() T_RC=() # by command
njson=0
# measure CMD: sets T_SEC (median seconds), T_RSS (peak RSS, KB), T_RC
measure() {
	local cmd=$1 i
	[[ -n ${T_SEC[$cmd]:-} ]] && return
	if ((have_hyperfine)); then
		njson=$((njson + 1))
		local json=$resdir/$stamp/$njson.json
		# no shell in between unless the command needs one
		local shell=(--shell=none)
		[[ $cmd == *[\|\<\>\;\&\$\`\'\"\(\)\*\?]* ]] && shell=()
		hyperfine "${shell[@]}" --runs "$RUNS" --warmup 1 --ignore-failure \
			--style none --export-json "$json" "$cmd" >/dev/null
		T_SEC[$cmd]=$(awk -F'[:,]' '/"median"/ { gsub(/ /, "", $2); print $2; exit }' "$json")
	else
		sh -c "$cmd" >/dev/null 2>&1 || true # warm-up
		: >"$tmp/times"
		for ((i = 0; i < RUNS; i++)); do
			/usr/bin/time -f '%e %M' -o "$tmp/t" sh -c "$cmd" >/dev/null 2>&1 || true
			tail -n 1 "$tmp/t" >>"$tmp/times"
		done
		T_SEC[$cmd]=$(sort -n "$tmp/times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	fi
	# peak RSS from one more run under time -v
	local rc=0
	/usr/bin/time -v -o "$tmp/v" sh -c "$cmd" >/dev/null 2>"$tmp/err" || rc=$?
	T_RC[$cmd]=$(awk -F': ' '/Exit status/ { print $2 }' "$tmp/v")
	T_RSS[$cmd]=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/v")
	[[ -n ${T_RC[$cmd]} ]] || T_RC[$cmd]=$rc
	if [[ ${T_RC[$cmd]} != 0 ]]; then
		say "  note: exit status ${T_RC[$cmd]}: $(head -c 300 "$tmp/err")"
	fi
}

# -------------------------------------------------------------------- run
say "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
say "timing: $([[ $have_hyperfine == 1 ]] && echo "hyperfine, median of $RUNS runs after 1 warm-up" || echo "/usr/bin/time, median of $RUNS runs after 1 warm-up"); peak RSS: /usr/bin/time -v"

declare -a R_W R_D R_TOOL R_CMD
while IFS='|' read -r w d tool cmd; do
	w=$(trim "$w")
	[[ -z $w || $w == \#* ]] && continue
	[[ -n $ONLY && ! $w =~ $ONLY ]] && continue
	R_W+=("$w") R_D+=("$(trim "$d")") R_TOOL+=("$(trim "$tool")") R_CMD+=("$(trim "$cmd")")
done <<<"$WORKLOADS"
((${#R_W[@]})) || { say "run.sh: no workload matches '$ONLY'"; exit 2; }

declare -a X_CMD X_SKIP
for i in "${!R_W[@]}"; do
	cmd=$(expand "${R_CMD[$i]}")
	X_CMD[i]=$cmd
	X_SKIP[i]=$(missing "$cmd")
	if [[ -n ${X_SKIP[i]} ]]; then
		say "skip ${R_W[i]} / ${R_TOOL[i]}: ${X_SKIP[i]}"
		continue
	fi
	say "time ${R_W[i]} / ${R_TOOL[i]}: ${cmd//$root\//}"
	measure "$cmd"
done

# ------------------------------------------------------------------ table
out=$resdir/$stamp.tsv
{
	printf 'workload\tdata\tMB\ttool\tseconds\tMB_per_s\tpeak_rss_MB\tvs_mawk\tvs_wc\texit\n'
	for i in "${!R_W[@]}"; do
		w=${R_W[i]}
		f=$(data_file "${R_D[i]}")
		bytes=$(stat -c %s "$f")
		mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
		if [[ -n ${X_SKIP[i]} ]]; then
			printf '%s\t%s\t%s\t%s\t-\t-\t-\t-\t-\t%s\n' "$w" "$(basename "$f" .tsv)" "$mb" "${R_TOOL[i]}" "${X_SKIP[i]}"
			continue
		fi
		cmd=${X_CMD[i]}
		t=${T_SEC[$cmd]} t_mawk='' t_wc=''
		for j in "${!R_W[@]}"; do
			[[ ${R_W[j]} == "$w" && -z ${X_SKIP[j]} ]] || continue
			[[ ${R_TOOL[j]} == mawk ]] && t_mawk=${T_SEC[${X_CMD[j]}]}
			[[ ${R_TOOL[j]} == "wc -l" ]] && t_wc=${T_SEC[${X_CMD[j]}]}
		done
		awk -v w="$w" -v d="$(basename "$f" .tsv)" -v mb="$mb" -v tool="${R_TOOL[i]}" \
			-v t="$t" -v b="$bytes" -v rss="${T_RSS[$cmd]}" -v tm="$t_mawk" -v tw="$t_wc" \
			-v rc="${T_RC[$cmd]}" 'BEGIN {
			vm = tm == "" || t <= 0 ? "-" : sprintf("%.2f", tm / t)
			vw = tw == "" || tw <= 0 ? "-" : sprintf("%.2f", t / tw)
			mbs = t > 0 ? sprintf("%.0f", b / 1e6 / t) : "-"
			printf "%s\t%s\t%s\t%s\t%.3f\t%s\t%.1f\t%s\t%s\t%s\n", w, d, mb, tool, t, mbs, rss / 1024, vm, vw, rc
		}'
	done
} >"$out"

echo
column -t -s $'\t' "$out" 2>/dev/null || cat "$out"
echo
echo "vs_mawk: mawk's seconds / this tool's (the bar: >= 10); vs_wc: this tool's seconds / wc -l's (the bar: <= 8)"
echo "table: ${out#"$root"/}"
