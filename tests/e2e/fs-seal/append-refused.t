# --append verifies the ledger first: after an edit it is refused (exit
# 1, the break on stderr), and the ledger is left byte for byte as it
# was, with no temporary file behind.
$ fs-seal f.tsv | sed '2s/first/frist/' > l.tsv; cp l.tsv before.tsv; fs-seal --append --as-of 2026-04-01 l.tsv n.tsv; echo "exit $?"; cmp l.tsv before.tsv && ls -a | grep -c '^\.l\.tsv\.'
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
<<< n.tsv
date	village_id	amount	note
2026-01-03	V01	300.00	third
>>> stdout
exit 1
0
>>> stderr
fs-seal: l.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: l.tsv: nothing appended
>>> status 1
