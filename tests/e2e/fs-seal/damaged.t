# A damaged line (a field too many, or none of the seal) is where the
# chain breaks: exit 1, even without --rejects.
$ fs-seal f.tsv > s.tsv; sed '3s/second/sec\tond/' s.tsv > tab.tsv; sed '2s/\t[0-9a-f]*$//' s.tsv > cut.tsv; for f in tab cut; do fs-seal --verify --as-of 2026-04-01 $f.tsv; echo "exit $?"; done
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
>>> stdout
exit 1
exit 1
>>> stderr
fs-seal: tab.tsv:3: the chain breaks here: 6 fields where the header has 5
fs-seal: cut.tsv:2: the chain breaks here: 4 fields where the header has 5
