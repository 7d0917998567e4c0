#!/bin/sh
# examples/fs-import/run.sh - the spreadsheet border: CSV in with
# fs-import (quotes, GB18030, ragged rows), CSV out with fs-export
# (formula protection, GB18030).  Runs the programs of the build tree.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fs-import-example.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cp ./*.csv ./*.tsv "$tmp"
cd "$tmp"

echo "== fs-import roster.csv: quoted commas, doubled quotes, CRLF"
fs-import roster.csv
echo
echo "== fs-import households-gb18030.csv: saved by a Chinese spreadsheet"
fs-import households-gb18030.csv
echo
echo "== fs-import --from-encoding GB18030 ... | fs-check --type households"
fs-import --from-encoding GB18030 households-gb18030.csv > households.tsv
cat households.tsv
fs-check --type households households.tsv
echo
echo "== fs-import -d ';': a semicolon-separated export (a comma in a field, unquoted)"
fs-import -d ';' roster-semicolon.csv
echo
echo "== fs-import --rejects: the short row of funds.csv is kept aside"
fs-import --rejects rejects.tsv funds.csv
cat rejects.tsv
echo
echo "== fs-export notes.tsv: formulas defused with a leading ' (CRLF shown as LF)"
fs-export notes.tsv | tr -d '\r'
echo
echo "== fs-export --to-encoding GB18030 --raw, and back: the same table"
fs-export --raw --to-encoding GB18030 notes.tsv |
	fs-import --from-encoding GB18030 | cmp - notes.tsv && echo same
