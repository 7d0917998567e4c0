# --append with --rejects: when the rows kept aside cannot be written (a
# full disk), nothing is appended (exit 2), the ledger as it was.
$ fs-seal f.tsv > l.tsv; cp l.tsv before.tsv; fs-seal --append --rejects /dev/full --as-of 2026-04-01 l.tsv bad.tsv; echo "exit $?"; cmp l.tsv before.tsv && echo "the ledger as it was"; ls -a | grep '^\.l\.tsv\.' | wc -l
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< bad.tsv
date	village_id	amount	note
2026-01-02	V01	200.00
2026-01-03	V01	300.00	third
>>> stdout
exit 2
the ledger as it was
0
>>> stderr
fs-seal: /dev/full: No space left on device
fs-seal: l.tsv: nothing appended
