#!/bin/sh
# examples/fs-roster/run.sh - fs-roster on a small county roster, from the
# build tree (make first).  The roster shows every rule: S003 has no
# mentor, no medical examination, no insurance and a term under 24 months;
# S002's examination is overdue; S004's insurance ran out; S005 arrives in
# V01 while S001 still serves there; S006 took up V07 before leaving V06.
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2

echo "== the roster as of 2026-11-30"
fs-roster --as-of 2026-11-30 roster.tsv
echo
echo "== the findings"
fs-roster --as-of 2026-11-30 --findings roster.tsv
echo "(exit $?: 1 means violations)"
echo
echo "== active postings with a problem, as name, village, problems"
fs-roster --as-of 2026-11-30 roster.tsv |
    awk -F '\t' 'NR > 1 && $12 == "active" && $14 != "" { print $2, $4, $14 }'
