#!/bin/sh
# examples/fs-rectify/run.sh - the rectification ledger of Qinghe county
# (清河县) as of 12 October 2026: every item's state, the findings, the
# progress per village and the chart for the wall.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here"
asof=2026-10-12

echo "== fs-rectify --as-of $asof rectify.tsv: the state of every item"
fs-rectify --as-of $asof rectify.tsv
echo
echo "== fs-rectify --findings: what is wrong (exit 1: violations)"
fs-rectify --as-of $asof --findings rectify.tsv
echo
echo "== fs-rectify --progress: per village"
fs-rectify --as-of $asof --progress rectify.tsv
echo
echo "== fs-rectify --progress --by-category, for the weak organisations only"
fs-rectify --as-of $asof --progress --by-category rectify.tsv |
    awk -F'\t' 'NR == 1 || $2 == "weak_organization"'
echo
echo "== fs-rectify --chart --villages villages.tsv: the map on the wall"
fs-rectify --as-of $asof --chart --villages villages.tsv rectify.tsv
echo
echo "== overdue items of 西岭乡, most days overdue first"
fs-rectify --as-of $asof rectify.tsv |
    awk -F'\t' 'NR == FNR { if ($3 == "西岭乡") t[$1] = 1; next }
	$6 == "overdue" && t[$2]' villages.tsv - |
    sort -t"$(printf '\t')" -k7,7nr
exit 0
