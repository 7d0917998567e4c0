#!/bin/sh
# fuzz/run.sh BINDIR FLAG... - runs every libFuzzer target of BINDIR with
# the given flags (-runs=N or -max_total_time=S) on its corpus:
#
#   build/fuzz/corpus/TARGET/  what earlier runs found (kept, not committed)
#   build/fuzz/seed/TARGET/    seeds made from tests/e2e (fuzz/seed.sh)
#   fuzz/regress/TARGET/       inputs that once failed: each must pass now
#
# Says one line per target; a failure shows the end of the target's log
# and the input that failed is kept in build/fuzz/crash/.  Exit 1 on any.
set -u
bindir=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
work=$top/build/fuzz
"$top/fuzz/seed.sh" "$work/seed"
mkdir -p "$work/crash" "$work/log"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
flags=$*		# -runs=N, -max_total_time=S: no spaces
for t in "$bindir"/fuzz_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	mkdir -p "$work/corpus/$name"
	regress=""
	[ -d "$top/fuzz/regress/$name" ] && regress=$top/fuzz/regress/$name
	log=$work/log/$name.log
	# shellcheck disable=SC2086
	if "$t" -close_fd_mask=3 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$work/crash/$name-" $flags \
	    "$work/corpus/$name" "$work/seed/$name" $regress > "$log" 2>&1; then
		echo "$name: ok, $(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log")"
	else
		tail -n 30 "$log"
		echo "$name: FAILED (log: $log)"
		status=1
	fi
done
exit $status
