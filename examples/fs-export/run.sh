#!/bin/sh
# examples/fs-export/run.sh - TSV out to a spreadsheet: the county's
# benefits list as CSV with a byte-order mark for Excel, formulas
# defused, the findings of two tools in GB18030 for a Chinese Windows
# desktop, and the way back with fs-import.  Runs the programs of the
# build tree (run `make` first).
set -u
here=$(cd "$(dirname "$0")" && pwd) || exit 2
PATH="$here/../../bin:$PATH"
cd "$here" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fs-export-example.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "== fs-export --bom: a UTF-8 file Excel opens with the right characters"
fs-export --bom ../county/benefits.tsv > "$tmp/benefits.csv"
head -c 3 "$tmp/benefits.csv" | od -An -tx1
head -n 4 "$tmp/benefits.csv" | tr -d '\r'
echo
echo "== a note that starts with = or @ gets a leading ' (amounts stay numbers)"
fs-export ../fs-import/notes.tsv | tr -d '\r'
echo
echo "== --raw: the fields as they are"
fs-export --raw ../fs-import/notes.tsv | tr -d '\r'
echo
echo "== the findings of two tools in one CSV, in GB18030"
fs-attendance --as-of 2026-11-30 --roster ../county/roster.tsv --findings \
	../county/attendance.tsv > "$tmp/attendance.findings"
fs-funds --as-of 2026-11-30 --roster ../county/roster.tsv --findings \
	../county/funds.tsv > "$tmp/funds.findings"
fs-export --to-encoding GB18030 "$tmp/attendance.findings" \
	"$tmp/funds.findings" > "$tmp/findings.csv"
printf 'rows: %s\n' "$(($(wc -l < "$tmp/findings.csv") - 1))"
iconv -f GB18030 -t UTF-8 "$tmp/findings.csv" | head -n 3 | tr -d '\r'
echo
echo "== and back: fs-import gives the same TSV"
fs-export --raw --to-encoding GB18030 ../fs-import/notes.tsv |
	fs-import --from-encoding GB18030 | cmp - ../fs-import/notes.tsv && echo same
