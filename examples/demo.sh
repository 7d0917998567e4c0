#!/bin/sh
# examples/demo.sh - the whole pipeline on the example county, as the
# clerk's cron job runs it every morning (examples/daily-report.sh), on
# the demo's fixed day.  Run by `make demo`; the programs come from the
# build tree, the results go to build/demo/.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
PATH="$top/bin:$PATH"
export PATH
out="$top/build/demo"

echo "== examples/daily-report.sh -d examples/county -o build/demo -a 2026-11-27"
echo
sh "$here/daily-report.sh" -d "$here/county" -o "$out" -a 2026-11-27
status=$?
echo
case $status in
0) echo "== exit 0: no violation." ;;
1) echo "== exit 1: violations found; cron would mail this report." ;;
*) echo "== exit $status: the pipeline failed (see above)."
   exit "$status" ;;
esac
echo "== every result is in build/demo/: the HTML report is build/demo/report.html"
exit 0
