#!/bin/sh
# examples/county/generate.sh - make the example county's files again.
#
# 青山县 (Qingshan County) is fictional: four townships, twenty villages,
# their first secretaries, and a year of records up to the demo's day,
# 2026-11-27.  Most of it is in order; a few records break each rule, so
# that every tool has something to say.  The data is committed; this
# script is how it was made, and it makes the same bytes every time (its
# random numbers come from a fixed seed and its own generator, not awk's).
#
#   examples/county/generate.sh          writes the files beside it
#
# POSIX sh and awk only.  When the build tree has them, the files are
# checked with bin/fs-check, and the two ledgers the county keeps sealed
# (funds.tsv, rectify.tsv) are sealed with bin/fs-seal; then, on purpose,
# one sealed row is edited, as someone hiding a late closing would.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$here"

awk -v seed=20261127 -v calendar="$top/data/calendar.tsv" \
    -f "$here/generate.awk"

bin="$top/bin"
if [ -x "$bin/fs-check" ]; then
	bad=0
	for t in roster attendance households funds rectify conduct decisions \
	    benefits villages cadres policy; do
		"$bin/fs-check" --type "$t" "$t.tsv" >/dev/null || bad=1
	done
	if [ "$bad" -ne 0 ]; then
		echo "generate.sh: some files are not valid (see above)" >&2
		exit 1
	fi
	echo "generate.sh: every file checked with fs-check" >&2
fi

if [ -x "$bin/fs-seal" ]; then
	for f in funds.tsv rectify.tsv; do
		"$bin/fs-seal" "$f" > "$f.new" && mv "$f.new" "$f"
	done
	# On purpose: after the ledger was sealed, R-V14-01's closed date was
	# moved back three weeks, before its deadline (seal.broken).
	awk 'BEGIN { FS = OFS = "\t" }
	    $1 == "R-V14-01" && $9 == "2026-08-20" { $9 = "2026-07-30" }
	    { print }' rectify.tsv > rectify.tsv.new &&
	    mv rectify.tsv.new rectify.tsv
	echo "generate.sh: funds.tsv and rectify.tsv sealed; R-V14-01 edited" >&2
fi
