#!/bin/sh
# tests/run.sh BINDIR - run every test: the unit tests of common/ (BINDIR/test_*)
# and the end-to-end cases tests/e2e/TOOL/*.t against the programs in BINDIR.
#
# A case file (.t) is a table row written out: a command, its inputs, and
# the exact stdout, stderr and exit status it must give:
#
#   # what the case shows
#   $ fs-check --type roster roster.tsv
#   <<< roster.tsv            an input file (<<< - is standard input)
#   ...lines...
#   >>> stdout                expected standard output (absent: empty)
#   ...lines...
#   >>> stderr                expected standard error (absent: empty)
#   >>> status 2              expected exit status (absent: 0)
#   >>> requires chromium     skip the case (counted as skipped) unless
#                             these programs are on PATH ("root": unless
#                             run as root, as CI is; "tmpfile": unless the
#                             file system makes unnamed files, O_TMPFILE;
#                             "nomap": unless BINDIR holds nomap.so, the
#                             library of tests/nomap.c, which `make units`
#                             and `make check` build and `make all` not)
#
# The command runs under sh in a fresh directory holding the inline files
# and a copy of tests/e2e/TOOL/files/ (fixtures: CRLF, BOM, NUL ...), with
# BINDIR first on PATH and FS_TOP naming the source tree.  --as-of is not
# implied: cases give it.
# Adding a case is adding a file; no code changes.
#
# VALGRIND=1 runs every command under valgrind (errors and leaks fail).
# Pass a pattern as the second argument to run only matching cases.
# The last line is "N passed, N failed"; the line before it says "N
# skipped" when a case was skipped.
set -u

bindir=$(cd "${1:-bin}" && pwd)
pattern=${2:-}
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fs-tests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
skip=0

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8 TZ=UTC FS_TOP="$top"
unset FS_POLICY FS_DATADIR

# Unit tests: each program prints its failures and ends with "N passed, N failed".
for t in "$bindir"/test_*; do
	[ -x "$t" ] || continue
	case "$(basename "$t")" in *"$pattern"*) ;; *) continue ;; esac
	out=$("$t" 2>&1)
	rc=$?
	last=$(printf '%s\n' "$out" | tail -n 1)
	p=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ] || [ "$rc" -ne 0 ]; then
		printf '%s\n' "$out" | grep -v '^[0-9]* passed' | sed 's/^/  /'
		echo "FAIL $(basename "$t") (exit $rc)"
		pass=$((pass + ${p:-0}))
		fail=$((fail + ${f:-0} + 1))
		continue
	fi
	pass=$((pass + p))
	fail=$((fail + f))
done

vg=""
if [ "${VALGRIND:-0}" = 1 ]; then
	vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
fi

# Splits a case file into $1/cmd, $1/in/NAME, $1/stdout, $1/stderr, $1/status.
split_case() {
	awk -v d="$1" '
	function open_(f) { if (out != "") close(out); out = f; printf "" > out }
	/^\$ / && cmd == "" { cmd = substr($0, 3); print cmd > (d "/cmd"); close(d "/cmd"); next }
	/^<<< / { open_(d "/in/" substr($0, 5)); next }
	/^>>> stdout$/ { open_(d "/stdout"); next }
	/^>>> stderr$/ { open_(d "/stderr"); next }
	/^>>> status / { if (out != "") close(out); out = ""; print substr($0, 12) > (d "/status"); close(d "/status"); next }
	/^>>> requires / { if (out != "") close(out); out = ""; print substr($0, 14) > (d "/requires"); close(d "/requires"); next }
	out != "" { print > out; next }
	' "$2"
}

for dir in "$top"/tests/e2e/*/; do
	tool=$(basename "$dir")
	for case in "$dir"*.t; do
		[ -f "$case" ] || continue
		name="$tool/$(basename "$case" .t)"
		case "$name" in *"$pattern"*) ;; *) continue ;; esac
		c="$tmp/case"
		rm -rf "$c"
		mkdir -p "$c/in" "$c/work"
		printf '' > "$c/stdout"
		printf '' > "$c/stderr"
		echo 0 > "$c/status"
		split_case "$c" "$case"
		missing=""
		if [ -f "$c/requires" ]; then
			for p in $(cat "$c/requires"); do
				if [ "$p" = root ]; then
					[ "$(id -u)" = 0 ] || missing="$missing root"
					continue
				fi
				if [ "$p" = nomap ]; then
					[ -f "$bindir/nomap.so" ] ||
					    missing="$missing nomap.so (make units)"
					continue
				fi
				if [ "$p" = tmpfile ]; then
					# false(1) exits 0 only as nomap.so's
					# probe finds the file system makes them.
					(cd "$c/work" && env NOMAP_PROBE_TMPFILE=1 \
					    LD_PRELOAD="$bindir/nomap.so" false \
					    2>/dev/null) || missing="$missing tmpfile"
					continue
				fi
				command -v "$p" >/dev/null 2>&1 || missing="$missing $p"
			done
		fi
		if [ -n "$missing" ]; then
			echo "skip $name (not installed:$missing)"
			skip=$((skip + 1))
			continue
		fi
		if [ -d "$dir/files" ]; then
			cp -R "$dir/files/." "$c/work/"
		fi
		for f in "$c/in/"*; do
			[ -e "$f" ] || continue
			n=$(basename "$f")
			[ "$n" = "-" ] || cp "$f" "$c/work/$n"
		done
		stdin=/dev/null
		[ -f "$c/in/-" ] && stdin="$c/in/-"
		cmd=$(cat "$c/cmd")
		if [ -n "$vg" ]; then
			# Put valgrind in front of every firstsec program named.
			cmd=$(printf '%s\n' "$cmd" | sed "s#\(^\|[|;&(!] *\|\<do  *\|\<then  *\|\<else  *\)\(fs-[a-z]*\)#\1$vg \2#g")
		fi
		(cd "$c/work" && PATH="$bindir:$PATH" sh -c "$cmd" \
			< "$stdin" > "$c/got.stdout" 2> "$c/got.stderr")
		echo $? > "$c/got.status"
		ok=1
		for k in stdout stderr status; do
			if ! cmp -s "$c/$k" "$c/got.$k"; then
				if [ $ok = 1 ]; then echo "FAIL $name"; fi
				ok=0
				echo "  $k differs:"
				diff "$c/$k" "$c/got.$k" | head -n 20 | sed 's/^/    /'
			fi
		done
		if [ $ok = 1 ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
		fi
	done
done

[ "$skip" -eq 0 ] || echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
