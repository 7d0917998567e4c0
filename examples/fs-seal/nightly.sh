#!/bin/sh
# examples/fs-seal/nightly.sh - seal the day's new funds rows onto the
# sealed ledger; run from cron, which mails what it prints:
#
#   30 23 * * * /srv/ledger/nightly.sh
#
# The last seal goes out by mail every night: kept outside the ledger's
# folder, it shows later whether the ledger is still the one sealed.
# The day's file is taken out of the inbox first, into inbox/sealing/,
# then checked and sealed from there, and moved to inbox/done/ once it is
# sealed: a second run the same night seals nothing twice, and the file
# sealed is the file checked.  A row the tools cannot read, once sealed,
# could not be mended without breaking the seals, so an invalid row
# stops the job (exit 2), named by file and line, the file put back in
# the inbox and nothing sealed until the clerk mends it.  A file left in
# inbox/sealing/ (a run stopped between sealing it and moving it on, or
# inbox/done/ not writable) stops every later run (exit 2) until the
# clerk has looked whether its rows end the ledger and moved it: the job
# never guesses, so it never seals a day twice.
set -u
# cron's PATH is /usr/bin:/bin; make install puts the tools in
# /usr/local/bin.
PATH=$PATH:/usr/local/bin
cd "${LEDGER_DIR:-/srv/ledger}" || exit 2
name=funds-$(date +%F).tsv
new=inbox/$name
mkdir -p inbox/sealing inbox/done || exit 2
for f in inbox/sealing/*; do
	[ -e "$f" ] || continue
	echo "nightly: $f was being sealed when a run stopped: if its rows" \
	    "end funds.sealed.tsv, move it to inbox/done/, else back to" \
	    "inbox/; nothing sealed until then" >&2
	exit 2
done
[ -f "$new" ] || exit 0
if [ -e "inbox/done/$name" ]; then
	echo "nightly: $new is in inbox/done already: sealed before," \
	    "not sealed again" >&2
	exit 2
fi
work=inbox/sealing/$name
mv "$new" "$work" || exit 2
if ! fs-check --type funds "$work" > /dev/null ||
    ! fs-seal --append funds.sealed.tsv "$work"; then
	mv "$work" "$new" && echo "nightly: $new put back, not sealed" >&2
	exit 2
fi
if ! mv "$work" inbox/done/; then
	echo "nightly: $work is sealed but could not be moved to" \
	    "inbox/done/: move it there" >&2
	exit 2
fi
printf 'funds.sealed.tsv: %s rows, last seal ' "$(($(wc -l < funds.sealed.tsv) - 1))"
tail -n 1 funds.sealed.tsv | awk -F '\t' '{ print $NF }'
