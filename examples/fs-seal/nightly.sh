#!/bin/sh
# examples/fs-seal/nightly.sh - seal the day's new funds rows onto the
# sealed ledger; run from cron, which mails what it prints:
#
#   30 23 * * * /srv/ledger/nightly.sh
#
# The last seal goes out by mail every night: kept outside the ledger's
# folder, it shows later whether the ledger is still the one sealed.
set -u
cd "${LEDGER_DIR:-/srv/ledger}" || exit 2
new=inbox/funds-$(date +%F).tsv
[ -f "$new" ] || exit 0
fs-seal --append funds.sealed.tsv "$new" || exit $?
mv "$new" "inbox/done/" 2>/dev/null
printf 'funds.sealed.tsv: %s rows, last seal ' "$(($(wc -l < funds.sealed.tsv) - 1))"
tail -n 1 funds.sealed.tsv | awk -F '\t' '{ print $NF }'
