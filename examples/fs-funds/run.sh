#!/bin/sh
# examples/fs-funds/run.sh - fs-funds on a small county ledger, from the
# build tree (make first).  Three villages, four secretaries (S004's term
# ended on 2026-06-30), as of 2026-11-30; the row of 2026-12-15 is a
# planned payment and counts nowhere; the row of 2026-05-10 names "s002" for
# S002, which the roster does not list (funds.unknown-secretary); the last
# row pays S005, whose term ended in 2025, late (funds.not-serving).
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2

echo "== 2026 as of 2026-11-30, with the roster: support and subsidies"
fs-funds --as-of 2026-11-30 --roster roster.tsv funds.tsv
echo
echo "== the findings, with the household register"
fs-funds --as-of 2026-11-30 --roster roster.tsv --households households.tsv \
    --findings funds.tsv | cut -f 2,3,5,7,8,9
echo
echo "== what each village holds, and since when (first in, first out)"
fs-funds --as-of 2026-11-30 --balances funds.tsv
echo
echo "== the same year, without a roster: every window is the whole year"
fs-funds --as-of 2026-11-30 funds.tsv
exit 0
