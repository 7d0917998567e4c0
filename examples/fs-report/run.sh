#!/bin/sh
# examples/fs-report/run.sh - a small county's findings, from several
# tools, made into one report: text for the mail, Markdown, the HTML page
# with its charts, and the merged stream.  (The whole pipeline on a whole
# county is examples/daily-report.sh; `make demo` runs it.)
set -u
here=$(cd "$(dirname "$0")" && pwd)
PATH="$here/../../bin:$PATH"
cd "$here"
asof=2026-11-27

echo "== fs-report --villages villages.tsv --progress progress.tsv *.findings"
echo "   (exit 1: there are violations)"
fs-report --as-of $asof --villages villages.tsv --progress progress.tsv \
    attendance.findings others.findings
echo "exit $?"
echo
echo "== the same, piped: cat *.findings | fs-report (no names: ids only)"
cat attendance.findings others.findings | fs-report --as-of $asof |
    sed -n '/^Villages$/,$p'
echo
echo "== --format markdown, the summary"
fs-report --as-of $asof --format markdown --villages villages.tsv \
    attendance.findings others.findings | sed -n '1,/^| \*\*total/p'
echo
echo "== --format html > report.html: a page with two charts"
fs-report --as-of $asof --format html --villages villages.tsv \
    --progress progress.tsv attendance.findings others.findings \
    > "${TMPDIR:-/tmp}/fs-report-example.html"
echo "written to ${TMPDIR:-/tmp}/fs-report-example.html:" \
    "$(grep -c '<rect class="bar' "${TMPDIR:-/tmp}/fs-report-example.html") bars"
echo
echo "== --findings: one sorted stream, each finding with its tool"
fs-report --findings attendance.findings others.findings | cut -f1,2,5
exit 0
