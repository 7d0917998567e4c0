#!/bin/sh
# examples/fs-seal/run.sh - seal a funds ledger, append to it, verify it,
# and watch an after-the-fact edit break the chain.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
work=$(mktemp -d "${TMPDIR:-/tmp}/fs-seal-example.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
cp "$here/funds.tsv" "$here/new.tsv" "$work/"
cd "$work"

echo "== fs-seal funds.tsv: the ledger with a last column 'seal'"
fs-seal funds.tsv > funds.sealed.tsv
cut -f 1,2,5,9 funds.sealed.tsv
echo
echo "== fs-seal --append: April's rows sealed onto it (atomically)"
fs-seal --append funds.sealed.tsv new.tsv
cut -f 1,2,5,9 funds.sealed.tsv
echo
echo "== fs-seal --verify: intact (exit 0, silent)"
fs-seal --verify funds.sealed.tsv
echo "exit $?"
echo
echo "== someone turns 4200.00 into 2400.00 in row 2 (line 3) ..."
sed '3s/4200\.00/2400.00/' funds.sealed.tsv > edited.tsv
fs-seal --verify edited.tsv 2>&1
echo "exit $?"
echo
echo "== ... and the findings stream says so for the county's report"
fs-seal --verify --findings edited.tsv 2>/dev/null | cut -f 2-5,9
echo
echo "== appending to the edited ledger is refused; it stays as it was"
fs-seal --append edited.tsv new.tsv 2>&1
echo "exit $?"
exit 0
