#!/bin/sh
# examples/fs-attendance/run.sh - fs-attendance on a year of records for
# a few secretaries, from the build tree (make first).  attendance.tsv is
# made by gen-attendance.awk (see its header) and kept as it is.
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2

echo "== 2026 as of 2026-11-30, official calendar, with the roster"
fs-attendance --as-of 2026-11-30 --roster roster.tsv attendance.tsv
echo
echo "== who breaks the rules?"
fs-attendance --as-of 2026-11-30 --roster roster.tsv --findings attendance.tsv |
    grep violation
echo
echo "== a stricter county (county.tsv): rules found, by name"
fs-attendance --as-of 2026-11-30 --roster roster.tsv --policy county.tsv \
    --findings attendance.tsv | tail -n +2 | cut -f 2,3 | sort | uniq -c
echo
echo "== the same year, Monday to Friday, without a roster"
fs-attendance --as-of 2026-11-30 --calendar none attendance.tsv
exit 0
