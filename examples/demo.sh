#!/bin/sh
# examples/demo.sh - what firstsec does, on the example county's files.
# Run by `make demo`; the programs come from the build tree.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../bin:$PATH"
cd "$here"

echo "== fs-policy --policy policy.tsv: the effective policy"
fs-policy --policy policy.tsv
echo
echo "== fs-check --type roster roster.tsv: is the roster well formed?"
fs-check --type roster roster.tsv
