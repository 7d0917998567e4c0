#!/bin/sh
# examples/fs-households/run.sh - the poor-household register of 石门村
# (V0101) checked, then its public notice.  The programs come from the
# build tree (run `make` first).
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2

echo "== fs-households: per_capita and problems of each household"
fs-households --as-of 2026-06-30 households.tsv | cut -f 1,3,4,5,6,17,18
echo
echo "== fs-households --findings: what goes to the county's report"
fs-households --as-of 2026-06-30 --findings households.tsv | cut -f 2,3,5,8
echo
echo "== the public notice: ID numbers and phones masked by fs-mask"
fs-mask households.tsv | cut -f 1,3,4,6,7,15
