# --verify wants a sealed ledger (exit 2 otherwise); sealing a sealed
# ledger is refused (exit 2, nothing on stdout).
$ fs-seal --verify --as-of 2026-04-01 f.tsv; echo "exit $?"; fs-seal f.tsv > s.tsv; fs-seal s.tsv; echo "exit $?"
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
>>> stdout
exit 2
exit 2
>>> stderr
fs-seal: f.tsv: missing column 'seal' (the ledger is not sealed)
fs-seal: s.tsv: column 'seal' is there already: the ledger is sealed (see --verify and --append)
