# examples/fs-seal/nightly.sh checks the day's file before it seals it: a
# row the tools cannot read (an amount with a thousands comma) stops the
# job (exit 2), named by file and line (in inbox/sealing/, where it is
# checked and sealed from), and nothing is sealed: the file is put back
# in the inbox for the clerk to mend; mended, it is sealed.
$ e="$FS_TOP/examples/fs-seal"; day=funds-$(date +%F).tsv; mkdir -p l/inbox; fs-seal "$e/funds.tsv" > l/funds.sealed.tsv; cp l/funds.sealed.tsv before.tsv; sed '2s/[0-9]*\.00/1,000.00/' "$e/new.tsv" > l/inbox/$day; LEDGER_DIR=l sh "$e/nightly.sh" 2>&1 | sed "s/$day/DAY/"; cmp before.tsv l/funds.sealed.tsv && ls l/inbox | sed "s/$day/DAY/"; sed -i '2s/1,000\.00/1000.00/' l/inbox/$day; LEDGER_DIR=l sh "$e/nightly.sh" | cut -d ' ' -f 1-3; fs-seal --verify l/funds.sealed.tsv && echo intact
>>> stdout
fs-check: inbox/sealing/DAY:2: column 'amount': not an amount (yuan, like 1234.50, no thousands separators) (got '1,000.00')
nightly: inbox/DAY put back, not sealed
done
DAY
sealing
funds.sealed.tsv: 6 rows,
intact
