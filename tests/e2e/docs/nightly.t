# examples/fs-seal/nightly.sh seals the day's rows once: the day's file is
# moved to inbox/done/ (made when missing), a second run finds nothing to
# do, and the same file put back is refused (exit 2), not sealed twice.
# A file left in inbox/sealing/ (a run stopped after sealing it, before
# moving it on; or inbox/done/ not writable) stops every later run until
# the clerk has moved it: before, the day's rows were sealed again.
$ e="$FS_TOP/examples/fs-seal"; day=funds-$(date +%F).tsv; mkdir -p l/inbox; fs-seal "$e/funds.tsv" > l/funds.sealed.tsv; cp "$e/new.tsv" l/inbox/$day; for i in 1 2; do LEDGER_DIR=l sh "$e/nightly.sh" | cut -d ' ' -f 1-3; echo "exit $?"; done; cp "$e/new.tsv" l/inbox/$day; LEDGER_DIR=l sh "$e/nightly.sh" 2>&1 | sed "s/$day/DAY/"; wc -l < l/funds.sealed.tsv; fs-seal --verify l/funds.sealed.tsv && echo intact; mv l/inbox/done/$day l/inbox/sealing/; cp "$e/new.tsv" l/inbox/$day; LEDGER_DIR=l sh "$e/nightly.sh" 2>&1 | sed "s/$day/DAY/"; wc -l < l/funds.sealed.tsv
>>> stdout
funds.sealed.tsv: 6 rows,
exit 0
exit 0
nightly: inbox/DAY is in inbox/done already: sealed before, not sealed again
7
intact
nightly: inbox/sealing/DAY was being sealed when a run stopped: if its rows end funds.sealed.tsv, move it to inbox/done/, else back to inbox/; nothing sealed until then
7
