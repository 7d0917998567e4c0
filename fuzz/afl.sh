#!/bin/sh
# fuzz/afl.sh BINDIR SECONDS [CAMPAIGN...] - AFL++ on the tools themselves:
# one campaign per row of the table below (or only those named), each
# SECONDS seconds, one after another, on BINDIR's programs built by
# afl-cc with ASan and UBSan (make fuzz-afl).  @@ is the file fuzzed;
# the other files a command names are fixed.
#
#   build/afl/seed/NAME/   seeds: the inline inputs and files of tests/e2e
#                          and examples/ whose header fits the campaign,
#                          cut to 40 lines, without repeats (afl-cmin)
#   build/afl/out/NAME/    afl-fuzz's own directory (queue, crashes, hangs)
#   build/afl/crash/, build/afl/hang/
#                          every crash and hang found, as NAME-id_N
#   build/afl/log/NAME.log afl-fuzz's log
#   fuzz/regress/afl-NAME/ inputs that once crashed: each is run first and
#                          must not crash now; they are seeds as well
#
# A tool's exit status 0 to 3 is its verdict (SPEC 1.6), not a crash; a
# signal is, and so is a sanitizer's report (ASan and UBSan abort).
# LeakSanitizer would make every run six times slower, so the fuzzer runs
# without it, and every input of the queue is then run again with it: a
# leak (exit 86) or any other report is kept as a crash, NAME-leak-id_N.
# Says one line per campaign; exit 1 when any input crashed or leaked.  A
# hang (no answer in AFL_TIMEOUT ms, default 2000) is said and kept, but
# is not a failure by itself: it may be slow rather than stuck.
set -u
bindir=$(cd "$1" && pwd)
seconds=$2
shift 2
only=$*
top=$(cd "$(dirname "$0")/.." && pwd)
work=$top/build/afl
timeout=${AFL_TIMEOUT:-2000}

# NAME, the kind of its seeds (by the headers below; any: every file;
# csv: fs-import's inputs), and the command, in which $asof, $ex (examples/),
# $data (data/) and $rej (a rejects file of the campaign's own) are set.
table() {
	cat <<'EOF'
funds		funds		fs-funds --as-of $asof --roster $ex/fs-funds/roster.tsv --households $ex/fs-funds/households.tsv --rejects $rej --findings --jobs 1 @@
funds-roster	roster		fs-funds --as-of $asof --roster @@ --jobs 1 $ex/fs-funds/funds.tsv
funds-j2	funds		fs-funds --as-of $asof --balances --rejects $rej --jobs 2 @@
attendance	attendance	fs-attendance --as-of $asof --roster $ex/fs-attendance/roster.tsv --calendar $data/calendar.tsv --policy $ex/fs-attendance/county.tsv --rejects $rej --findings --jobs 1 @@
attendance-roster	roster	fs-attendance --as-of $asof --roster @@ --calendar $data/calendar.tsv --jobs 1 $ex/fs-attendance/attendance.tsv
attendance-j2	attendance	fs-attendance --as-of $asof --calendar none --rejects $rej --jobs 2 @@
rectify		rectify		fs-rectify --as-of $asof --rejects $rej --findings @@
rectify-chart	rectify		fs-rectify --as-of $asof --chart --by-category --villages $ex/fs-rectify/villages.tsv --rejects $rej @@
conduct		conduct		fs-audit conduct --as-of $asof --rules $data/rules.tsv --roster $ex/fs-roster/roster.tsv --rejects $rej --findings @@
rules		rules		fs-audit conduct --as-of $asof --rules @@ $ex/fs-audit/conduct.tsv
decisions	decisions	fs-audit decisions --as-of $asof --rejects $rej --findings @@
benefits	benefits	fs-audit benefits --as-of $asof --cadres $ex/fs-audit/cadres.tsv --rejects $rej --findings @@
conduct-j2	conduct		fs-audit conduct --as-of $asof --rules $data/rules.tsv --rejects $rej --jobs 2 @@
decisions-j2	decisions	fs-audit decisions --as-of $asof --rejects $rej --jobs 2 @@
benefits-j2	benefits	fs-audit benefits --as-of $asof --cadres $ex/fs-audit/cadres.tsv --rejects $rej --jobs 2 @@
roster		roster		fs-roster --as-of $asof --rejects $rej --findings @@
households	households	fs-households --as-of $asof --rejects $rej --findings --jobs 1 @@
households-j2	households	fs-households --as-of $asof --rejects $rej --jobs 2 @@
mask		roster		fs-mask --mask name --drop sending_unit --rejects $rej @@
export		any		fs-export --rejects $rej @@
import		csv		fs-import --rejects $rej @@
report		findings	fs-report --as-of $asof --villages $ex/fs-report/villages.tsv --rejects $rej @@
report-html	findings	fs-report --as-of $asof --format html --villages $ex/fs-report/villages.tsv --progress $ex/fs-report/progress.tsv @@
seal		sealed		fs-seal --verify --findings @@
policy		policy		fs-policy --policy @@
check-j2	roster		fs-check --type roster --jobs 2 --rejects $rej @@
EOF
}

# The header of a file of each kind has these columns (common/format.c).
kinds='
roster secretary_id name sending_unit village_id term_start term_end
attendance secretary_id date status
households household_id village_id head_name members annual_income status
funds date village_id category flow amount
rectify item_id village_id category problem opened
conduct date secretary_id kind
decisions decision_id village_id stage date
benefits household_id village_id program id_number notice_start notice_end granted
findings tool rule severity entity
policy key value
rules rule pattern severity
sealed seal
'

command -v afl-fuzz >/dev/null 2>&1 || {
	echo "afl.sh: afl-fuzz not found (apt-get install afl++)" >&2
	exit 2
}
asof=2026-11-30
ex=$top/examples
data=$top/data
e2e=$top/tests/e2e
export LC_ALL=C.UTF-8 TZ=UTC
unset FS_POLICY FS_DATADIR
export AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1 AFL_SKIP_CRASHES=1
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=0
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:symbolize=0
rm -rf "$work/crash" "$work/hang" "$work/failed"
mkdir -p "$work/crash" "$work/hang" "$work/log" "$work/out" "$work/tmp"

# Every candidate seed: the inline inputs (<<< NAME up to the next <<< or
# >>>) of every case, the cases' fixtures, and the examples.
files=$work/files
rm -rf "$files"
mkdir -p "$files/all"
for t in "$e2e"/*/*.t; do
	awk -v d="$files/all" -v p="$(basename "$(dirname "$t")")-$(basename "$t" .t)" '
	/^<<< / { f = d "/" p "-" substr($0, 5); gsub(/[^A-Za-z0-9._\/-]/, "_", f); printf "" > f; next }
	/^>>> / || /^\$ / { f = ""; next }
	f != "" { print > f }
	' "$t"
done
for f in "$e2e"/*/files/* "$ex"/*/*.tsv "$ex"/*/*.csv "$ex"/*/*.findings; do
	[ -f "$f" ] || continue
	d=$(basename "$(dirname "$f")")
	[ "$d" = files ] && d=$(basename "$(dirname "$(dirname "$f")")")
	cp "$f" "$files/all/$d-$(basename "$f")"
done
# Each file cut to 40 lines and 8 KB, then listed under its kinds.
printf '%s\n' "$kinds" > "$files/kinds"
for f in "$files"/all/*; do
	head -n 40 "$f" | head -c 8192 > "$f.cut"
	mv "$f.cut" "$f"
	[ -s "$f" ] || { rm -f "$f"; continue; }
	case "$f" in
	*.csv|*/fs-import-*) echo "csv $f" ;;
	esac
	echo "any $f"
	awk -v f="$f" '
	FILENAME != f { if (NF > 1) { k = $1; $1 = ""; want[k] = $0 } next }
	{ sub(/^\357\273\277/, ""); sub(/\r$/, "") }
	$0 == "" { next }
	{
		for (i = 1; i <= NF; i++)
			has[$i] = 1
		for (k in want) {
			n = split(want[k], c, " ")
			ok = 1
			for (i = 1; i <= n; i++)
				if (!(c[i] in has))
					ok = 0
			if (ok)
				print k, f
		}
		exit
	}' FS=' ' "$files/kinds" FS='\t' "$f"
done > "$files/list"

# seeds NAME KIND ARGS...: the seeds of a campaign, repeats left out and
# the rest cut down by afl-cmin, with the regress inputs; and a dictionary
# of the seeds' short fields (printable ASCII: what afl-fuzz takes).
seeds() {
	s=$work/seed/$1
	raw=$work/seed/$1.raw
	k=$2
	shift 2
	rm -rf "$s" "$raw"
	mkdir -p "$raw"
	awk -v k="$k" '$1 == k { print $2 }' "$files/list" | while read -r f; do
		sum=$(cksum < "$f" | tr ' ' _)
		[ -e "$raw/$sum" ] || cp "$f" "$raw/$sum"
	done
	# Sealed ledgers are few among the tests: fs-seal seals some more.
	[ "$k" = sealed ] && awk '$1 != "any" && $1 != "csv" { print $2 }' \
	    "$files/list" | sort -u | awk 'NR % 6 == 0' | while read -r f; do
		"$bindir/fs-seal" "$f" > "$raw/sealed-$(basename "$f")" \
		    2> /dev/null || rm -f "$raw/sealed-$(basename "$f")"
	done
	if ! afl-cmin -i "$raw" -o "$s" -m none -t "$timeout" -- "$@" \
	    > "$work/log/$name.cmin.log" 2>&1; then
		rm -rf "$s"
		cp -R "$raw" "$s"
	fi
	[ -d "$top/fuzz/regress/afl-$name" ] &&
		cp "$top/fuzz/regress/afl-$name"/* "$s/"
	cat "$raw"/* | tr '\t\r' '\n\n' | LC_ALL=C awk '
	length($0) >= 2 && length($0) <= 32 && /^[ -~]*$/' |
	    LC_ALL=C sort | uniq -c | sort -rn | head -n 150 |
	    sed 's/^ *[0-9]* //; s/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/' \
	    > "$s.dict"
	rm -rf "$raw"
}

# keep DIR KIND: copies what afl-fuzz found in DIR (crashes or hangs) into
# $work/KIND/ as $name-id_N; says how many.
keep() {
	k=0
	for f in "$1"/id:*; do
		[ -f "$f" ] || continue
		k=$((k + 1))
		cp "$f" "$work/$2/$name-$(basename "$f" | cut -d, -f1 | tr : _)"
	done
	echo $k
}

# replay DIR ARGS...: ARGS with @@ as each file of DIR, with leaks looked
# for; says the exit status and name of each that did not exit 0 to 3
# (86: a sanitizer's report; 124: a minute went by).
replay() {
	d=$1
	shift
	for f in "$d"/*; do
		[ -f "$f" ] || continue
		(
			for a in "$@"; do
				shift
				[ "$a" = @@ ] && a=$f
				set -- "$@" "$a"
			done
			ASAN_OPTIONS=abort_on_error=0:detect_leaks=1:exitcode=86 \
			UBSAN_OPTIONS=halt_on_error=1:exitcode=86 \
			    timeout 60 "$@"
		) > /dev/null 2>&1
		rc=$?
		[ $rc -le 3 ] || echo "$rc $f"
	done
}

table | while read -r name kind cmd; do
	case " ${only:-$name} " in *" $name "*) ;; *) continue ;; esac
	tmp=$work/tmp/$name
	rm -rf "$tmp"
	mkdir -p "$tmp"
	rej=$tmp/rejects.tsv
	eval "set -- $cmd"
	tool=$1
	shift
	set -- "$bindir/$tool" "$@"
	export TMPDIR="$tmp"
	if [ -d "$top/fuzz/regress/afl-$name" ]; then
		replay "$top/fuzz/regress/afl-$name" "$@" | while read -r rc f; do
			echo "$name: fuzz/regress/afl-$name/$(basename "$f") fails again (exit $rc)"
			echo 1 > "$work/failed"
		done
	fi
	seeds "$name" "$kind" "$@"
	out=$work/out/$name
	rm -rf "$out"
	log=$work/log/$name.log
	dict=
	[ -s "$work/seed/$name.dict" ] && dict="-x $work/seed/$name.dict"
	# shellcheck disable=SC2086
	AFL_TMPDIR=$tmp timeout -k 10 $((seconds + 300)) afl-fuzz \
	    -i "$work/seed/$name" -o "$out" -m none -t "$timeout" \
	    -V "$seconds" $dict -- "$@" > "$log" 2>&1
	rc=$?
	st=$out/default/fuzzer_stats
	if [ ! -f "$st" ]; then
		tail -n 20 "$log"
		echo "$name: afl-fuzz did not run (exit $rc; log: $log)"
		echo 1 > "$work/failed"
		continue
	fi
	nc=$(keep "$out/default/crashes" crash)
	# The queue again, with LeakSanitizer (what takes a minute is left
	# to the hangs).
	replay "$out/default/queue" "$@" > "$tmp/replay"
	while read -r rc f; do
		[ "$rc" = 124 ] && continue
		nc=$((nc + 1))
		cp "$f" "$work/crash/$name-leak-$(basename "$f" | cut -d, -f1 | tr : _)"
	done < "$tmp/replay"
	nh=$(keep "$out/default/hangs" hang)
	field() { sed -n "s/^$1 *: *//p" "$st"; }
	echo "$name: $(field execs_done) execs, $(field corpus_count) paths" \
	    "($(field bitmap_cvg) of the map), $nc crashes, $nh hangs"
	[ $nc -eq 0 ] || echo 1 > "$work/failed"
done
if [ -f "$work/failed" ]; then
	rm -f "$work/failed"
	echo "afl.sh: failed (crashes: build/afl/crash/; logs: build/afl/log/)"
	exit 1
fi
exit 0
