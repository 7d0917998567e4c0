#!/bin/sh
# examples/fs-seal/nightly.sh - seal the day's new funds rows onto the
# sealed ledger; run from cron, which mails what it prints:
#
#   30 23 * * * /srv/ledger/nightly.sh
#
# The last seal goes out by mail every night: kept outside the ledger's
# folder, it shows later whether the ledger is still the one sealed.
# The day's file is moved to inbox/done/ once it is sealed, so that a
# second run the same night seals nothing twice; a file that cannot be
# moved stops the job (exit 2) with the reason, for the clerk to move.
# The day's file is checked first: a row the tools cannot read, once
# sealed, could not be mended without breaking the seals, so an invalid
# row stops the job (exit 2), named by file and line, and nothing is
# sealed until the clerk mends it.
set -u
# cron's PATH is /usr/bin:/bin; make install puts the tools in
# /usr/local/bin.
PATH=$PATH:/usr/local/bin
cd "${LEDGER_DIR:-/srv/ledger}" || exit 2
new=inbox/funds-$(date +%F).tsv
[ -f "$new" ] || exit 0
mkdir -p inbox/done || exit 2
if [ -e "inbox/done/${new#inbox/}" ]; then
	echo "nightly: $new is in inbox/done already: sealed before," \
	    "not sealed again" >&2
	exit 2
fi
fs-check --type funds "$new" > /dev/null || exit $?
fs-seal --append funds.sealed.tsv "$new" || exit $?
mv "$new" inbox/done/ || exit 2
printf 'funds.sealed.tsv: %s rows, last seal ' "$(($(wc -l < funds.sealed.tsv) - 1))"
tail -n 1 funds.sealed.tsv | awk -F '\t' '{ print $NF }'
