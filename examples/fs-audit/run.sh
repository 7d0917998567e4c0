#!/bin/sh
# examples/fs-audit/run.sh - the three audits on the example county's files.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here"
asof=2026-11-30

echo "== fs-audit conduct: meals, gifts, reimbursements; keywords in notes"
fs-audit conduct --as-of $asof conduct.tsv
echo
echo "== the same as findings, villages from the roster, a county's own rules"
fs-audit conduct --as-of $asof --roster ../fs-roster/roster.tsv --rules rules.tsv \
    --findings conduct.tsv
echo
echo "== fs-audit decisions: four proposals, two public"
fs-audit decisions --as-of $asof decisions.tsv
echo
fs-audit decisions --as-of $asof --findings decisions.tsv | cut -f 2,3,5,8
echo
echo "== fs-audit benefits: public notice, cadres' relatives, repeats"
fs-audit benefits --as-of $asof --cadres cadres.tsv benefits.tsv
echo
fs-audit benefits --as-of $asof --cadres cadres.tsv --findings benefits.tsv |
    cut -f 2,5,8
exit 0
