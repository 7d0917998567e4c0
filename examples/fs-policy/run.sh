#!/bin/sh
# examples/fs-policy/run.sh - which thresholds the tools judge by, and
# where each comes from: the defaults of the rules (SPEC), then a
# county's own file (county.tsv), given with --policy or $FS_POLICY.
# Runs the programs of the build tree (run `make` first).
set -u
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2
unset FS_POLICY

echo "== the defaults"
fs-policy
echo
echo "== a county that wants 200 days, at most 30 of leave, 20,000 yuan"
fs-policy --policy county.tsv | grep -v 'default$'
echo
echo "== the same through \$FS_POLICY, as every tool reads it: at the"
echo "   year's end, fs-attendance's min-days rule (off by default) is on"
echo "findings without: $(fs-attendance --calendar none --year 2026 \
	--as-of 2026-12-31 --roster ../county/roster.tsv --findings \
	../county/attendance.tsv | grep -c 'attendance\.min-days')"
FS_POLICY=$here/county.tsv fs-attendance --calendar none --year 2026 \
	--as-of 2026-12-31 --roster ../county/roster.tsv --findings \
	../county/attendance.tsv | grep 'attendance\.min-days' | cut -f 5,8
echo
echo "== a key mistyped is an error, not a default taken quietly (exit 2)"
fs-policy --policy typo.tsv 2>&1
echo "exit $?"
