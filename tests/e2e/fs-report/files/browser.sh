#!/bin/sh
# tests/e2e/fs-report/files/browser.sh - the HTML report in a real browser.
#
# Headless Chromium parses the page (--dump-dom: the charts' SVG elements
# must be in the DOM) and draws it (--screenshot: a PNG that is not blank).
# Prints "browser: ok" when every check passes, and what failed otherwise.
# The case says ">>> requires chromium": without it, tests/run.sh skips
# the case and counts it as skipped; CI installs chromium and runs it.
set -u

fs-report --format html --as-of 2026-11-27 --villages villages.tsv \
    --progress progress.tsv attendance.findings \
    others.findings > report.html
[ $? -le 1 ] || { echo "fs-report failed"; exit 1; }

browser=""
for b in chromium chromium-browser google-chrome; do
	if command -v "$b" >/dev/null 2>&1; then
		browser=$b
		break
	fi
done
if [ -z "$browser" ]; then
	echo "no chromium"
	exit 1
fi

profile=$(mktemp -d "${TMPDIR:-/tmp}/fs-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
run() {
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --user-data-dir="$profile" "$@"
}
run --dump-dom "file://$PWD/report.html" > dom.html 2> chromium.log
run --screenshot="$PWD/out.png" --window-size=1200,1600 \
    "file://$PWD/report.html" > /dev/null 2>> chromium.log

ok=1
fail() {
	echo "$1"
	ok=0
}

# The DOM: both charts, and their bars as the test's findings make them.
count() {
	grep -o "$1" dom.html | wc -l | tr -d ' '
}
[ "$(count '<svg id="chart-findings"')" = 1 ] || fail "dom: no chart-findings"
[ "$(count '<svg id="chart-progress"')" = 1 ] || fail "dom: no chart-progress"
for want in "bar violation 4" "bar warning 2" "bar closed 3" "bar open 1" \
    "bar overdue 1"; do
	cls=${want% *}
	n=${want##* }
	got=$(count "<rect class=\"$cls\"")
	[ "$got" = "$n" ] || fail "dom: $got <rect class=\"$cls\">, not $n"
done
grep -q '<title>Compliance report as of 2026-11-27</title>' dom.html ||
    fail "dom: no title"

# The picture: a PNG, not tiny, and (where convert can read it) of many
# colours, not one.
if [ "$(od -An -c -N4 out.png 2>/dev/null | tr -d ' ')" != '211PNG' ]; then
	fail "png: no screenshot (see chromium.log)"
elif [ "$(wc -c < out.png)" -lt 20000 ]; then
	fail "png: $(wc -c < out.png) bytes: blank?"
elif convert out.png ppm:- > out.ppm 2>/dev/null &&
    [ "$(head -c 2 out.ppm)" = P6 ]; then
	colours=$(od -An -v -tx1 -w3 out.ppm | sort -u | wc -l)
	[ "$colours" -ge 16 ] || fail "png: only $colours colours"
fi
# (Without an ImageMagick that reads PNG, the size check above stands.)

[ $ok = 1 ] && echo "browser: ok"
