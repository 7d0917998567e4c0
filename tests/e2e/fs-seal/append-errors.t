# NEW's header must be the ledger's without 'seal'; an invalid new row
# stops the append (exit 2) and leaves the ledger as it was; with
# --rejects the row is kept there and the others appended (exit 3).
$ fs-seal f.tsv > l.tsv; cp l.tsv before.tsv; fs-seal --append --as-of 2026-04-01 l.tsv other.tsv; echo "exit $?"; fs-seal --append --as-of 2026-04-01 l.tsv bad.tsv; echo "exit $?"; cmp l.tsv before.tsv && ls -a | grep -c '^\.l\.tsv\.'; fs-seal --append --rejects rj.tsv --as-of 2026-04-01 l.tsv bad.tsv; echo "exit $?"; cat rj.tsv; fs-seal --verify l.tsv && tail -n 1 l.tsv | cut -f 1-4
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< other.tsv
date	village	amount	note
2026-01-02	V01	200.00	second
<<< bad.tsv
date	village_id	amount	note
2026-01-02	V01	200.00
2026-01-03	V01	300.00	third
>>> stdout
exit 2
exit 2
0
exit 3
source	reason	date	village_id	amount	note
bad.tsv:2	3 fields where the header has 4	2026-01-02	V01	200.00
2026-01-03	V01	300.00	third
>>> stderr
fs-seal: other.tsv: no column 'village_id', which l.tsv has (its rows must have the ledger's columns)
fs-seal: l.tsv: nothing appended
fs-seal: bad.tsv:2: 3 fields where the header has 4
fs-seal: l.tsv: nothing appended
fs-seal: 1 invalid row written to rj.tsv
