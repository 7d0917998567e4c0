#!/bin/sh
# examples/fs-mask/run.sh - a benefits list of 石门村 made fit for the
# notice board.  The programs come from the build tree (run `make` first).
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2

echo "== fs-mask: every *id_number and *phone column masked"
fs-mask notice.tsv
echo
echo "== --mask name,bank_account --drop remark: names too, no remarks"
fs-mask --mask name,bank_account --drop remark notice.tsv
echo
echo "== a column that does not exist is an error (exit 2)"
fs-mask --drop bank notice.tsv
echo "exit $?"
