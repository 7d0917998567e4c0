#!/bin/sh
# examples/fs-check/run.sh - is every file well formed before the tools
# judge it?  fs-check on the county's records (examples/county), then on
# a ledger with a bad amount, with and without --rejects.  Runs the
# programs of the build tree (run `make` first).
set -u
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fs-check-example.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "== the county's records, a type each: file, type, rows, invalid"
head=1
for t in roster attendance households funds rectify conduct decisions \
    benefits villages cadres policy; do
	fs-check --type "$t" "../county/$t.tsv" | tail -n +"$head"
	head=2
done
echo
echo "== a ledger typed by hand: every bad row is said, the check fails (exit 2)"
fs-check --type funds funds-2026-11.tsv 2>&1
echo "exit $?"
echo
echo "== --rejects: the bad row kept aside with its reason, the rest counted (exit 3)"
cp funds-2026-11.tsv "$tmp" && cd "$tmp" || exit 2
fs-check --type funds --rejects bad.tsv funds-2026-11.tsv 2>&1
echo "exit $?"
cut -f 1,2,7 bad.tsv
