# --append --findings writes its findings before the ledger is replaced:
# when standard output cannot take them (a full disk, a closed stdout),
# nothing is appended (exit 2, the ledger as it was, no temporary file
# behind); when it can, the rows are appended.
$ fs-seal f.tsv > l.tsv; cp l.tsv before.tsv; fs-seal --append --findings --as-of 2026-04-01 l.tsv n.tsv > /dev/full; echo "full: exit $?" >&2; fs-seal --append --findings --as-of 2026-04-01 l.tsv n.tsv >&-; echo "closed: exit $?" >&2; cmp l.tsv before.tsv && ls -a | grep -c '^\.l\.tsv\.'; fs-seal --append --findings --as-of 2026-04-01 l.tsv n.tsv; echo "exit $?"; fs-seal --verify l.tsv && tail -n 1 l.tsv | cut -f 1-4
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< n.tsv
date	village_id	amount	note
2026-01-03	V01	300.00	third
>>> stdout
0
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
2026-01-03	V01	300.00	third
>>> stderr
fs-seal: <stdout>: No space left on device
fs-seal: l.tsv: nothing appended
full: exit 2
fs-seal: <stdout>: Bad file descriptor
fs-seal: l.tsv: nothing appended
closed: exit 2
